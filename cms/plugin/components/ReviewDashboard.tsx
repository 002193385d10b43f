import type { ServerProps } from 'payload'
import type { TrustCenterSlugs } from '../types'
import { DASHBOARD_TEXTS } from '../translations/dashboard'
import { AnnouncedChanges } from './AnnouncedChanges'
import { ReturnedToYou } from './ReturnedToYou'

const card = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  background: 'var(--theme-elevation-50)',
}

/**
 * The dashboard's first row: versions awaiting review, drafts returned to the signed-in user with
 * the reviewer's comment, announced subprocessor changes with their objection deadlines (and, for
 * legal, the objections to each), and whether the last site build is online.
 */
// Long: one admin component whose state and markup go together; to be split into smaller
// components (docs/architecture.md, "Functions that fit a screen").
export async function ReviewDashboard({
  payload,
  i18n,
  user,
  slugs,
}: ServerProps & {
  slugs: Pick<
    TrustCenterSlugs,
    'tomVersions' | 'subprocessors' | 'subprocessorEvents' | 'objections' | 'buildStatus' | 'users'
  >
}) {
  if (!user || !payload) return null
  const language = i18n?.language === 'de' ? 'de' : 'en'
  const t = DASHBOARD_TEXTS[language]
  const admin = payload.config.routes.admin
  const [awaiting, changes, announced, build] = await Promise.all([
    payload.find({
      collection: slugs.tomVersions,
      where: { status: { equals: 'in-review' } },
      depth: 1,
      limit: 20,
      sort: 'updatedAt',
      select: { title: true, version: true, company: true, updatedAt: true },
      user,
      overrideAccess: false,
    }),
    // Pending subprocessor changes are drafts: their latest version says whether they are in review.
    payload.find({
      collection: slugs.subprocessors,
      draft: true,
      where: { reviewStatus: { equals: 'in-review' } },
      depth: 1,
      limit: 20,
      sort: 'updatedAt',
      select: { name: true, company: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    }),
    payload.find({
      collection: slugs.subprocessorEvents,
      where: { objectionDeadline: { greater_than_equal: new Date().toISOString() } },
      depth: 0,
      limit: 20,
      sort: 'objectionDeadline',
      select: { title: true, objectionDeadline: true, effectiveAt: true },
      user,
      overrideAccess: false,
      // A role without read access sees an empty list; a database error still fails the page.
      disableErrors: true,
    }),
    payload.findGlobal({
      slug: slugs.buildStatus,
      depth: 0,
      user,
      overrideAccess: false,
      disableErrors: true,
    }),
  ])
  const state = build?.state ?? 'idle'
  return (
    <div
      className="trust-center-dashboard"
      style={{
        display: 'grid',
        gap: 16,
        gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
        marginBottom: 32,
      }}
    >
      <section aria-label={t.awaiting} style={card}>
        <h3 style={{ marginTop: 0 }}>
          {t.awaiting} ({awaiting.totalDocs + changes.totalDocs})
        </h3>
        {awaiting.docs.length + changes.docs.length === 0 ? (
          <p>{t.noneAwaiting}</p>
        ) : (
          <ul style={{ paddingLeft: 16 }}>
            {awaiting.docs.map((doc) => {
              const company = typeof doc.company === 'object' ? doc.company : undefined
              return (
                <li key={doc.id}>
                  <a href={`${admin}/collections/${slugs.tomVersions}/${doc.id}`}>
                    {company?.name ? `${company.name}: ` : ''}
                    {doc.title} ({doc.version})
                  </a>
                </li>
              )
            })}
            {changes.docs.map((v) => {
              const doc = v as unknown as { id: string; name: string; company?: { name?: string } }
              return (
                <li key={`s${doc.id}`}>
                  <a href={`${admin}/collections/${slugs.subprocessors}/${doc.id}`}>
                    {doc.company?.name ? `${doc.company.name}: ` : ''}
                    {doc.name} ({t.subprocessorChange})
                  </a>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <section aria-label={t.returned} className="trust-center-returned" style={card}>
        <h3 style={{ marginTop: 0 }}>{t.returned}</h3>
        <ReturnedToYou payload={payload} user={user} slugs={slugs} t={t} />
      </section>
      <section aria-label={t.announced} style={card}>
        <h3 style={{ marginTop: 0 }}>{t.announced}</h3>
        <AnnouncedChanges
          payload={payload}
          user={user}
          changes={announced.docs as never}
          language={language}
          t={t}
          slugs={slugs}
        />
      </section>
      <section aria-label={t.build} style={card}>
        <h3 style={{ marginTop: 0 }}>{t.build}</h3>
        <p>
          <strong>{t.states[state as keyof typeof t.states] ?? state}</strong>
          {build?.finishedAt ? ` — ${new Date(build.finishedAt).toLocaleString(language)}` : ''}
        </p>
        <a href={`${admin}/globals/${slugs.buildStatus}`}>{t.details}</a>
      </section>
    </div>
  )
}
