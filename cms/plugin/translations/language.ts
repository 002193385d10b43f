import type { PayloadRequest } from 'payload'

export type Language = 'de' | 'en'

/** The language Payload chose for this request (user setting, cookie or Accept-Language); English otherwise. */
export function languageOf(req: Pick<PayloadRequest, 'i18n'> | undefined): Language {
  const language = req?.i18n?.language
  return language === 'de' ? 'de' : 'en'
}
