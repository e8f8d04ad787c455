import { useTranslation } from 'react-i18next'
import { MemoryIcon } from '../components/icons'
import { ComingSoon } from './coming-soon'

export function MemoryScreen() {
  const { t } = useTranslation()
  return <ComingSoon icon={<MemoryIcon />} description={t('memory.comingSoon')} />
}
