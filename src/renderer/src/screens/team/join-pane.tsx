import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { TeamStatus } from '../../../../shared/team-models'
import { useFeedback } from '../../components/feedback'

/** The form that joins this workspace to a team server with a member's token. */
export function JoinPane({ onJoin }: { onJoin: (url: string, token: string) => Promise<TeamStatus | null> }) {
  const { t } = useTranslation()
  const { showToast } = useFeedback()
  const [url, setUrl] = useState('')
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const status = await onJoin(url.trim(), token.trim())
    setBusy(false)
    if (status)
      showToast({ message: t('team.join.joined', { team: status.teamName || status.url, user: status.user }) })
  }

  return (
    <form className="panel team-join" data-testid="team-join" onSubmit={(e) => void submit(e)}>
      <h2 className="panel-title">{t('team.join.title')}</h2>
      <p className="muted">{t('team.intro')}</p>
      <label className="field">
        <span className="field-label">{t('team.join.url')}</span>
        <input
          className="text-input"
          type="url"
          required
          value={url}
          placeholder="https://"
          data-testid="team-url"
          onChange={(e) => setUrl(e.target.value)}
        />
        <span className="field-hint">{t('team.join.urlHint')}</span>
      </label>
      <label className="field">
        <span className="field-label">{t('team.join.token')}</span>
        <input
          className="text-input"
          type="password"
          required
          autoComplete="off"
          value={token}
          data-testid="team-token"
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary" disabled={busy} data-testid="team-join-submit">
        {busy ? t('team.join.joining') : t('team.join.submit')}
      </button>
    </form>
  )
}
