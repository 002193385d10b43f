import type { SelectField } from 'payload'

/** The language a reader, company or endpoint owner is written to in: German (default) or English. */
export const localeField = (extra: Pick<SelectField, 'required' | 'admin'> = {}): SelectField => ({
  name: 'locale',
  type: 'select',
  ...extra,
  defaultValue: 'de',
  options: [
    { label: 'Deutsch', value: 'de' },
    { label: 'English', value: 'en' },
  ],
})
