import type { TomVersion } from '../../cms/payload-types'

/** A TOM version's body as the collection stores it. */
export type TomSections = TomVersion['sections']

/** The smallest TOM document body the collection takes: one category, one control, one measure. */
export const oneMeasure = (measure = 'Alarmanlage'): TomSections => [
  {
    heading: 'Vertraulichkeit',
    category: 'confidentiality',
    controls: [
      {
        heading: 'Zutrittskontrolle',
        category: 'physical-access',
        measures: [{ text: measure }],
        groups: [],
      },
    ],
  },
]
