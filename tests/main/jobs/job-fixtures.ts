import { writeFileSync } from 'node:fs'

import { type ExchangeUnit, serializeTmx } from '../../../src/core/exchange'

/** A TMX of `n` distinct English–Chinese units (about 200 bytes each). */
export function writeTmx(path: string, n: number, tag = 'u'): void {
  function* units(): Generator<ExchangeUnit> {
    for (let i = 0; i < n; i++) {
      yield {
        srcLang: 'en',
        tgtLang: 'zh-CN',
        source: `Sentence ${tag}${i} on high-quality development of the ${i % 97}th province.`,
        target: `关于第${i % 97}个省高质量发展的第${tag}${i}句。`,
        origin: 'test'
      } as ExchangeUnit
    }
  }
  writeFileSync(path, [...serializeTmx(units())].join(''))
}

/** A TBX v3 of `n` concepts, each an English and a Chinese term. */
export function writeTbx(path: string, n: number, tag = 'c'): void {
  const entries: string[] = []
  for (let i = 0; i < n; i++) {
    entries.push(
      `<conceptEntry id="${tag}${i}"><langSec xml:lang="en"><termSec><term>policy ${tag} term ${i}</term></termSec>` +
        `</langSec><langSec xml:lang="zh-CN"><termSec><term>政策${tag}术语${i}</term></termSec></langSec></conceptEntry>`
    )
  }
  writeFileSync(
    path,
    '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" ' +
      'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc>' +
      `</tbxHeader><text><body>${entries.join('\n')}</body></text></tbx>\n`
  )
}
