/** Words of the compare page's island (site/islands/compare.ts), per locale. */
export const compareText = {
  de: {
    versions: 'Alle Versionen',
    pick: 'Zwei Versionen wählen; der Vergleich entsteht hier im Browser aus den veröffentlichten Daten der Versionen.',
    loading: 'Die Versionen werden verglichen …',
    failed: 'Die Versionen konnten nicht geladen werden',
    same: 'Dieselbe Version – bitte zwei verschiedene wählen.',
    unknown: 'Keine veröffentlichte Version',
  },
  en: {
    versions: 'All versions',
    pick: 'Pick two versions; they are compared here in the browser, from the versions’ published data.',
    loading: 'Comparing the versions …',
    failed: 'The versions could not be loaded',
    same: 'The same version – please pick two different ones.',
    unknown: 'No published version',
  },
} as const
