import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

type Data<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>
/** A collection's create data with the fields Payload fills on create (defaults, hooks) left optional. */
type Filled<S extends CollectionSlug, K extends keyof Data<S>> = Omit<Data<S>, K> &
  Partial<Pick<Data<S>, K>>

/**
 * The generated types require every field the schema requires, also those Payload fills itself
 * on create: a company's notice period and locale have defaults, a TOM version's `version` is
 * derived from its effective date, a TOM version or subprocessor starts as a draft, a
 * subprocessor's safeguard defaults to the EU/EEA, a subscriber's locale and a webhook owner's
 * confirmation have defaults. These helpers let a test leave
 * them out and still have the rest of its data checked.
 */
export const companyData = (data: Filled<'companies', 'noticePeriodDays' | 'locale'>) =>
  data as Data<'companies'>
export const subprocessorData = (data: Filled<'subprocessors', 'status' | 'transferSafeguard'>) =>
  data as Data<'subprocessors'>
export const subscriberData = (data: Filled<'subscribers', 'locale'>) => data as Data<'subscribers'>
export const webhookEndpointData = (data: Filled<'webhook-endpoints', 'ownerEmailStatus'>) =>
  data as Data<'webhook-endpoints'>
export const tomVersionData = (data: Filled<'tom-versions', 'version' | 'status'>) =>
  data as Data<'tom-versions'>
