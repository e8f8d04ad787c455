import { useTranslation } from 'react-i18next'

import type { QaCheck } from '../../../../shared/vocabulary'

/** The checks' names and explanations in the UI language (literal keys, so the i18n test sees them). */
export function useCheckLabels(): { name: Record<QaCheck, string>; help: Record<QaCheck, string> } {
  const { t } = useTranslation()
  return {
    name: {
      missing: t('qa.check.missing'),
      forbidden: t('qa.check.forbidden'),
      deprecated: t('qa.check.deprecated'),
      inconsistent: t('qa.check.inconsistent'),
      number: t('qa.check.number')
    },
    help: {
      missing: t('qa.help.missing'),
      forbidden: t('qa.help.forbidden'),
      deprecated: t('qa.help.deprecated'),
      inconsistent: t('qa.help.inconsistent'),
      number: t('qa.help.number')
    }
  }
}
