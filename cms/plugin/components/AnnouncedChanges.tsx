import type { Payload, TypedUser } from 'payload'
import { DASHBOARD_TEXTS } from '../translations/dashboard'
import type { TrustCenterSlugs } from '../types'

type Texts = (typeof DASHBOARD_TEXTS)['en']
interface Change {
  id: string | number
  title: string
  objectionDeadline?: string | null
  effectiveAt: string
}

const day = (value: unknown, language: string) =>
  value ? new Date(String(value)).toLocaleDateString(language, { dateStyle: 'medium' }) : '—'

/** The objections list's filter for the confirmed objections to one change (what is counted). */
const confirmedOf = (id: string | number) =>
  `where[and][0][event][equals]=${encodeURIComponent(String(id))}&where[and][1][status][equals]=confirmed`

/** Confirmed objections per change, in one query (legal and admins only see objections). */
async function objectionCounts(
  payload: Payload,
  collection: TrustCenterSlugs['objections'],
  changes: Change[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (changes.length === 0) return counts
  const found = await payload.find({
    collection,
    where: {
      and: [{ event: { in: changes.map((c) => c.id) } }, { status: { equals: 'confirmed' } }],
    },
    select: { event: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const o of found.docs) {
    const key = String(o.event)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * The dashboard's card of announced subprocessor changes with their deadlines; for legal and
 * admins with the number of confirmed objections to each (a link to them) and the CSV exports.
 */
export async function AnnouncedChanges({
  payload,
  user,
  changes,
  language,
  t,
  slugs,
}: {
  payload: Payload
  user: TypedUser
  changes: Change[]
  language: string
  t: Texts
  slugs: Pick<TrustCenterSlugs, 'subprocessorEvents' | 'objections'>
}) {
  const role = (user as { role?: string }).role
  const legal = role === 'legal' || role === 'admin'
  const counts = legal ? await objectionCounts(payload, slugs.objections, changes) : null
  const admin = payload.config.routes.admin
  const csv = `${payload.config.serverURL}${payload.config.routes.api}/trust-center/objections.csv`
  return (
    <>
      {changes.length === 0 ? (
        <p>{t.noneAnnounced}</p>
      ) : (
        <ul style={{ paddingLeft: 16 }}>
          {changes.map((c) => {
            const n = counts?.get(String(c.id)) ?? 0
            return (
              <li key={c.id} data-change={c.id}>
                <a href={`${admin}/collections/${slugs.subprocessorEvents}/${c.id}`}>{c.title}</a> —{' '}
                {t.deadline} {day(c.objectionDeadline, language)}, {t.effective}{' '}
                {day(c.effectiveAt, language)}
                {counts && (
                  <>
                    {' · '}
                    <a
                      className="objection-count"
                      href={`${admin}/collections/${slugs.objections}?${confirmedOf(c.id)}`}
                    >
                      {n} {n === 1 ? t.objection : t.objections}
                    </a>
                    {n > 0 && (
                      <>
                        {' '}
                        (<a href={`${csv}?event=${c.id}`}>{t.objectionsCsv}</a>)
                      </>
                    )}
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {legal && (
        <p>
          <a href={csv}>{t.allObjectionsCsv}</a>
        </p>
      )}
    </>
  )
}
