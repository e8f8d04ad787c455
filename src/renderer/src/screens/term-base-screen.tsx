import { useTranslation } from 'react-i18next'
import { TermBaseIcon } from '../components/icons'
import { ComingSoon } from './coming-soon'

export function TermBaseScreen() {
  const { t } = useTranslation()
  return <ComingSoon icon={<TermBaseIcon />} description={t('termbase.comingSoon')} />
}
