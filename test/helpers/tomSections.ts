/** The smallest TOM document body the collection takes: one category, one control, one measure. */
export const oneMeasure = (measure = 'Alarmanlage') => [
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
