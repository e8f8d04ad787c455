import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptRow } from '../../../../shared/models'
import { useFeedback } from '../../components/feedback'
import { useNavigation } from '../../components/navigation'

/**
 * What both "add as example" and "keep collocation" do once a concept is picked: save, say so with a
 * way to open the concept, close; on failure report and let the user pick again.
 */
export function useSaveToConcept(onClose: () => void) {
  const { t } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const { navigate } = useNavigation()
  const [saving, setSaving] = useState(false)
  const save = async (concept: ConceptRow, write: () => Promise<unknown>, message: string) => {
    setSaving(true)
    try {
      await write()
      showToast({
        message,
        action: { label: t('concordance.openConcept'), run: () => navigate('termbase', { conceptId: concept.id }) }
      })
      onClose()
    } catch (error) {
      reportError(error)
      setSaving(false)
    }
  }
  return { saving, save }
}
