/**
 * Streaming, secure TBX reader for both TBX v3 (`<tbx>`/conceptEntry/langSec/termSec) and TBX v2
 * (`<martif>`/termEntry/langSet/tig|ntig), including files written by other tools.
 *
 * Nothing is silently dropped: data categories Shuyu does not model land in `extra` (concept level:
 * `type`; language level: `type@lang`; term level: on the term), and the writers re-export them.
 * Documented choices:
 * - several definitions / subject fields: the first becomes the field, later ones go to extra;
 * - several plain notes at one level are joined with a newline (term-level notes → usageNote);
 * - usage examples: `context` descrips (alone or in a descripGrp with source and keyed notes);
 *   `termText` is always set to the term whose section holds the example; order follows the file;
 * - duplicate entry ids: both entries are yielded, each with its id, and a warning is reported;
 * - entries without terms are yielded as they are (terms: []); terms with empty text are skipped
 *   with a warning; a file with no entries yields nothing (the caller reports "0 concepts");
 * - a term without status gets one by `resolveStatuses`.
 */
import { hasTime, normalizeDate } from './dates'
import { addExtra, resolveStatuses } from './default-status'
import { canonicalLang } from './lang-tags'
import type { ExchangeConcept, ExchangeExample, ExchangeTerm, TermStatus, WarningSink } from './model'
import { parseKeyedNote, statusFromTbx } from './tbx-vocabulary'
import { readXml, type XmlChunks } from './xml-reader'

export interface TbxParseOptions {
  onWarning?: WarningSink
}

interface Frame {
  name: string
  attrs: Record<string, string>
  text: string
  keep: boolean
}
type TermDraft = Omit<ExchangeTerm, 'status'> & { status?: TermStatus; forbidden?: boolean }
interface ConceptDraft extends Omit<ExchangeConcept, 'terms'> {
  terms: TermDraft[]
}

/** Inline markup whose text belongs to the enclosing element. */
const INLINE = new Set(['hi', 'foreign', 'g', 'mrk', 'sub'])
/** Inline codes: their content is formatting code, not text. */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'sc', 'ec', 'x', 'bx', 'ex'])
const ENTRY = new Set(['conceptEntry', 'termEntry'])
const LANG = new Set(['langSec', 'langSet'])
const TERM_SECTION = new Set(['termSec', 'tig', 'ntig'])
const STRUCTURAL = new Set([
  'tbx',
  'martif',
  'text',
  'body',
  'back',
  'termGrp',
  'tbxHeader',
  'martifHeader',
  'descripGrp',
  'transacGrp',
  'adminGrp',
  'termNoteGrp',
  'refObjectSec',
  'refObjectList'
])
/** DCT-style elements (`<basic:partOfSpeech>`) read as the equivalent DCA element. */
const DCT: Record<string, string> = {
  administrativeStatus: 'termNote',
  partOfSpeech: 'termNote',
  termType: 'termNote',
  geographicalUsage: 'termNote',
  grammaticalGender: 'termNote',
  termLocation: 'termNote',
  definition: 'descrip',
  context: 'descrip',
  subjectField: 'descrip',
  source: 'admin',
  customerSubset: 'admin',
  projectSubset: 'admin'
}
/** Containers whose own text (indentation) is never used: not accumulated. */
const NO_TEXT = new Set([...ENTRY, ...LANG, ...TERM_SECTION, ...STRUCTURAL])
/** Keyed notes that carry a transaction's date and time (written by the TBX v2 export). */
const TRANSACTION_NOTES: Record<string, 'createdAt' | 'modifiedAt'> = {
  origination: 'createdAt',
  modification: 'modifiedAt'
}
const EXAMPLE_KEYS: Record<string, keyof ExchangeExample> = {
  date: 'date',
  rendering: 'zh',
  lang: 'lang',
  'example-date': 'date',
  'example-rendering': 'zh',
  'example-lang': 'lang'
}

