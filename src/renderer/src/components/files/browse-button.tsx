import './files.css'

import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { useApi } from '../../api-context'
import { useFeedback } from '../feedback'
import { FolderIcon } from '../icons'
import { acceptOf, isDesktop, type PickedFile, pickNative } from './picked-files'

/**
 * Browse…: the native open dialog in the desktop app, the browser's file input elsewhere. Either way the
 * screen receives PickedFiles (paths or File objects) and never a typed path.
 */
export function BrowseButton(props: {
  extensions?: readonly string[]
  multiple?: boolean
  disabled?: boolean
  primary?: boolean
  label?: string
  testId: string
  /** The file input's test id (browser mode); `<testId>-input` unless given. */
  inputTestId?: string
  onPicked: (files: PickedFile[]) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const input = useRef<HTMLInputElement | null>(null)
  const desktop = isDesktop(api)
  const browse = () => {
    if (!desktop) return input.current?.click()
    pickNative(api, { extensions: props.extensions, multiple: props.multiple })
      .then((files) => files.length > 0 && props.onPicked(files))
      .catch(reportError)
  }
  return (
    <>
      <button
        type="button"
        className={props.primary ? 'button button-primary' : 'button'}
        data-testid={props.testId}
        disabled={props.disabled}
        onClick={browse}
      >
        <FolderIcon />
        {props.label ?? t('files.browse')}
      </button>
      {!desktop && (
        <input
          ref={input}
          type="file"
          hidden
          multiple={props.multiple}
          accept={acceptOf(props.extensions) || undefined}
          data-testid={props.inputTestId ?? `${props.testId}-input`}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []).map((file) => ({ name: file.name, file }))
            // Clearing lets the same file be picked again (after a failed import, a changed file).
            event.target.value = ''
            if (files.length > 0) props.onPicked(files)
          }}
        />
      )}
    </>
  )
}
