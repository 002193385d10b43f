/** The words of the subscriber mails and the CMS's subscription pages, per language (translations as data). */
import type { Locale } from '../translations/language'

type Kind = 'added' | 'changed' | 'removed'

export const mailTexts = {
  de: {
    confirmSubject: (company: string) => `Bitte bestätigen: Änderungen bei ${company}`,
    confirmIntro: (company: string) =>
      `Sie möchten über Änderungen bei ${company} informiert werden.`,
    confirmAsk:
      'Bitte bestätigen Sie Ihr Abonnement. Ohne Bestätigung wird Ihre Adresse nach 7 Tagen gelöscht.',
    confirmNotYou: 'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.',
    confirmButton: 'Abonnement bestätigen',
    batchSubject: (company: string, n: number) => `${company}: ${n} Änderungen`,
    unsubscribe: 'Abmelden',
    footer: (company: string) =>
      `Sie erhalten diese E-Mail, weil Sie Änderungen bei ${company} im Trust Center abonniert haben.`,
    tomIntro: (company: string, title: string, version: string, date: string) =>
      `${company} hat eine neue Fassung der technischen und organisatorischen Maßnahmen veröffentlicht: „${title}“, Version ${version}, gültig ab ${date}.`,
    tomSummary: (summary: string) => `Was sich ändert: ${summary}`,
    tomSubject: (company: string, version: string, date: string) =>
      `${company}: neue TOM-Version ${version} (gültig ab ${date})`,
    tomLink: 'Änderungen ansehen',
    subKind: {
      added: 'neuer Unterauftragsverarbeiter',
      changed: 'Änderung bei einem Unterauftragsverarbeiter',
      removed: 'Unterauftragsverarbeiter entfällt',
    } satisfies Record<Kind, string>,
    subPurpose: (purpose: string, locations: string) =>
      `Zweck: ${purpose}. Standorte: ${locations}.`,
    subEffective: (date: string) => `Wirksam ab ${date}.`,
    subObject: (date: string, to?: string) =>
      `Einspruch möglich bis ${date}${to ? ` an ${to}` : ''}.`,
    subObjectSubject: (date: string) => `, Einspruch bis ${date}`,
    subLink: 'Unterauftragsverarbeiter ansehen',
    deadline: 'Einspruchsfrist',
  },
  en: {
    confirmSubject: (company: string) => `Please confirm: changes at ${company}`,
    confirmIntro: (company: string) => `You asked to be told about changes at ${company}.`,
    confirmAsk:
      'Please confirm your subscription. Without confirmation your address is deleted after 7 days.',
    confirmNotYou: 'If this was not you, ignore this e-mail.',
    confirmButton: 'Confirm subscription',
    batchSubject: (company: string, n: number) => `${company}: ${n} changes`,
    unsubscribe: 'Unsubscribe',
    footer: (company: string) =>
      `You receive this e-mail because you subscribed to changes at ${company} in the trust center.`,
    tomIntro: (company: string, title: string, version: string, date: string) =>
      `${company} has published a new version of its technical and organisational measures: "${title}", version ${version}, effective ${date}.`,
    tomSummary: (summary: string) => `What changes: ${summary}`,
    tomSubject: (company: string, version: string, date: string) =>
      `${company}: new TOM version ${version} (effective ${date})`,
    tomLink: 'See the changes',
    subKind: {
      added: 'new subprocessor',
      changed: 'subprocessor changed',
      removed: 'subprocessor removed',
    } satisfies Record<Kind, string>,
    subPurpose: (purpose: string, locations: string) =>
      `Purpose: ${purpose}. Locations: ${locations}.`,
    subEffective: (date: string) => `Effective ${date}.`,
    subObject: (date: string, to?: string) =>
      `You may object until ${date}${to ? ` to ${to}` : ''}.`,
    subObjectSubject: (date: string) => `, objections until ${date}`,
    subLink: 'See the subprocessors',
    deadline: 'Objection deadline',
  },
} satisfies Record<Locale, unknown>
