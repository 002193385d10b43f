import type { PayloadRequest } from 'payload'
import { type Locale, languageOf } from './language'

/**
 * The messages of the review workflow's rules, in the admin's languages. `{name}` is filled in.
 * No ": " or ", " in the rules shown by the form: the admin's toast turns "a: b, c" into a list.
 */
const WORKFLOW_MESSAGES = {
  frozen: {
    en: 'Version "{version}" is {status} and cannot be changed. Create a new revision instead.',
    de: 'Die Version „{version}“ ist {status} und kann nicht mehr geändert werden. Legen Sie stattdessen eine neue Revision an.',
  },
  supersededByHand: {
    en: 'A version becomes superseded only by publishing a newer one.',
    de: 'Eine Version wird nur dadurch abgelöst, dass eine neuere veröffentlicht wird.',
  },
  onlyLegalPublishes: {
    en: 'Only legal or admin may publish a TOM version; submit it for review instead.',
    de: 'Nur Legal oder Admin dürfen eine TOM-Version veröffentlichen; reichen Sie sie stattdessen zur Prüfung ein.',
  },
  fourEyes: {
    en: 'Four-eyes rule. You edited this version last; someone else with the legal or admin role must publish it.',
    de: 'Vier-Augen-Prinzip. Sie haben diese Version zuletzt bearbeitet; eine andere Person mit der Rolle Legal oder Admin muss sie veröffentlichen.',
  },
  fourEyesReview: {
    en: 'Four-eyes rule. You edited this version last; someone else with the legal or admin role must review it.',
    de: 'Vier-Augen-Prinzip. Sie haben diese Version zuletzt bearbeitet; eine andere Person mit der Rolle Legal oder Admin muss sie prüfen.',
  },
  effectiveBeforeCurrent: {
    en: 'Must not lie before {date}, the effective date of the current version "{version}".',
    de: 'Darf nicht vor dem {date} liegen, dem Gültigkeitsdatum der aktuellen Version „{version}“.',
  },
  signIn: { en: 'Sign in first.', de: 'Bitte melden Sie sich zuerst an.' },
  notFound: { en: 'No TOM version {id}.', de: 'Keine TOM-Version {id}.' },
  onlyDraftSubmits: {
    en: 'Only a draft can be submitted for review; this version is {status}.',
    de: 'Nur ein Entwurf kann zur Prüfung eingereicht werden; diese Version ist {status}.',
  },
  onlyInReview: {
    en: 'Only a version in review can be approved or sent back; this version is {status}.',
    de: 'Nur eine Version in Prüfung kann freigegeben oder zurückgegeben werden; diese Version ist {status}.',
  },
  onlyLegalReviews: {
    en: 'Only legal or admin may review a TOM version.',
    de: 'Nur Legal oder Admin dürfen eine TOM-Version prüfen.',
  },
  commentRequired: {
    en: 'Say what should change; a comment is required.',
    de: 'Bitte beschreiben Sie die gewünschten Änderungen; ein Kommentar ist erforderlich.',
  },
  unpublish: {
    en: 'A published subprocessor stays public. End it instead (status "ended").',
    de: 'Ein veröffentlichter Unterauftragsverarbeiter bleibt öffentlich. Beenden Sie ihn stattdessen (Status „ended“).',
  },
  lockedBy: {
    en: '{name} has taken over editing this document. Your changes were not saved; copy them from the form before you leave it.',
    de: '{name} hat die Bearbeitung dieses Dokuments übernommen. Ihre Änderungen wurden nicht gespeichert; kopieren Sie sie vor dem Verlassen aus dem Formular.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type WorkflowMessageKey = keyof typeof WORKFLOW_MESSAGES
/** What a workflow step acts on: the rules are the same, their wording names the thing. */
export type WorkflowSubject = 'tomVersion' | 'subprocessor'

/** The rules worded for a subprocessor change (the rest read the same for both). */
const SUBPROCESSOR_MESSAGES: Partial<Record<WorkflowMessageKey, Record<Locale, string>>> = {
  onlyLegalPublishes: {
    en: 'Only legal or admin may publish a subprocessor change; save it as a draft and submit it for review instead.',
    de: 'Nur Legal oder Admin dürfen eine Änderung an Unterauftragsverarbeitern veröffentlichen; speichern Sie sie als Entwurf und reichen Sie sie zur Prüfung ein.',
  },
  fourEyes: {
    en: 'Four-eyes rule. You edited this subprocessor change last; someone else with the legal or admin role must publish it.',
    de: 'Vier-Augen-Prinzip. Sie haben diese Änderung zuletzt bearbeitet; eine andere Person mit der Rolle Legal oder Admin muss sie veröffentlichen.',
  },
  fourEyesReview: {
    en: 'Four-eyes rule. You edited this subprocessor change last; someone else with the legal or admin role must review it.',
    de: 'Vier-Augen-Prinzip. Sie haben diese Änderung zuletzt bearbeitet; eine andere Person mit der Rolle Legal oder Admin muss sie prüfen.',
  },
  notFound: { en: 'No subprocessor {id}.', de: 'Kein Unterauftragsverarbeiter {id}.' },
  onlyDraftSubmits: {
    en: 'Only a pending change can be submitted for review; this subprocessor is {status}.',
    de: 'Nur eine offene Änderung kann zur Prüfung eingereicht werden; dieser Unterauftragsverarbeiter ist {status}.',
  },
  onlyInReview: {
    en: 'Only a change in review can be approved or sent back; this subprocessor is {status}.',
    de: 'Nur eine Änderung in Prüfung kann freigegeben oder zurückgegeben werden; dieser Unterauftragsverarbeiter ist {status}.',
  },
  onlyLegalReviews: {
    en: 'Only legal or admin may review a subprocessor change.',
    de: 'Nur Legal oder Admin dürfen eine Änderung an Unterauftragsverarbeitern prüfen.',
  },
}

export function workflowMessage(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: WorkflowMessageKey,
  vars: Record<string, string> = {},
  subject: WorkflowSubject = 'tomVersion',
): string {
  const messages =
    (subject === 'subprocessor' && SUBPROCESSOR_MESSAGES[key]) || WORKFLOW_MESSAGES[key]
  const template: string = messages[languageOf(req)]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`)
}
