import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ApiClient } from '../../../../shared/api'
import type { DocumentSummary, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { formatNumber } from '../../lib/format'
import { type EditableLink, linksToSave, lowOverallConfidence, type Sentences } from './align-edit'
import { AlignLinks } from './align-links'

/** Every sentence of a document, in order, a page of the maximum size at a time. */
async function allSegments(api: ApiClient, documentId: number): Promise<string[]> {
  const out: SegmentView[] = []
  for (;;) {
    const page = await api.invoke('corpus/segments', { documentId, offset: out.length, limit: 5000 })
    out.push(...page)
    if (page.length < 5000) return out.map((segment) => segment.text)
  }
}

interface Alignment {
  enId: number
  zhId: number
  confidence: number
  sentences: Sentences
  links: EditableLink[]
}

/** Two corpus documents in, sentence links out; the user fixes them, then saves them as units. */
export function AlignPanel() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null)
  const [enId, setEnId] = useState<number | null>(null)
  const [zhId, setZhId] = useState<number | null>(null)
  const [alignment, setAlignment] = useState<Alignment | null>(null)
  const [past, setPast] = useState<EditableLink[][]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api.invoke('corpus/list', {}).then((list) => {
      setDocuments(list)
      setEnId((current) => current ?? list.find((d) => d.language === 'en')?.id ?? null)
      setZhId((current) => current ?? list.find((d) => d.language === 'zh')?.id ?? null)
    }, reportError)
  }, [api, reportError])

  const run = async () => {
    if (enId === null || zhId === null) return
    setBusy(true)
    try {
      const [view, en, zh] = await Promise.all([
        api.invoke('memory/align', { enDocumentId: enId, zhDocumentId: zhId }),
        allSegments(api, enId),
        allSegments(api, zhId)
      ])
      setAlignment({
        enId,
        zhId,
        confidence: view.confidence,
        sentences: { en, zh },
        links: view.links.map((link) => ({ en: link.en, zh: link.zh, confidence: link.confidence }))
      })
      setPast([])
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
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

  const save = async () => {
    if (!alignment) return
    const links = linksToSave(alignment.links, alignment.sentences)
    setBusy(true)
    try {
      const result = await api.invoke('memory/saveAlignment', {
        enDocumentId: alignment.enId,
        zhDocumentId: alignment.zhId,
        links
      })
      const saved = t('memory.align.saved', { count: result.units, n: formatNumber(result.units, i18n.language) })
      showToast({
        message:
          result.duplicates > 0
            ? `${saved} ${t('memory.align.alreadyThere', { count: result.duplicates, n: formatNumber(result.duplicates, i18n.language) })}`
            : saved
      })
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }

  const english = documents?.filter((d) => d.language === 'en') ?? []
  const chinese = documents?.filter((d) => d.language === 'zh') ?? []
  const n = (value: number) => formatNumber(value, i18n.language)
  const savable = alignment ? linksToSave(alignment.links, alignment.sentences).length : 0
  return (
    <div className="memory-align">
      <div className="screen-toolbar align-toolbar">
        <label className="field-inline">
          {t('language.en')}
          <select
            className="status-select align-doc"
            data-testid="align-en"
            value={enId ?? ''}
            onChange={(event) => setEnId(Number(event.target.value) || null)}
          >
            {english.length === 0 && <option value="">{t('memory.align.noDocuments')}</option>}
            {english.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          {t('language.zh')}
          <select
            className="status-select align-doc"
            data-testid="align-zh"
            value={zhId ?? ''}
            onChange={(event) => setZhId(Number(event.target.value) || null)}
          >
            {chinese.length === 0 && <option value="">{t('memory.align.noDocuments')}</option>}
            {chinese.map((d) => (
              <option key={d.id} value={d.id} lang="zh-CN">
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-primary"
          data-testid="align-run"
          disabled={busy || enId === null || zhId === null}
          onClick={() => void run()}
        >
          {t('memory.align.run')}
        </button>
      </div>
      {documents && (english.length === 0 || chinese.length === 0) && (
        <p className="muted">{t('memory.align.needBoth')}</p>
      )}
      {alignment && (
        <>
          <div className="screen-toolbar">
            <p className="screen-summary" data-testid="align-summary">
              {t('memory.align.summary', {
                count: alignment.links.length,
                n: n(alignment.links.length),
                confidence: n(Math.round(alignment.confidence * 100))
              })}
            </p>
            <button type="button" className="button" disabled={past.length === 0} onClick={undoEdit}>
              {t('memory.align.undoEdit')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-testid="align-save"
              disabled={busy || savable === 0}
              onClick={() => void save()}
            >
              {t('memory.align.save', { count: savable, n: n(savable) })}
            </button>
          </div>
          {alignment.confidence < lowOverallConfidence && (
            <div className="notice" role="alert" data-testid="align-warning">
              {t('memory.align.lowConfidence')}
            </div>
          )}
          <AlignLinks links={alignment.links} sentences={alignment.sentences} onChange={edit} />
        </>
      )}
    </div>
  )
}
