import type { Field } from 'payload'
import { CATEGORIES } from '@trust-center/core/taxonomy'

const options = CATEGORIES.map((c) => ({ label: `${c.de} / ${c.en}`, value: c.key }))

/** The Art. 32 category of a section or control (cms/domain/taxonomy.ts), plus further ones it covers. */
export const categoryFields = (): Field[] => [
  {
    name: 'category',
    type: 'select',
    required: true,
    defaultValue: 'other',
    options,
    admin: { width: '50%' },
  },
  { name: 'alsoCovers', type: 'select', hasMany: true, options, admin: { width: '50%' } },
]
