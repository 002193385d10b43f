import type { SubprocessorChanges } from '@trust-center/core/integration-schema'
import type {
  PublishedCompany,
  PublishedSubprocessorEvent,
} from '@trust-center/core/published-schema'
import { buildDay, eventAnchor } from './data'

export const objectionContactOf = (company: PublishedCompany) =>
  company.privacyContact?.dpoEmail ?? company.privacyContact?.email

/** A published change event as `/{company}/subprocessors/changes.json` states it. */
export function changeEvent(
  company: PublishedCompany,
  e: PublishedSubprocessorEvent,
  site: URL,
): SubprocessorChanges['events'][number] {
  return {
    id: e.id,
    url: new URL(`/${company.slug}/subprocessors/#${eventAnchor(e)}`, site).href,
    kind: e.kind,
    material: e.material,
    imported: e.imported,
    subprocessor: e.snapshot.name,
    fieldsChanged: e.changes.map((c) => c.field),
    changes: e.changes,
    snapshot: e.snapshot,
    ...(e.note ? { note: e.note } : {}),
    announcedAt: e.announcedAt,
    objectionDeadline: e.objectionDeadline ?? null,
    effectiveAt: e.effectiveAt,
    objectionOpen: Boolean(e.material && e.objectionDeadline && e.objectionDeadline >= buildDay),
  }
}
