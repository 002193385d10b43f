import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

type Data<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>
/** A collection's create data with the fields Payload fills on create (defaults, hooks) left optional. */
type Filled<S extends CollectionSlug, K extends keyof Data<S>> = Omit<Data<S>, K> &
  Partial<Pick<Data<S>, K>>

/**
 * The generated types require every field the schema requires, also those Payload fills itself
 * on create: a company's notice period and locale have defaults, a TOM version's `version` is
 * derived from its effective date, and a TOM version or subprocessor starts as a draft. These helpers let a test leave
 * them out and still have the rest of its data checked.
 */
export const companyData = (data: Filled<'companies', 'noticePeriodDays' | 'locale'>) =>
  data as Data<'companies'>
export const subprocessorData = (data: Filled<'subprocessors', 'status'>) =>
  data as Data<'subprocessors'>
export const tomVersionData = (data: Filled<'tom-versions', 'version' | 'status'>) =>
  data as Data<'tom-versions'>
