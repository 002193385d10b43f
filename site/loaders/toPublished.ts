import type {
  PublishedCompany,
  PublishedSubprocessor,
  PublishedSubprocessorEvent,
  PublishedTomVersion,
} from '@trust-center/core/published-schema'

/** Payload documents → the plain shapes of domain/published-schema.ts (validated by the loader). */

/** A Payload document as the loader reads it (any app's slugs, so not the generated types). */
export type Doc = Record<string, unknown>

const day = (value: unknown) =>
  typeof value === 'string' && value ? value.slice(0, 10) : undefined
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** Drops Payload's array row ids and empty values (null), which the site has no use for. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean)
  if (value && typeof value === 'object') {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value))
      if (k !== 'id' && v !== null && v !== undefined) out[k] = clean(v)
    return out
  }
  return value
}

/** An optional group with nothing filled in is left out (Payload stores empty groups as nulls and []). */
function present(group: unknown): Doc | undefined {
  const values = Object.entries((group as Doc | null) ?? {}).filter(
    ([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
  )
  return values.length > 0 ? Object.fromEntries(values) : undefined
}

/** A media document as the site needs it: where the original file is and its alternative text. */
export interface LogoFile {
  src: string
  alt: string
}

export function toPublishedCompany(doc: Doc, logo?: LogoFile): PublishedCompany {
  return clean({
    slug: doc.slug,
    name: doc.name,
    legalName: text(doc.legalName),
    address: text(doc.address),
    website: text(doc.website),
    description: text(doc.description),
    locale: doc.locale,
    noticePeriodDays: doc.noticePeriodDays,
    example: doc.example === true,
    logo,
    brand: doc.brand
      ? { accent: text((doc.brand as Doc).accent), accentDark: text((doc.brand as Doc).accentDark) }
      : undefined,
    privacyContact: doc.privacyContact,
    certifications: ((doc.certifications as Doc[] | undefined) ?? []).map((c) => ({
      ...c,
      validUntil: day(c.validUntil),
    })),
    dataAct: present(doc.dataAct),
    updatedAt: doc.updatedAt,
  }) as PublishedCompany
}

export function toPublishedTomVersion(doc: Doc, companySlug: string): PublishedTomVersion {
  const source = doc.source as Doc | undefined
  return clean({
    company: companySlug,
    version: doc.version,
    title: doc.title,
    status: doc.status,
    effectiveDate: day(doc.effectiveDate),
    publishedAt: text(doc.publishedAt),
    changeSummary: text(doc.changeSummary),
    changeKind: doc.changeKind ?? undefined,
    preamble: text(doc.preamble),
    sections: doc.sections,
    closing: text(doc.closing),
    sourceFilename: text(source?.filename),
    fingerprint: text(doc.fingerprint),
    updatedAt: doc.updatedAt,
  }) as PublishedTomVersion
}

export function toPublishedSubprocessor(doc: Doc, companySlug: string): PublishedSubprocessor {
  return clean({
    company: companySlug,
    name: doc.name,
    legalEntity: text(doc.legalEntity),
    address: text(doc.address),
    website: text(doc.website),
    purpose: doc.purpose,
    dataCategories: doc.dataCategories ?? [],
    locations: doc.locations ?? [],
    transferSafeguard: doc.transferSafeguard,
    dora: present(doc.dora),
    status: doc.status,
    announcedAt: day(doc.announcedAt),
    effectiveFrom: day(doc.effectiveFrom),
    endedAt: day(doc.endedAt),
    updatedAt: doc.updatedAt,
  }) as PublishedSubprocessor
}

export function toPublishedSubprocessorEvent(
  doc: Doc,
  companySlug: string,
): PublishedSubprocessorEvent {
  const event = clean({
    company: companySlug,
    kind: doc.kind,
    material: doc.material === true,
    imported: doc.imported === true,
    title: doc.title,
    note: text(doc.note),
    changes: doc.changes ?? [],
    snapshot: doc.snapshot,
    announcedAt: day(doc.announcedAt),
    objectionDeadline: day(doc.objectionDeadline),
    effectiveAt: day(doc.effectiveAt),
  }) as Omit<PublishedSubprocessorEvent, 'id'>
  return { ...event, id: String(doc.id) } // after clean(), which drops storage row ids
}
