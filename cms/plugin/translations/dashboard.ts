/** The dashboard row's texts, German and English. */
export const DASHBOARD_TEXTS = {
  en: {
    awaiting: 'Awaiting review',
    noneAwaiting: 'Nothing is waiting for review.',
    subprocessorChange: 'subprocessor change',
    announced: 'Announced subprocessor changes',
    noneAnnounced: 'No change with an open objection period.',
    deadline: 'objections until',
    effective: 'effective',
    build: 'Last site build',
    details: 'Details',
    states: {
      idle: 'No build yet',
      queued: 'Queued',
      building: 'Building…',
      succeeded: 'Online',
      failed: 'Failed — the previous site stays online',
    },
  },
  de: {
    awaiting: 'Wartet auf Prüfung',
    noneAwaiting: 'Nichts wartet auf Prüfung.',
    subprocessorChange: 'Änderung am Unterauftragsverarbeiter',
    announced: 'Angekündigte Änderungen bei Unterauftragsverarbeitern',
    noneAnnounced: 'Keine Änderung mit offener Widerspruchsfrist.',
    deadline: 'Widerspruch bis',
    effective: 'gültig ab',
    build: 'Letzter Website-Build',
    details: 'Details',
    states: {
      idle: 'Noch kein Build',
      queued: 'In der Warteschlange',
      building: 'Wird gebaut …',
      succeeded: 'Online',
      failed: 'Fehlgeschlagen — die bisherige Website bleibt online',
    },
  },
}
