import type { CollectionConfig, Field, GlobalConfig } from 'payload'

const notUi = (field: Field) => field.type !== 'ui' // admin-only widgets, no column

/** A field without hooks, its sub-fields (groups, arrays, blocks, rows, tabs) too. */
function fieldWithoutHooks(field: Field): Field {
  const { hooks: _hooks, ...rest } = field as Field & { hooks?: unknown }
  const copy = { ...rest } as Record<string, unknown>
  if (Array.isArray(copy.fields))
    copy.fields = (copy.fields as Field[]).filter(notUi).map(fieldWithoutHooks)
  if (Array.isArray(copy.tabs))
    copy.tabs = (copy.tabs as Array<{ fields: Field[] }>).map((tab) => ({
      ...tab,
      fields: tab.fields.filter(notUi).map(fieldWithoutHooks),
    }))
  if (Array.isArray(copy.blocks))
    copy.blocks = (copy.blocks as Array<{ fields: Field[] }>).map((block) => ({
      ...block,
      fields: block.fields.filter(notUi).map(fieldWithoutHooks),
    }))
  // Rebuilt from any of Payload's field kinds: TypeScript cannot follow the copy back into the union.
  return copy as unknown as Field
}

/**
 * The schema of a collection or global without what it does: no hooks (collection- and
 * field-level), no endpoints, no admin components that call them. `enabled: false` keeps the
 * plugin's tables so that turning it off and on again loses no data and needs no migration.
 */
export function withoutBehaviour<T extends CollectionConfig | GlobalConfig>(config: T): T {
  const admin = config.admin ? { ...config.admin, components: undefined } : undefined
  return {
    ...config,
    hooks: undefined,
    endpoints: undefined,
    admin,
    fields: config.fields.filter(notUi).map(fieldWithoutHooks),
  }
}
