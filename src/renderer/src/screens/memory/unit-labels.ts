import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import type { UnitRow } from '../../../../shared/models'

export interface UnitLabels {
  origin: Record<UnitRow['origin'], string>
  edit: string
  delete: string
  save: string
  cancel: string
  source: string
  target: string
}

export function useUnitLabels(): UnitLabels {
  const { t } = useTranslation()
  // Per-row useTranslation costs show in scroll profiles (see the candidate list): labels come from here.
  return useMemo<UnitLabels>(
    () => ({
      origin: {
        tmx: t('memory.origin.tmx'),
        alignment: t('memory.origin.alignment'),
        example: t('memory.origin.example'),
        typed: t('memory.origin.typed'),
        import: t('memory.origin.import')
      },
      edit: t('memory.edit'),
      delete: t('memory.delete'),
      save: t('memory.save'),
      cancel: t('common.cancel'),
      source: t('memory.column.source'),
      target: t('memory.column.target')
    }),
    [t]
  )
}
