/** The SpreadsheetML subset Shuyu reads (core/exchange/ooxml-read.ts), on parts written the ways tools write them. */
import { describe, expect, it } from 'vitest'

import {
  columnIndex,
  columnName,
  parseDateStyles,
  parseRelationships,
  parseSharedStrings,
  parseSheet,
  parseWorkbook,
  resolvePart,
  serialToIso
} from '../../../src/core/exchange/ooxml-read'

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

describe('SpreadsheetML reading', () => {
  it('reads shared strings: plain, rich-text runs joined, phonetic runs left out, spaces kept', () => {
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="4" uniqueCount="4">` +
      '<si><t>opening up</t></si>' +
      '<si><r><rPr><b/></rPr><t>对外</t></r><r><t xml:space="preserve"> 开放</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>' +
      '<si><t/></si></sst>'
    expect(parseSharedStrings(xml)).toEqual(['opening up', '对外 开放', '東京', ''])
  })

  it('reads cells of every kind, by reference, skipping empty rows', () => {
    const xml =
      `<worksheet ${NS}><sheetData>` +
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline &amp; &lt;b&gt;</t></is></c></row>' +
      '<row r="2"><c r="B2"><v>3.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="str"><f>A1&amp;"x"</f><v>formula result</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>3</v></c></row>' +
      '<row r="5"><c r="A5" s="1"><v>45356</v></c><c r="B5" s="1"><v>45356.5</v></c><c><v>7</v></c></row>' +
      '<row><c t="e"><v>#N/A</v></c></row>' +
      '</sheetData></worksheet>'
    const shared = ['a', '对外 开放', 'b', '']
    expect(parseSheet(xml, { shared, dateStyles: new Set([1]) })).toEqual([
      { number: 1, cells: ['对外 开放', '', 'inline & <b>'] },
      { number: 2, cells: ['', '3.5', 'TRUE', 'formula result'] },
      { number: 5, cells: ['2024-03-05', '2024-03-05T12:00:00Z', '7'] },
      { number: 6, cells: ['#N/A'] }
    ])
  })

  it('finds the sheets, the relationships and the date styles', () => {
    const wb = parseWorkbook(
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<workbookPr date1904="1"/><sheets><sheet name="Terms" sheetId="1" r:id="rId3"/>' +
        '<sheet name="Notes" sheetId="2" r:id="rId1"/></sheets></workbook>'
    )
    expect(wb).toEqual({
      date1904: true,
      sheets: [
        { name: 'Terms', relId: 'rId3' },
        { name: 'Notes', relId: 'rId1' }
      ]
    })
    const rels = parseRelationships(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId3" Target="worksheets/sheet2.xml" Type="x"/>' +
        '<Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml" Type="x"/>' +
        '<Relationship Id="rId9" Target="http://example.com" TargetMode="External" Type="x"/></Relationships>',
      'xl'
    )
    expect([...rels]).toEqual([
      ['rId3', 'xl/worksheets/sheet2.xml'],
      ['rId1', 'xl/worksheets/sheet1.xml']
    ])
    expect(resolvePart('xl/worksheets', '../sharedStrings.xml')).toBe('xl/sharedStrings.xml')
    const styles = parseDateStyles(
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>` +
        '<numFmt numFmtId="165" formatCode="&quot;day&quot; 0.00"/></numFmts>' +
        '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs></styleSheet>'
    )
    expect([...styles]).toEqual([1, 2])
  })

  it('converts references and serials', () => {
    expect(['A1', 'Z9', 'AA1', 'AZ3', 'XFD1048576', '12'].map(columnIndex)).toEqual([0, 25, 26, 51, 16383, -1])
    expect([0, 25, 26, 51, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'XFD'])
    expect(serialToIso(45356, false)).toBe('2024-03-05')
    expect(serialToIso(43894, true)).toBe('2024-03-05')
    expect(serialToIso(-1, false)).toBeUndefined()
  })
})
