import type { ServerProps } from 'payload'
import { DASHBOARD_TEXTS } from '../translations/dashboard'
import { AnnouncedChanges } from './AnnouncedChanges'
import { AwaitingReview } from './dashboard/AwaitingReview'
import { dashboardData, type DashboardSlugs } from './dashboard/dashboardData'
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
export async function ReviewDashboard({
  payload,
  i18n,
  user,
  slugs,
}: ServerProps & { slugs: DashboardSlugs }) {
  if (!user || !payload) return null
  const language = i18n?.language === 'de' ? 'de' : 'en'
  const t = DASHBOARD_TEXTS[language]
  const admin = payload.config.routes.admin
  const { versions, changes, announced, build } = await dashboardData(payload, user, slugs)
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
          {t.awaiting} ({versions.totalDocs + changes.totalDocs})
        </h3>
        <AwaitingReview admin={admin} changes={changes} slugs={slugs} t={t} versions={versions} />
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
          changes={announced.docs}
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
