import { useTranslation } from 'react-i18next'

import { useApi } from '../../api-context'
import { useFeedback } from '../feedback'
import { isDesktop, saveAs } from './picked-files'

/** Save as…: the native save dialog fills the path (desktop only; browser mode downloads instead). */
export function SaveAsButton(props: {
  defaultName: string
  extensions?: readonly string[]
  disabled?: boolean
  label?: string
  testId: string
  onPath: (path: string) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  if (!isDesktop(api)) return null
  return (
    <button
      type="button"
      className="button"
      data-testid={props.testId}
      disabled={props.disabled}
      onClick={() =>
        void saveAs(api, { defaultName: props.defaultName, extensions: props.extensions })
          .then((path) => path && props.onPath(path))
          .catch(reportError)
      }
    >
      {props.label ?? t('files.saveAs')}
    </button>
  )
}
