import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { POLICY_CONCEPTS } from '../../fixtures/qa/policy-terms'
import { openTestApp } from '../../helpers/test-app'

export type TestApp = Awaited<ReturnType<typeof openTestApp>>

/** A test app whose term base holds the policy concepts (saved through the term base's own operation). */
export async function appWithTerms(): Promise<TestApp> {
  const t = await openTestApp()
  for (const c of POLICY_CONCEPTS) {
    const terms = [
      ...c.en.map(([text, status]) => ({ lang: 'en', text, status, pos: '', usageNote: '' })),
      ...c.zh.map(([text, status]) => ({ lang: 'zh-CN', text, status, pos: '', usageNote: '' }))
    ]
    const r = await t.call('termbase/save', { terms, allowDuplicates: true })
    if (!r.saved) throw new Error(`not saved: ${c.en[0][0]}`)
  }
  return t
}

/** Writes a file into the test's temporary home and returns its path. */
export function writeHomeFile(t: TestApp, name: string, content: string | Buffer): string {
  const path = join(t.home.dir, name)
  writeFileSync(path, content)
  return path
}
