import type { CollectionBeforeValidateHook } from 'payload'

/** The version slug defaults to the effective date, YYYY-MM-DD (docs/architecture.md, "Domain model and rules"). */
export const defaultVersionSlug: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || data.version) return data
  const date = data.effectiveDate ? new Date(String(data.effectiveDate)) : null
  if (date && !Number.isNaN(date.getTime())) data.version = date.toISOString().slice(0, 10)
  return data
}
