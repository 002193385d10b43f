import type { Endpoint } from 'payload'
import { withoutStorageNoise } from '@trust-center/core/version-content'
import { roleOf } from '../access/roles'
import type { SanitizedTrustCenterOptions } from '../types'
import { fail } from './respond'

const today = () => new Date().toISOString().slice(0, 10)

/**
 * POST /api/tom-versions/:id/new-revision — "New revision" in one click: a draft copy of a
 * version that takes effect today (or with the current version, if that lies in the future).
 * A published version never changes; this is how it is changed.
 */
export const newRevisionEndpoint = (options: SanitizedTrustCenterOptions): Endpoint => ({
  path: '/:id/new-revision',
  method: 'post',
  handler: async (req) => {
    if (!roleOf(req)) return fail(401, 'Sign in to create a revision.')
    const id = req.routeParams?.id as string
    const collection = options.slugs.tomVersions
    const source = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    if (!source) return fail(404, `No TOM version ${id}.`)

    const current = await req.payload.find({
      collection,
      where: {
        and: [{ company: { equals: source.company } }, { status: { equals: 'published' } }],
      },
      limit: 1,
      depth: 0,
      req,
    })
    const currentDate = (current.docs[0]?.effectiveDate ?? '').slice(0, 10)
    const effectiveDate = currentDate > today() ? currentDate : today()
    const taken = new Set(
      (
        await req.payload.find({
          collection,
          where: { company: { equals: source.company } },
          pagination: false,
          depth: 0,
          req,
        })
      ).docs.map((d) => String(d.version)),
    )
    let version = effectiveDate
    for (let n = 2; taken.has(version); n++) version = `${effectiveDate}-${n}`

    const draft = await req.payload.create({
      collection,
      data: {
        company: source.company,
        title: source.title,
        effectiveDate,
        version,
        status: 'draft',
        preamble: source.preamble,
        // New rows, not the old rows' ids. The core's cleaner returns `unknown`: the same rows
        // without ids and empty values, which is what the collection's sections take.
        sections: withoutStorageNoise(source.sections) as typeof source.sections,
        closing: source.closing,
        source: { filename: `revision of ${source.version}` },
      },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json(
      {
        id: draft.id,
        version,
        message: `Draft ${version} created from ${String(source.version)}.`,
      },
      { status: 201 },
    )
  },
})
