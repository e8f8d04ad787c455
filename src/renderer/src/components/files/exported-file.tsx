import { useTranslation } from 'react-i18next'

import { useApi } from '../../api-context'
import { useFeedback } from '../feedback'
import { downloadFile, isDesktop } from './picked-files'

/** After an export: "Show in folder" in the desktop app, "Download" (again) in browser mode. */
export function ExportedFile({ path, testId }: { path: string; testId: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  if (isDesktop(api)) {
    return (
      <button
        type="button"
        className="button button-small"
        data-testid={`${testId}-show`}
        onClick={() => void api.invoke('workspace/showInFolder', { path }).catch(reportError)}
      >
        {t('files.showInFolder')}
      </button>
    )
  }
  if (!api.fetchFile) return null
  return (
    <button
      type="button"
      className="button button-small"
      data-testid={`${testId}-download`}
      onClick={() => void downloadFile(api, path).catch(reportError)}
    >
      {t('files.download')}
    </button>
  )
}
