import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'

/**
 * Payload keeps has-many text and number fields (a subprocessor's locations and data categories)
 * in `{collection}_texts` / `_numbers` tables indexed on (order, parent_id) only. Every read of a
 * document looks its values up by parent_id, which that index cannot serve, so SQLite scanned the
 * whole table per read: loading 21,000 subprocessors took 21 s (1.6 s with this index), and
 * seeding slowed down as the table grew. This adds an index on parent_id to each such table.
 */
export const indexHasManyParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!/_(texts|numbers)$/.test(name) || !('parent' in table)) continue
    extendTable({
      table,
      extraConfig: (t) => ({ parentIdx: index(`${name}_parent_idx`).on(t.parent) }),
    })
  }
  return schema
}
