import { useTranslation } from 'react-i18next'
import { ExchangeIcon } from '../components/icons'
import { ComingSoon } from './coming-soon'

export function ImportExportScreen() {
  const { t } = useTranslation()
  return <ComingSoon icon={<ExchangeIcon />} description={t('exchange.comingSoon')} />
}
