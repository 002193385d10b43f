import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../types'

interface ChangeTitle {
  company: string | null
  changeTitle: string
}

/** The company's slug, when the company was read with the change. */
const slugOf = (company: number | { slug?: string | null } | null | undefined) =>
  (typeof company === 'object' ? company?.slug : null) ?? null

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
  const byIds = (wanted: string[]) =>
    ({
      where: { id: { in: wanted } },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      req,
    }) as const
  const eventIds = ids('subprocessor-event')
  const versionIds = ids('tom-version')
  const [events, versions] = await Promise.all([
    eventIds.length
      ? req.payload.find({ collection: options.slugs.subprocessorEvents, ...byIds(eventIds) })
      : null,
    versionIds.length
      ? req.payload.find({ collection: options.slugs.tomVersions, ...byIds(versionIds) })
      : null,
  ])
  return new Map([
    ...(events?.docs ?? []).map(
      (d) =>
        [
          `subprocessor-event:${d.id}`,
          { company: slugOf(d.company), changeTitle: d.title },
        ] as const,
    ),
    ...(versions?.docs ?? []).map(
      (d) =>
        [
          `tom-version:${d.id}`,
          { company: slugOf(d.company), changeTitle: `${d.title} (${d.version})` },
        ] as const,
    ),
  ])
}
