import type { DateField, Field, GlobalConfig } from 'payload'

type Appearance = NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']

/**
 * date-fns's localised patterns, so the date picker writes a date the way the user's language
 * does ("1. März 2026" / "Mar 1, 2026"); Payload's defaults are fixed US patterns ("MM/dd/yyyy").
 */
const LOCAL_FORMATS: Record<NonNullable<Appearance>, string> = {
  default: 'PP',
  dayOnly: 'PP',
  dayAndTime: 'PPp',
  timeOnly: 'p',
  monthOnly: 'LLLL yyyy',
}

/**
 * What people type besides the displayed pattern: the numeric German form (1.4.2027 is the 1st of
 * April — without these the picker fell back to `new Date()`, which read it as the 4th of January)
 * and ISO dates (and the US M/d/yyyy Payload expected before). react-datepicker shows a date in the first pattern of its list and reads typing
 * with each; dotted dates are day-first in every language that writes them.
 */
const TYPED_FORMATS: Record<NonNullable<Appearance>, string[]> = {
  default: ['M/d/yyyy', 'd.M.yy', 'd.M.yyyy', 'yyyy-MM-dd'],
  dayOnly: ['M/d/yyyy', 'd.M.yy', 'd.M.yyyy', 'yyyy-MM-dd'],
  dayAndTime: ['d.M.yyyy H:mm', 'yyyy-MM-dd H:mm', 'd.M.yyyy', 'yyyy-MM-dd'],
  timeOnly: ['H:mm'],
  monthOnly: ['M.yyyy', 'yyyy-MM'],
}

/** Every date field without its own display format gets the localised one for its appearance. */
export function withLocalDates(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date' && !field.admin?.date?.displayFormat) {
      const appearance = field.admin?.date?.pickerAppearance ?? 'default'
      return {
        ...field,
        admin: {
          ...field.admin,
          date: {
            ...field.admin?.date,
            displayFormat: LOCAL_FORMATS[appearance],
            overrides: {
              ...field.admin?.date?.overrides,
              dateFormat: [LOCAL_FORMATS[appearance], ...TYPED_FORMATS[appearance]],
            },
          },
        },
      }
    }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withLocalDates(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withLocalDates(tab.fields) })),
      }
    return field
  })
}

export const localDatesGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  fields: withLocalDates(global.fields),
})
