import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import en from '../../../src/renderer/src/i18n/en.json'
import zh from '../../../src/renderer/src/i18n/zh-CN.json'
import type { HistoryEntry } from '../../../src/shared/models'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const labels = {
  en: (en as { history: { labels: Record<string, string> } }).history.labels,
  zh: (zh as { history: { labels: Record<string, string> } }).history.labels
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]))

// Every kind of change the history records, made once; each entry must name itself in both languages.
describe('history labels in the UI language', () => {
  it('every entry carries a key both languages have, whose English text is the recorded label', async () => {
    const term = (lang: string, text: string) => ({ lang, text, status: 'preferred' as const, pos: '', usageNote: '' })
    const a = (await t.call('termbase/save', { terms: [term('en', 'common prosperity'), term('zh-CN', '共同富裕')] }))
      .concept!
    const b = (await t.call('termbase/save', { terms: [term('en', 'shared prosperity')] })).concept!
    await t.call('termbase/merge', { targetId: a.id, sourceId: b.id })
    const example = await t.call('termbase/addExample', { conceptId: a.id, text: 'Common prosperity for all.' })
    await t.call('termbase/removeExample', { id: example.id })
    const colloc = await t.call('termbase/addCollocation', {
      conceptId: a.id,
      node: 'common prosperity',
      word: 'promote'
    })
    await t.call('termbase/removeCollocation', { id: colloc.id })
    const imported = await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('corpus/delete', { id: imported.files.find((f) => f.documentId)!.documentId! })
    await t.call('mining/run', {})
    const [first, second, third] = (await t.call('mining/candidates', { limit: 3 })).rows
    await t.call('mining/accept', { ids: [first.id] })
    await t.call('mining/reject', { ids: [second.id, third.id] })
    const unit = await t.call('memory/add', { source: 'Common prosperity is essential.', target: '共同富裕是必要的。' })
    await t.call('memory/update', { id: unit.id, target: '共同富裕至关重要。' })
    await t.call('memory/delete', { id: unit.id })
    const tmx = join(t.home.dir, 'one.tmx')
    writeFileSync(
      tmx,
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu>' +
        '<tuv xml:lang="en"><seg>Rural revitalization.</seg></tuv><tuv xml:lang="zh-CN"><seg>乡村振兴。</seg></tuv>' +
        '</tu></body></tmx>'
    )
    await t.call('exchange/import', { path: tmx })
    await t.call('termbase/bulkEdit', { ids: [a.id], change: { kind: 'status', status: 'admitted' } })
    await t.call('termbase/bulkEdit', { ids: [a.id], change: { kind: 'domain', domain: 'economy' } })
    await t.call('termbase/bulkEdit', { ids: [a.id], change: { kind: 'note', note: 'checked', mode: 'append' } })
    await t.call('termbase/delete', { id: a.id })

    const entries: HistoryEntry[] = await t.call('workspace/history', { limit: 1000 })
    const keys = new Set(entries.map((e) => e.labelText?.key))
    for (const key of [
      'conceptSave',
      'conceptMerge',
      'exampleAdd',
      'exampleRemove',
      'collocationAdd',
      'collocationRemove',
      'documentImport',
      'documentDelete',
      'candidateAcceptOne',
      'candidateRejectMany',
      'unitEdit',
      'unitDelete',
      'import',
      'bulkStatus',
      'bulkDomain',
      'bulkNote',
      'conceptDelete'
    ]) {
      expect(keys, key).toContain(key)
    }
    for (const entry of entries) {
      const text = entry.labelText
      expect(text, entry.label).toBeDefined()
      const names = Object.keys(text!.params).sort()
      for (const lang of [labels.en, labels.zh]) {
        expect(lang[text!.key], text!.key).toBeDefined()
        expect(placeholders(lang[text!.key]), text!.key).toEqual(names)
      }
      expect(fill(labels.en[text!.key], text!.params)).toBe(entry.label)
    }
  }, 30_000)
})
