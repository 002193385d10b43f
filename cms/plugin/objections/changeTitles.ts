import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'
import type { Doc } from '../utilities/doc'

interface ChangeTitle {
  company: string | null
  changeTitle: string
}

/**
 * What the change keys of a proof of notice ("subprocessor-event:12", "tom-version:3") are, in
 * words: the company's slug and the change's title (a TOM version with its version), so that an
 * exported notice reads without the CMS at hand. Two queries, however many keys.
 */
export async function changeTitles(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  keys: string[],
): Promise<Map<string, ChangeTitle>> {
  const ids = (prefix: string) =>
    [...new Set(keys.filter((k) => k.startsWith(`${prefix}:`)))].map((k) =>
      k.slice(prefix.length + 1),
    )
  const load = async (collection: string, prefix: string) => {
    const wanted = ids(prefix)
    if (wanted.length === 0) return []
    const found = await req.payload.find({
      collection: collection as 'tom-versions',
      where: { id: { in: wanted } },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      req,
    })
    return (found.docs as unknown as Doc[]).map((d) => ({ key: `${prefix}:${String(d.id)}`, d }))
  }
  const [events, versions] = await Promise.all([
    load(options.slugs.subprocessorEvents, 'subprocessor-event'),
    load(options.slugs.tomVersions, 'tom-version'),
  ])
  const slugOf = (d: Doc) => ((d.company as Doc | null)?.slug as string | undefined) ?? null
  return new Map([
    ...events.map(
      ({ key, d }) => [key, { company: slugOf(d), changeTitle: String(d.title) }] as const,
    ),
    ...versions.map(
      ({ key, d }) =>
        [
          key,
          { company: slugOf(d), changeTitle: `${String(d.title)} (${String(d.version)})` },
        ] as const,
    ),
  ])
}
