import { useTranslation } from 'react-i18next'

import type { ExampleRecord } from '../../../../shared/models'
import { Dialog } from '../../components/dialog'
import { OpenInDocumentButton } from '../../components/open-in-document'
import { SegmentContext } from './segment-context'

/** An example's sentence among its neighbours, with the way into the whole document. */
export function ExampleReader(props: { example: ExampleRecord; documentId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const { example, documentId } = props
  return (
    <Dialog title={t('termbase.examples.openInContext')} onClose={props.onClose} wide testId="example-reader">
      <SegmentContext
        documentId={documentId}
        segmentId={example.segmentId}
        title={example.documentTitle}
        date={example.date}
      />
      <div className="dialog-actions">
        <OpenInDocumentButton
          documentId={documentId}
          segmentId={example.segmentId}
          start={example.start}
          end={example.end}
        />
      </div>
    </Dialog>
  )
}
