import type { Locale } from './language'

/** The take-over notice's texts, German and English (components/LockTakenOver.tsx). */
export const LOCK_TEXTS = {
  en: {
    title: 'Editing taken over',
    takenOver: (name: string, at: string) => `${name} took over editing at ${at}.`,
    yourChanges: 'Your unsaved changes (not saved, still in this form):',
    noChanges: 'You have no unsaved changes.',
    notSaved: 'Saving now would be refused; copy your changes and pass them on, or wait.',
    copy: 'Copy changes',
    copied: 'Copied',
    close: 'Keep the form open',
    row: 'row',
  },
  de: {
    title: 'Bearbeitung übernommen',
    takenOver: (name: string, at: string) => `${name} hat die Bearbeitung um ${at} übernommen.`,
    yourChanges: 'Ihre ungespeicherten Änderungen (nicht gespeichert, noch in diesem Formular):',
    noChanges: 'Sie haben keine ungespeicherten Änderungen.',
    notSaved:
      'Speichern würde jetzt abgelehnt; kopieren Sie Ihre Änderungen und geben Sie sie weiter, oder warten Sie.',
    copy: 'Änderungen kopieren',
    copied: 'Kopiert',
    close: 'Formular offen lassen',
    row: 'Zeile',
  },
} satisfies Record<Locale, unknown>

const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const
const TIME = { hour: 'numeric', minute: '2-digit' } as const

/**
 * A moment as the user reads it, in their language and the browser's time zone: "14:03" today,
 * "2. Dez. 2026, 14:03" / "Dec 2, 2026, 2:03 PM" otherwise (the admin's `PPp`, docs/workflow.md).
 */
export function localTime(at: Date, language: Locale, now = new Date(), withDay = false): string {
  const day = withDay || at.toDateString() !== now.toDateString()
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-US', {
    ...(day ? DAY : {}),
    ...TIME,
  }).format(at)
}
