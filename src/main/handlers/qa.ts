import { z } from 'zod'

import { QA_CHECKS } from '../../shared/vocabulary'
import type { AppContext } from '../app-context'
import { setDismissed } from '../qa/dismissals-repo'
import { exportReport } from '../qa/export-report'
import { runQa, runQaOnUpload } from '../qa/run-qa'
import { jiebaSegmenter } from '../text/jieba-segmenter'
import type { HandlerSlice } from './types'

type QaOps = 'qa/run' | 'qa/dismiss' | 'qa/export'

const check = z.enum(QA_CHECKS)
const text = z.string().max(100_000)

export function qaHandlers(app: AppContext): HandlerSlice<QaOps> {
  const db = () => app.workspace.db
  return {
    'qa/run': {
      schema: z
        .object({
          path: z.string().min(1).max(4096).optional(),
          // Base64 of at most ~270 MB, as corpus/upload.
          upload: z.object({ name: z.string().min(1).max(1000), base64: z.string().max(360_000_000) }).optional(),
          checks: z.array(check).min(1).max(QA_CHECKS.length).optional(),
          jobId: z.string().optional()
        })
        .refine((a) => (a.path === undefined) !== (a.upload === undefined), 'give either a path or an upload'),
      run: async ({ path, upload, checks }, call) => {
        // Chinese terms count as words (人民 is not in 人民币): jieba, loaded on first use.
        const segmenter = jiebaSegmenter({ tags: false })
        return upload
          ? runQaOnUpload(db(), upload, { checks, segmenter }, call)
          : runQa(db(), { path: path as string, checks, segmenter }, call)
      }
    },
    'qa/dismiss': {
      schema: z.object({
        file: z.string().min(1).max(1000),
        finding: z.object({ unit: text, check, term: text, found: text }),
        dismissed: z.boolean()
      }),
      run: async ({ file, finding, dismissed }) => {
        setDismissed(db(), file, finding, dismissed)
        return { ok: true as const }
      }
    },
    'qa/export': {
      schema: z.object({
        reportId: z.string().min(1).max(100),
        format: z.enum(['html', 'csv']),
        lang: z.enum(['en', 'zh-CN']).optional(),
        includeDismissed: z.boolean().optional()
      }),
      run: async (arg) => exportReport(db(), arg)
    }
  }
}
