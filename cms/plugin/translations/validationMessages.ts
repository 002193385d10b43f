import type { Locale } from './language'

/** The field validators' messages (fields/validators.ts), in the admin's languages. `{x}` is filled in. */
export const VALIDATION_MESSAGES = {
  required: { en: 'This field is required.', de: 'Dieses Feld ist erforderlich.' },
  slugRequired: {
    en: 'Required: a slug such as "acme-gmbh".',
    de: 'Erforderlich: ein Kurzname wie „acme-gmbh“.',
  },
  slugTooLong: {
    en: 'A slug has at most 64 characters.',
    de: 'Ein Kurzname hat höchstens 64 Zeichen.',
  },
  slugReserved: {
    en: '"{value}" is a path of the site itself ({reserved}); choose another slug.',
    de: '„{value}“ ist ein Pfad der Website selbst ({reserved}); wählen Sie einen anderen Kurznamen.',
  },
  slugCharacters: {
    en: 'Use lower-case letters, digits and single hyphens only, e.g. "acme-gmbh".',
    de: 'Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. „acme-gmbh“.',
  },
  // short: the field's hint beneath already says an empty version is taken from the date
  versionRequired: {
    en: 'Required, e.g. "2026-06-01".',
    de: 'Erforderlich, z. B. „2026-06-01“.',
  },
  versionCharacters: {
    en: 'Use lower-case letters, digits, dots and hyphens, e.g. "2026-06-01".',
    de: 'Nur Kleinbuchstaben, Ziffern, Punkte und Bindestriche, z. B. „2026-06-01“.',
  },
  countryRequired: {
    en: 'Required: at least one country code such as "DE".',
    de: 'Erforderlich: mindestens ein Ländercode wie „DE“.',
  },
  countryInvalid: {
    en: 'Not an ISO 3166-1 alpha-2 country code: {codes} (use e.g. "DE", "FR", "US").',
    de: 'Kein Ländercode nach ISO 3166-1 alpha-2: {codes} (z. B. „DE“, „FR“, „US“).',
  },
  urlScheme: { en: 'Use an http(s) address.', de: 'Bitte eine http(s)-Adresse angeben.' },
  urlInvalid: {
    en: 'Not a valid web address; include https://.',
    de: 'Keine gültige Webadresse; bitte mit https:// angeben.',
  },
  emailInvalid: { en: 'Not a valid e-mail address.', de: 'Keine gültige E-Mail-Adresse.' },
  dateInvalid: { en: 'Not a valid date.', de: 'Kein gültiges Datum.' },
  notBefore: { en: 'Must not be before {label}.', de: 'Darf nicht vor {label} liegen.' },
  leiInvalid: {
    en: 'Not a valid LEI: 20 characters (upper-case letters and digits) whose last two are ISO 17442 check digits.',
    de: 'Keine gültige LEI: 20 Zeichen (Großbuchstaben und Ziffern), deren letzte zwei Prüfziffern nach ISO 17442 sind.',
  },
  notText: { en: 'Must be text.', de: 'Muss Text sein.' },
  nameTooLong: {
    en: 'A name has at most 200 characters.',
    de: 'Ein Name hat höchstens 200 Zeichen.',
  },
  nameHidden: {
    en: 'Contains an invisible or control character ({code}) at position {position}; remove it.',
    de: 'Enthält ein unsichtbares oder Steuerzeichen ({code}) an Position {position}; bitte entfernen.',
  },
} satisfies Record<string, Record<Locale, string>>

export type ValidationMessage = keyof typeof VALIDATION_MESSAGES

export function validationMessage(
  key: ValidationMessage,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return VALIDATION_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  )
}
