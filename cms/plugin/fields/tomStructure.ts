import type { Field } from 'payload'
import { categoryFields } from './categoryField'

/**
 * The structure of a TOM version (docs/architecture.md, "Domain model and rules") as Payload fields. It mirrors the zod schema in
 * domain/tom-schema.ts; test/integration checks that a parsed document survives a round trip.
 */

/**
 * Collapsed rows are labelled by their heading or text (not "Control 03"), and their fields are
 * rendered only once opened (LazyRowsArrayField): a 60-measure version opens as a list of headings.
 */
const ROW_COMPONENTS = {
  RowLabel: '@trust-center/payload-plugin/client#TomRowLabel',
  Field: '@trust-center/payload-plugin/client#LazyRowsArrayField',
}

const measures = (): Field => ({
  name: 'measures',
  type: 'array',
  labels: { singular: 'Measure', plural: 'Measures' },
  // Explained once per list, not under each of 60 measures.
  admin: {
    components: ROW_COMPONENTS,
    description:
      '"Written as prose": the document describes the measure in a paragraph, not as a list item.',
  },
  fields: [
    { name: 'text', type: 'textarea', required: true },
    {
      type: 'row',
      fields: [
        { name: 'detail', type: 'textarea', admin: { width: '75%' } },
        { name: 'prose', type: 'checkbox', admin: { width: '25%' } },
      ],
    },
  ],
})

const columns = (): Field => ({
  name: 'columns',
  type: 'json',
  admin: {
    description:
      'Column headings when the measures come from a table, e.g. ["Maßnahmen", "Beschreibung"].',
  },
})

const groups = (): Field => ({
  name: 'groups',
  type: 'array',
  labels: { singular: 'Scope group', plural: 'Scope groups' },
  admin: {
    initCollapsed: true,
    components: ROW_COMPONENTS,
    description:
      'Measures that apply to one scope, e.g. "In Datenzentren" or "Betriebssystemebene".',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', admin: { width: '20%' } },
        { name: 'label', type: 'text', required: true, admin: { width: '80%' } },
      ],
    },
    { name: 'text', type: 'textarea' },
    columns(),
    measures(),
    { name: 'note', type: 'textarea' },
  ],
})

const controls = (): Field => ({
  name: 'controls',
  type: 'array',
  labels: { singular: 'Control', plural: 'Controls' },
  // Collapsed: a 60-measure version opens as a list of headings, not a 25,000 px form.
  admin: { initCollapsed: true, components: ROW_COMPONENTS },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', admin: { width: '20%' } },
        { name: 'heading', type: 'text', required: true, admin: { width: '80%' } },
      ],
    },
    { type: 'row', fields: categoryFields() },
    { name: 'legalBasis', type: 'text' },
    {
      name: 'implicit',
      type: 'checkbox',
      admin: {
        description: 'The document lists these measures directly under the section heading.',
      },
    },
    { name: 'text', type: 'textarea' },
    columns(),
    measures(),
    { name: 'note', type: 'textarea' },
    groups(),
  ],
})

export const tomStructureFields = (): Field[] => [
  { name: 'preamble', type: 'textarea' },
  {
    name: 'sections',
    type: 'array',
    required: true,
    minRows: 1,
    labels: { singular: 'Section', plural: 'Sections' },
    admin: { initCollapsed: true, components: ROW_COMPONENTS },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'number', type: 'text', admin: { width: '20%' } },
          { name: 'heading', type: 'text', required: true, admin: { width: '80%' } },
        ],
      },
      { type: 'row', fields: categoryFields() },
      { name: 'legalBasis', type: 'text' },
      { name: 'text', type: 'textarea' },
      controls(),
    ],
  },
  { name: 'closing', type: 'textarea' },
]
