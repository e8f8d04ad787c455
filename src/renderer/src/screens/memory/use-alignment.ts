import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ApiClient } from '../../../../shared/api'
import type { SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { formatNumber } from '../../lib/format'
import { type EditableLink, linksToSave, type Sentences } from './align-edit'

/** Every sentence of a document, in order, a page of the maximum size at a time. */
async function allSegments(api: ApiClient, documentId: number): Promise<string[]> {
  const out: SegmentView[] = []
  for (;;) {
    const page = await api.invoke('corpus/segments', { documentId, offset: out.length, limit: 5000 })
    out.push(...page)
    if (page.length < 5000) return out.map((segment) => segment.text)
  }
}

export interface Alignment {
  enId: number
  zhId: number
  confidence: number
  sentences: Sentences
  links: EditableLink[]
}

/**
 * Aligning two corpus documents: which two (the first English and Chinese ones to begin with), the links the
 * aligner proposed as the user edits them (with an undo of those edits), and saving them as memory units.
 */
export function useAlignment() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { showToast } = useFeedback()
  const { busy, run } = useApiAction()
  const documents = useApiQuery('corpus/list', {}).data ?? null
  const [enId, setEnId] = useState<number | null>(null)
  const [zhId, setZhId] = useState<number | null>(null)
  const [alignment, setAlignment] = useState<Alignment | null>(null)
  const [past, setPast] = useState<EditableLink[][]>([])

  useEffect(() => {
    if (!documents) return
    setEnId((current) => current ?? documents.find((d) => d.language === 'en')?.id ?? null)
    setZhId((current) => current ?? documents.find((d) => d.language === 'zh')?.id ?? null)
  }, [documents])

  const align = () => {
    if (enId === null || zhId === null) return
    void run(async () => {
      const [view, en, zh] = await Promise.all([
        api.invoke('memory/align', { enDocumentId: enId, zhDocumentId: zhId }),
        allSegments(api, enId),
        allSegments(api, zhId)
      ])
      const links = view.links.map((link) => ({ en: link.en, zh: link.zh, confidence: link.confidence }))
      setAlignment({ enId, zhId, confidence: view.confidence, sentences: { en, zh }, links })
      setPast([])
    })
  }

  const edit = (links: EditableLink[]) => {
    if (!alignment) return
    setPast((history) => [...history.slice(-49), alignment.links])
    setAlignment({ ...alignment, links })
  }
  const undoEdit = () => {
    if (!alignment || past.length === 0) return
    setAlignment({ ...alignment, links: past[past.length - 1] })
    setPast((history) => history.slice(0, -1))
  }

  const save = () => {
    if (!alignment) return
    const links = linksToSave(alignment.links, alignment.sentences)
    void run(async () => {
      const arg = { enDocumentId: alignment.enId, zhDocumentId: alignment.zhId, links }
      const result = await api.invoke('memory/saveAlignment', arg)
      const n = (value: number) => formatNumber(value, i18n.language)
      const saved = t('memory.align.saved', { count: result.units, n: n(result.units) })
      const again = t('memory.align.alreadyThere', { count: result.duplicates, n: n(result.duplicates) })
      showToast({ message: result.duplicates > 0 ? `${saved} ${again}` : saved })
    })
  }

  return {
    documents,
    enId,
    setEnId,
    zhId,
    setZhId,
    alignment,
    canUndo: past.length > 0,
    busy,
    align,
    edit,
    undoEdit,
    save
  }
}

export type AlignmentState = ReturnType<typeof useAlignment>
