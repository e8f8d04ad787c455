import { useTranslation } from 'react-i18next'

/**
 * Fields an imported glossary carried that Shuyu has no place for (custom data categories, a second
 * definition, the file's value of a field that differed from the concept's: "imported definition").
 * Shown read-only so the translator sees them and can copy what they want into the concept's own fields;
 * they go out again on export.
 */
export function ImportedFields({ extra }: { extra: Record<string, string[]> | undefined }) {
  const { t } = useTranslation()
  const entries = Object.entries(extra ?? {}).filter(([, values]) => values.length > 0)
  if (entries.length === 0) return null
  return (
    <section className="editor-section" data-testid="imported-fields">
      <h3 className="section-title">{t('termbase.importedFields.title')}</h3>
      <p className="muted small">{t('termbase.importedFields.hint')}</p>
      <dl className="imported-fields">
        {entries.map(([key, values]) => (
          <div key={key} className="imported-field">
            <dt>{key}</dt>
            {values.map((value, index) => (
              <dd key={index}>{value}</dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  )
}
