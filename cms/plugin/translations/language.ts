import type { PayloadRequest } from 'payload'

export type Locale = 'de' | 'en'

/** The language Payload chose for this request (user setting, cookie or Accept-Language); English otherwise. */
export function languageOf(req: Pick<PayloadRequest, 'i18n'> | undefined): Locale {
  const language = req?.i18n?.language
  return language === 'de' ? 'de' : 'en'
}
