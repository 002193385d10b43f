'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

/** Above the objections list: the CSV export of all confirmed objections, for legal. */
export function ObjectionsExport() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const href = `${config.serverURL}${config.routes.api}/trust-center/objections.csv`
  return (
    <p className="objections-export" style={{ marginBottom: '1rem' }}>
      <a href={href}>
        {i18n.language === 'de'
          ? 'Alle bestätigten Einsprüche als CSV herunterladen'
          : 'Download all confirmed objections as CSV'}
      </a>
    </p>
  )
}
