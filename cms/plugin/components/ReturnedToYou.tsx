import type { Payload, TypedUser } from 'payload'
import type { DASHBOARD_TEXTS } from '../translations/dashboard'
import type { TrustCenterSlugs } from '../types'
import { idOf } from '../utilities/doc'

type Texts = (typeof DASHBOARD_TEXTS)['en']
interface LogEntry {
  action?: string
  by?: unknown
  comment?: string | null
}
/** A TOM version or subprocessor change as read here: who edited it and its review steps. */
interface Reviewed {
  id: string | number
  lastEditedBy?: unknown
  reviewLog?: LogEntry[] | null
}
interface Returned {
  id: string | number
  label: string
  href: string
  comment: string | null
  by: unknown
}

/**
 * The drafts a reviewer sent back (their last review step is "changes requested") that the user
 * edited last or submitted, newest first: TOM versions and subprocessor changes.
 */
async function returnedTo(
  payload: Payload,
  user: TypedUser,
  slugs: Pick<TrustCenterSlugs, 'tomVersions' | 'subprocessors'>,
  admin: string,
): Promise<Returned[]> {
  const me = String(user.id)
  const mine = (doc: Reviewed, log: LogEntry[]) =>
    (doc.lastEditedBy != null && idOf(doc.lastEditedBy) === me) ||
    log.some((e) => e.action === 'submitted' && e.by != null && idOf(e.by) === me)
  const query = { pagination: false, depth: 0, sort: '-updatedAt', user, overrideAccess: false }
  const [versions, changes] = await Promise.all([
    payload.find({
      ...query,
      collection: slugs.tomVersions,
      where: { status: { equals: 'draft' } },
      select: { title: true, version: true, lastEditedBy: true, reviewLog: true },
    }),
    payload.find({
      ...query,
      collection: slugs.subprocessors,
      draft: true,
      where: { reviewStatus: { equals: 'draft' } },
      select: { name: true, lastEditedBy: true, reviewLog: true },
      disableErrors: true,
    }),
  ])
  const found: Returned[] = []
  const add = (doc: Reviewed, label: string, slug: string) => {
    const log = doc.reviewLog ?? []
    const last = log.at(-1)
    if (last?.action !== 'changes-requested' || !mine(doc, log)) return
    const href = `${admin}/collections/${slug}/${String(doc.id)}`
    found.push({ id: doc.id, label, href, comment: last.comment ?? null, by: last.by })
  }
  for (const doc of versions.docs) add(doc, `${doc.title} (${doc.version})`, slugs.tomVersions)
  for (const doc of changes?.docs ?? []) add(doc, doc.name, slugs.subprocessors)
  return found
}

/** Reviewers' names only (an editor may not read other users' records, but sees who sent back). */
async function namesOf(payload: Payload, usersSlug: TrustCenterSlugs['users'], refs: unknown[]) {
  const ids = [...new Set(refs.filter((r) => r != null).map(idOf))]
  if (ids.length === 0) return new Map<string, string>()
  const people = await payload.find({
    collection: usersSlug,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
  })
  return new Map(people.docs.map((p) => [String(p.id), String(p.name ?? '')]))
}

/** The dashboard's card of drafts returned to the signed-in user, with each reviewer's comment. */
export async function ReturnedToYou({
  payload,
  user,
  slugs,
  t,
}: {
  payload: Payload
  user: TypedUser
  slugs: Pick<TrustCenterSlugs, 'tomVersions' | 'subprocessors' | 'users'>
  t: Texts
}) {
  const returned = await returnedTo(payload, user, slugs, payload.config.routes.admin)
  const names = await namesOf(
    payload,
    slugs.users,
    returned.map((r) => r.by),
  )
  if (returned.length === 0) return <p>{t.noneReturned}</p>
  return (
    <ul style={{ paddingLeft: 16 }}>
      {returned.map((r) => {
        const name = r.by != null ? names.get(idOf(r.by)) : undefined
        return (
          <li key={r.href}>
            <a href={r.href}>{r.label}</a>
            {r.comment && (
              <blockquote style={{ margin: '4px 0 8px', overflowWrap: 'anywhere' }}>
                {name ? `${name}: ` : ''}
                {t.quote(r.comment)}
              </blockquote>
            )}
          </li>
        )
      })}
    </ul>
  )
}
