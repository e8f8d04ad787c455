import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/empty-state'

/** Placeholder for screens that later releases fill in; says what the screen will do. */
export function ComingSoon({ icon, description }: { icon: ReactNode; description: string }) {
  const { t } = useTranslation()
  return (
    <section className="screen screen-centered">
      <EmptyState icon={icon} title={t('comingSoon.title')} body={description}>
        <span className="badge">{t('comingSoon.badge')}</span>
      </EmptyState>
    </section>
  )
}
