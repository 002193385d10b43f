import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import { type Doc, populated } from '../utilities/doc'

const day = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, 10) : null)

/**
 * The JSON body of a webhook for an event ("subprocessor-event:12", "tom-version:3"), built from
 * the stored records, so every attempt sends the same body. Subprocessor events carry the fields
 * of /{company}/subprocessors/changes.json.
 */
export async function eventPayload(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  eventKey: string,
): Promise<{ type: string; timestamp: string; data: Doc }> {
  const [kind, id] = eventKey.split(':')
  const { siteUrl } = options.notifications
  if (kind === 'subprocessor-event' && id) {
    const e = await req.payload.findByID({
      collection: options.slugs.subprocessorEvents,
      id,
      depth: 1,
      req,
    })
    const company = populated(e.company, 'company')
    // JSON fields: written by the plugin's own hook (hooks/subprocessorEvents.ts) in these shapes.
    const snapshot = e.snapshot as Doc
    const changes = (e.changes as Array<{ field: string; from: unknown; to: unknown }> | null) ?? []
    return {
      type: `subprocessor.${String(e.kind)}`,
      timestamp: String(e.createdAt),
      data: {
        company: { slug: company.slug, name: company.name },
        id: String(e.id),
        url: `${siteUrl}/${String(company.slug)}/subprocessors/#event-${String(e.id)}`,
        kind: e.kind,
        material: e.material === true,
        subprocessor: snapshot.name,
        fieldsChanged: changes.map((c) => c.field),
        changes,
        snapshot,
        note: e.note ?? null,
        announcedAt: day(e.announcedAt),
        objectionDeadline: day(e.objectionDeadline),
        effectiveAt: day(e.effectiveAt),
        changesJson: `${siteUrl}/${String(company.slug)}/subprocessors/changes.json`,
      },
    }
  }
  if (kind !== 'tom-version' || !id) throw new Error(`Unknown webhook event ${eventKey}`)
  const v = await req.payload.findByID({
    collection: options.slugs.tomVersions,
    id,
    depth: 1,
    req,
  })
  const company = populated(v.company, 'company')
  const base = `${siteUrl}/${String(company.slug)}/toms/${String(v.version)}`
  return {
    type: 'toms.published',
    timestamp: String(v.publishedAt ?? v.updatedAt),
    data: {
      company: { slug: company.slug, name: company.name },
      version: v.version,
      title: v.title,
      effectiveDate: day(v.effectiveDate),
      changeKind: v.changeKind ?? null,
      changeSummary: v.changeSummary ?? null,
      fingerprint: v.fingerprint ?? null,
      url: `${base}/`,
      changes: `${base}/changes/`,
      json: `${base}.json`,
    },
  }
}