export function parseTbx(
  chunks: XmlChunks,
  fileName: string,
  options: TbxParseOptions = {}
): AsyncGenerator<ExchangeConcept> {
  return readXml<ExchangeConcept>(chunks, fileName, ({ queue, fail }) => {
    const stack: Frame[] = []
    const ids = new Set<string>()
    let rootLang = ''
    let inHeader = false
    let concept: ConceptDraft | null = null
    let lang: string | null = null
    let term: TermDraft | null = null
    let termExamples: ExchangeExample[] = []
    let groupExample: ExchangeExample | null = null
    let inGroup = false
    let transac: { type?: string; date?: string } | null = null
    const warn = (message: string, key: string, params: Record<string, string | number> = {}): void =>
      options.onWarning?.({ file: fileName, message, key, params })

    type Level = 'term' | 'lang' | 'concept'
    const level = (): Level => (term ? 'term' : lang !== null ? 'lang' : 'concept')

    function extra(type: string, value: string): void {
      if (!concept) return
      const lv = level()
      if (lv === 'term' && term) addExtra(term, type, value)
      else if (lv === 'lang') addExtra(concept, `${type}@${lang}`, value)
      else addExtra(concept, type, value)
    }

    function category(elem: string, type: string, value: string): void {
      if (!concept || value === '') return
      const lv = level()
      if (elem === 'termNote' && term) {
        if (type === 'administrativeStatus' || type === 'normativeAuthorization' || type === 'usageStatus') {
          const s = statusFromTbx(value)
          if (s && !term.status) return void (term.status = s)
        } else if (type === 'partOfSpeech' && !term.pos) {
          return void (term.pos = value)
        }
      } else if (elem === 'descrip') {
        if (type === 'context') return void addExample(value)
        if (type === 'definition' && lv !== 'term' && !concept.definition) return void (concept.definition = value)
        if (type === 'subjectField' && !concept.domain) return void (concept.domain = value)
      } else if (elem === 'admin' && type === 'source') {
        if (inGroup && groupExample && !groupExample.source) return void (groupExample.source = value)
        if (lv === 'concept' && !concept.source) return void (concept.source = value)
      }
      extra(type, value)
    }

    function addExample(text: string): void {
      if (!concept) return
      const ex: ExchangeExample = { lang: term?.lang ?? lang ?? rootLang, text }
      ;(concept.examples ??= []).push(ex)
      if (term) termExamples.push(ex)
      if (inGroup) groupExample = ex
    }

    function note(text: string): void {
      if (!concept || text === '') return
      const keyed = parseKeyedNote(text)
      const lv = level()
      if (keyed) {
        const field = EXAMPLE_KEYS[keyed.key]
        const target = inGroup ? groupExample : keyed.key.startsWith('example-') ? termExamples.at(-1) : undefined
        if (field && target) {
          if (field === 'lang') target.lang = canonicalLang(keyed.value)
          else (target as unknown as Record<string, string>)[field] = keyed.value
          return
        }
        // TBX v2's <date> holds a date only: Shuyu writes the time of a transaction beside it.
        const when = TRANSACTION_NOTES[keyed.key]
        const date = when ? normalizeDate(keyed.value) : undefined
        if (when && date && lv === 'term' && term) return void (term[when] = date)
        if (when && date && lv === 'concept' && !inGroup) return void (concept[when] = date)
        if (lv === 'term' && term) {
          if (keyed.key === 'status' && keyed.value.trim() === 'forbidden') return void (term.forbidden = true)
          if (keyed.key === 'partOfSpeech') return void (term.pos = keyed.value)
        }
        return extra(keyed.key, keyed.value)
      }
      if (inGroup && groupExample && term) return addExtra(term, 'contextNote', text)
      if (lv === 'term' && term) term.usageNote = term.usageNote ? `${term.usageNote}\n${text}` : text
      else if (lv === 'lang') addExtra(concept, `note@${lang}`, text)
      else concept.note = concept.note ? `${concept.note}\n${text}` : text
    }

    function finishTerm(): void {
      if (!term || !concept) return
      const t = term
      term = null
      if (t.text === '') {
        warn(
          `entry ${concept.id ?? '(no id)'}: a term section without term text was skipped`,
          'emptyTermSection',
          concept.id !== undefined ? { entryId: concept.id } : {}
        )
        return
      }
      if (t.forbidden && (t.status === undefined || t.status === 'deprecated')) t.status = 'forbidden'
      else if (t.forbidden) addExtra(t, 'status', 'forbidden')
      delete t.forbidden
      for (const ex of termExamples) ex.termText = t.text
      termExamples = []
      concept.terms.push(t)
    }

    function finishConcept(): void {
      if (!concept) return
      const c = concept
      concept = null
      const out: ExchangeConcept = { ...c, terms: resolveStatuses(c.terms) }
      queue.push(out)
    }

    return {
      open(name, attrs) {
        stack.push({ name, attrs, text: '', keep: !NO_TEXT.has(name) })
        if (stack.length === 1) {
          if (name !== 'tbx' && name !== 'martif') {
            fail(`not a TBX file: root element <${name}>`, 'exchange.tbx.notTbx', { root: name })
          }
          rootLang = canonicalLang(attrs['xml:lang'] ?? attrs.lang ?? '')
          return
        }
        if (name === 'tbxHeader' || name === 'martifHeader') inHeader = true
        else if (ENTRY.has(name)) {
          if (concept) fail(`<${name}> inside another entry`, 'exchange.tbx.nestedEntry', { tag: name })
          const id = attrs.id ?? attrs['xml:id']
          if (id !== undefined) {
            if (ids.has(id)) warn(`duplicate entry id "${id}": both entries kept`, 'duplicateId', { id })
            ids.add(id)
          }
          concept = id !== undefined ? { id, terms: [] } : { terms: [] }
        } else if (LANG.has(name) && concept) {
          lang = canonicalLang(attrs['xml:lang'] ?? attrs.lang ?? '') || rootLang
        } else if (TERM_SECTION.has(name) && concept) {
          finishTerm()
          term = { lang: lang ?? rootLang, text: '' }
          termExamples = []
        } else if (name === 'descripGrp') {
          inGroup = true
          groupExample = null
        } else if (name === 'transacGrp') transac = {}
      },
      text(t) {
        const top = stack[stack.length - 1]
        if (top?.keep) top.text += t
      },
      wantsText() {
        return stack[stack.length - 1]?.keep ?? false
      },
      close(name) {
        const frame = stack.pop()
        if (!frame) return
        const text = frame.text.trim()
        const parent = stack.at(-1)
        if (INLINE.has(name)) {
          if (parent) parent.text += frame.text
          return
        }
        if (CODES.has(name)) return
        if (name === 'tbxHeader' || name === 'martifHeader') return void (inHeader = false)
        if (inHeader || !concept) return
        const type = frame.attrs.type ?? ''
        switch (name) {
          case 'conceptEntry':
          case 'termEntry':
            finishTerm()
            return finishConcept()
          case 'langSec':
          case 'langSet':
            finishTerm()
            lang = null
            return
          case 'termSec':
          case 'tig':
          case 'ntig':
            return finishTerm()
          case 'term':
            if (term) term.text = text
            return
          case 'termNote':
          case 'descrip':
          case 'admin':
            return category(name, type || name, text)
          case 'descripGrp':
            inGroup = false
            groupExample = null
            return
          case 'transac':
            if (transac) transac.type = text
            return
          case 'date':
            if (transac) transac.date = text
            return
          case 'transacNote':
            return category('transacNote', type || 'transacNote', text)
          case 'transacGrp': {
            const tx = transac
            transac = null
            if (!tx?.date) return
            // Entry- and term-level origination/modification are the concept's and the term's own dates,
            // kept to the second (other tools write 20010507T10:57:25Z: read as ISO).
            const date = normalizeDate(tx.date)
            const owner = level() === 'term' ? term : level() === 'concept' && !inGroup ? concept : null
            if (owner && date) {
              // The same transaction, already read with its time from the keyed note beside it (v2).
              const had = tx.type === 'origination' ? owner.createdAt : owner.modifiedAt
              if (had && hasTime(had) && !hasTime(date) && had.startsWith(date)) return
              if (tx.type === 'origination' && !owner.createdAt) return void (owner.createdAt = date)
              if (tx.type === 'modification' && (!owner.modifiedAt || owner.modifiedAt < date)) {
                return void (owner.modifiedAt = date)
              }
            }
            return extra(tx.type || 'transaction', tx.date)
          }
          case 'note':
            return note(text)
          case 'ref':
          case 'xref':
            return category(name, type || name, text || frame.attrs.target || '')
          default:
            if (STRUCTURAL.has(name) || text === '') return
            return category(DCT[name] ?? name, name, text)
        }
      }
    }
  })
}
