import type { PayloadRequest } from 'payload'
import type { SanitizedTrustCenterOptions } from '../../types'
import { idOf } from '../../utilities/doc'

interface Person {
  id: string
  name: string
}

/**
 * Names (only) of the people who edited and reviewed, for every staff member: a reviewer may not
 * read other users' records, but must see who edited and who reviewed.
 */
export async function peopleNamer(
  req: PayloadRequest,
  options: SanitizedTrustCenterOptions,
  refs: unknown[],
): Promise<(ref: unknown) => Person | null> {
  const ids = [...new Set(refs.filter((v) => v != null).map(idOf))]
  const people = ids.length
    ? ((
        await req.payload.find({
          collection: options.slugs.users,
          where: { id: { in: ids } },
          pagination: false,
          depth: 0,
          select: { name: true, email: true },
          overrideAccess: true,
          req,
        })
      ).docs as Array<Record<string, unknown>>)
    : []
  return (ref) => {
    if (ref == null) return null
    const found = people.find((p) => String(p.id) === idOf(ref))
    return {
      id: idOf(ref),
      name: String(found?.name || String(found?.email ?? '').split('@')[0] || idOf(ref)),
    }
  }
}
