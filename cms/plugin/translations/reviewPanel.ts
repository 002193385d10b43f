import { TOM_STATUS_LABELS } from './statuses'
import { REVIEW_ACTION_LABELS } from '../workflow/transitions'

type Counts = Record<string, number>
const pick = <T extends Record<string, { en: string; de: string }>>(
  labels: T,
  language: 'en' | 'de',
) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v[language]])) as Record<
    keyof T,
    string
  >

/** The review panel's texts, German and English. */
export const REVIEW_TEXTS = {
  en: {
    title: 'Review',
    status: 'Status',
    lastEditedBy: 'last edited by',
    submit: 'Submit for review',
    approve: 'Approve and publish',
    requestChanges: 'Request changes',
    commentLabel: 'What should change? (sent to the editor)',
    whyNot:
      'Someone with the legal or admin role who did not edit this version last reviews it (four-eyes rule).',
    done: {
      submit: 'Submitted for review',
      approve: 'Approved and published',
      'request-changes': 'Sent back with your comment',
    },
    changesAgainst: (version: string) => `Changes against the version in force (${version})`,
    firstVersion: 'No version in force yet: this will be the first.',
    inForce:
      'This version is in force; it is not changed any more (“New revision” starts the next).',
    supersededNote: 'A newer version has replaced this one; it is kept unchanged as a record.',
    identical: 'Nothing a customer relies on differs.',
    counts: (c: Counts) =>
      `${c.changed ?? 0} changed, ${c.added ?? 0} added, ${c.removed ?? 0} removed, ${c.moved ?? 0} moved measures`,
    history: 'Review history',
    confirm: {
      heading: 'Approve and publish?',
      intro: 'Approving makes it public with the next site build:',
      changes: 'Changes against the version in force',
      pendingChanges: 'Changes against the published record',
      first: 'No version in force yet: the whole document goes public.',
      fields: (n: number) => `${n} changed ${n === 1 ? 'field' : 'fields'}`,
      effective: 'Effective date',
      notice: 'Notice to subscribers',
      noNotice: 'none written',
      confirm: 'Publish',
      cancel: 'Cancel',
    },
    confirmCounts: (c: Counts) =>
      `Measures: ${c.added ?? 0} added, ${c.changed ?? 0} changed, ${c.removed ?? 0} removed`,
    pending: 'Pending changes against the published record',
    notPublished: 'Not published yet: approving makes it public and notifies subscribers.',
    nothingPending: 'Nothing pending: this is the published record.',
    whyNotChange:
      'Someone with the legal or admin role who did not edit this change last reviews it (four-eyes rule).',
    statuses: pick(TOM_STATUS_LABELS, 'en'),
    actions: pick(REVIEW_ACTION_LABELS, 'en'),
    measureKinds: {
      added: 'added',
      removed: 'removed',
      changed: 'changed',
      moved: 'moved',
      unchanged: 'unchanged',
    },
    controlKinds: { added: 'new', removed: 'removed', renamed: 'renamed', matched: '' },
  },
  de: {
    title: 'Prüfung',
    status: 'Status',
    lastEditedBy: 'zuletzt bearbeitet von',
    submit: 'Zur Prüfung einreichen',
    approve: 'Freigeben und veröffentlichen',
    requestChanges: 'Änderungen anfordern',
    commentLabel: 'Was soll geändert werden? (geht an die Bearbeitung)',
    whyNot:
      'Prüfen muss jemand mit der Rolle Legal oder Admin, der diese Version nicht zuletzt bearbeitet hat (Vier-Augen-Prinzip).',
    done: {
      submit: 'Zur Prüfung eingereicht',
      approve: 'Freigegeben und veröffentlicht',
      'request-changes': 'Mit Ihrem Kommentar zurückgegeben',
    },
    changesAgainst: (version: string) => `Änderungen gegenüber der gültigen Version (${version})`,
    firstVersion: 'Noch keine gültige Version: dies wird die erste.',
    inForce:
      'Diese Version ist in Kraft und wird nicht mehr geändert („Neue Revision“ beginnt die nächste).',
    supersededNote: 'Eine neuere Version hat diese abgelöst; sie bleibt unverändert als Nachweis.',
    identical: 'Inhaltlich unverändert.',
    counts: (c: Counts) =>
      `${c.changed ?? 0} geändert, ${c.added ?? 0} neu, ${c.removed ?? 0} entfernt, ${c.moved ?? 0} verschoben`,
    history: 'Prüfverlauf',
    confirm: {
      heading: 'Freigeben und veröffentlichen?',
      intro: 'Die Freigabe macht sie mit dem nächsten Build der Website öffentlich:',
      changes: 'Änderungen gegenüber der gültigen Version',
      pendingChanges: 'Änderungen gegenüber dem veröffentlichten Stand',
      first: 'Noch keine gültige Version: das ganze Dokument wird öffentlich.',
      fields: (n: number) => `${n} ${n === 1 ? 'geändertes Feld' : 'geänderte Felder'}`,
      effective: 'Gültig ab',
      notice: 'Hinweis an die Abonnenten',
      noNotice: 'keiner geschrieben',
      confirm: 'Veröffentlichen',
      cancel: 'Abbrechen',
    },
    confirmCounts: (c: Counts) =>
      `Maßnahmen: ${c.added ?? 0} neu, ${c.changed ?? 0} geändert, ${c.removed ?? 0} entfernt`,
    pending: 'Offene Änderungen gegenüber dem veröffentlichten Stand',
    notPublished:
      'Noch nicht veröffentlicht: die Freigabe macht ihn öffentlich und benachrichtigt die Abonnenten.',
    nothingPending: 'Nichts offen: dies ist der veröffentlichte Stand.',
    whyNotChange:
      'Prüfen muss jemand mit der Rolle Legal oder Admin, der diese Änderung nicht zuletzt bearbeitet hat (Vier-Augen-Prinzip).',
    statuses: pick(TOM_STATUS_LABELS, 'de'),
    actions: pick(REVIEW_ACTION_LABELS, 'de'),
    measureKinds: {
      added: 'neu',
      removed: 'entfernt',
      changed: 'geändert',
      moved: 'verschoben',
      unchanged: 'unverändert',
    },
    controlKinds: { added: 'neu', removed: 'entfernt', renamed: 'umbenannt', matched: '' },
  },
}
