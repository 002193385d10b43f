import type { DASHBOARD_TEXTS } from '../../translations/dashboard'
import type { DashboardData, DashboardSlugs } from './dashboardData'

type Texts = (typeof DASHBOARD_TEXTS)['en']
/** The company's name before the title, when the company was read with the document. */
const companyName = (company: number | { name?: string | null } | null | undefined) =>
  typeof company === 'object' && company?.name ? `${company.name}: ` : ''

/** The TOM versions and subprocessor changes in review, each linked to its document. */
export function AwaitingReview({
  versions,
  changes,
  admin,
  slugs,
  t,
}: Pick<DashboardData, 'versions' | 'changes'> & {
  admin: string
  slugs: DashboardSlugs
  t: Texts
}) {
  if (versions.docs.length + changes.docs.length === 0) return <p>{t.noneAwaiting}</p>
  return (
    <ul style={{ paddingLeft: 16 }}>
      {versions.docs.map((doc) => (
        <li key={doc.id}>
          <a href={`${admin}/collections/${slugs.tomVersions}/${doc.id}`}>
            {companyName(doc.company)}
            {doc.title} ({doc.version})
          </a>
        </li>
      ))}
      {changes.docs.map((doc) => (
        <li key={`s${doc.id}`}>
          <a href={`${admin}/collections/${slugs.subprocessors}/${doc.id}`}>
            {companyName(doc.company)}
            {doc.name} ({t.subprocessorChange})
          </a>
        </li>
      ))}
    </ul>
  )
}
