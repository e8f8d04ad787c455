import { useTranslation } from 'react-i18next'
import { ConcordanceIcon } from '../components/icons'
import { ComingSoon } from './coming-soon'

export function ConcordanceScreen() {
  const { t } = useTranslation()
  return <ComingSoon icon={<ConcordanceIcon />} description={t('concordance.comingSoon')} />
}
