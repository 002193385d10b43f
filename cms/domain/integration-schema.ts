import { z } from 'zod'
import { subprocessorListSchema, subprocessorSnapshotSchema } from './published-schema'
import { isoDateSchema } from './tom-schema'
import { versionContentSchema } from './version-content'

/**
 * The machine-readable outputs vendor-risk tools consume besides subprocessors.json: the change
 * events, JSON Feed 1.1 and the discovery document. The build validates each against these zod
 * schemas; their JSON Schemas are published under /schemas/ (generated from them).
 */

const url = z.string().describe('absolute URL')

/** `/{company}/subprocessors/changes.json` */
export const subprocessorChangesSchema = z
  .object({
    $schema: url.describe('URL of this JSON Schema'),
    company: z.object({
      slug: z.string(),
      name: z.string(),
      noticePeriodDays: z.number().int(),
      objectionContact: z.string().optional(),
    }),
    generatedAt: isoDateSchema.describe('day of the build; "objectionOpen" is relative to it'),
    events: z
      .array(
        z.object({
          id: z
            .string()
            .describe('stable: never reused, never renumbered; also the webhook event id suffix'),
          url: url.describe('the change on the subprocessors page'),
          kind: z.enum(['added', 'changed', 'removed']),
          material: z.boolean().describe('false: an editorial correction, nobody was notified'),
          imported: z
            .boolean()
            .describe('recorded when an existing list was imported; no notice was given here'),
          subprocessor: z.string().describe('vendor name'),
          fieldsChanged: z
            .array(z.string())
            .describe('for "changed": the fields whose values changed'),
          changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
          snapshot: subprocessorSnapshotSchema.describe(
            'the subprocessor as published with this change',
          ),
          note: z.string().optional(),
          announcedAt: isoDateSchema,
          objectionDeadline: isoDateSchema
            .nullable()
            .describe('last day to object; null when there is nothing to object to'),
          effectiveAt: isoDateSchema,
          objectionOpen: z.boolean().describe('objectionDeadline is on or after generatedAt'),
        }),
      )
      .describe('newest announcement first'),
  })
  .describe('Subprocessor change events of a company, with notice and objection dates')

/** JSON Feed 1.1 as this site writes it (https://jsonfeed.org/version/1.1). */
export const jsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    description: z.string().optional(),
    home_page_url: url.optional(),
    feed_url: url.optional(),
    language: z.string().optional(),
    authors: z.array(z.object({ name: z.string() })).optional(),
    items: z.array(
      z.object({
        id: z.string().describe('the same as the RSS guid and the Atom id'),
        url: url.optional(),
        title: z.string().optional(),
        content_text: z.string(),
        summary: z.string().optional(),
        date_published: z.string().optional(),
        tags: z.array(z.string()).optional(),
      }),
    ),
  })
  .describe('JSON Feed 1.1')

const feedSet = z.object({ rss: url, atom: url, json: url })

/** `/.well-known/trust-center.json` */
export const discoverySchema = z
  .object({
    $schema: url,
    name: z.string(),
    site: url,
    generatedAt: z.string().describe('ISO timestamp of the build'),
    languages: z.array(z.string()).describe('languages the pages are offered in (BCP 47)'),
    feeds: feedSet.describe('all changes of all companies'),
    schemas: z.array(z.object({ name: z.string(), url })),
    securityTxt: url.optional(),
    integratorsGuide: url.optional(),
    webhooks: z
      .object({ register: url.describe('POST endpoint of the CMS; see the integrators guide') })
      .optional(),
    companies: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        url,
        locale: z.string().describe('language the company writes its documents in'),
        lastChange: isoDateSchema
          .nullable()
          .describe('newest TOM publication or subprocessor announcement'),
        feeds: z.object({ all: feedSet, subprocessors: feedSet }),
        endpoints: z.object({
          subprocessors: url.describe('/schemas/subprocessors.json'),
          subprocessorChanges: url.describe('/schemas/subprocessor-changes.json'),
          subprocessorsDoraCsv: url.optional(),
          currentToms: url.nullable().describe('the TOM version in force, as JSON'),
        }),
      }),
    ),
  })
  .describe('Discovery document of a trust center: where its machine-readable data is')

/** `/{company}/toms/{version}.json`: one TOM version with its fingerprint. */
export const tomVersionJsonSchema = z
  .object({
    company: z.string().describe('company slug'),
    version: z.string(),
    status: z.enum(['published', 'superseded']),
    effectiveDate: isoDateSchema,
    publishedAt: z.string().nullable(),
    changeKind: z.enum(['material', 'editorial']).nullable(),
    changeSummary: z.string().nullable(),
    url,
    changes: url.describe('what changed against the previous version'),
    supersededBy: url.optional().describe('the version in force, when this one is superseded'),
    fingerprint: z.object({
      algorithm: z.string(),
      value: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
    }),
    content: versionContentSchema.describe(
      'exactly what the fingerprint covers: sha256 of its RFC 8785 canonical JSON',
    ),
  })
  .describe('A published TOM version (Art. 32 GDPR) as data')

/** Every published JSON Schema, by the name under /schemas/ (NAME.json). */
export const publishedSchemas = {
  subprocessors: subprocessorListSchema,
  'subprocessor-changes': subprocessorChangesSchema,
  'json-feed': jsonFeedSchema,
  'trust-center': discoverySchema,
  'tom-version': tomVersionJsonSchema,
} as const
export type PublishedSchemaName = keyof typeof publishedSchemas

export type SubprocessorChanges = z.infer<typeof subprocessorChangesSchema>
export type Discovery = z.infer<typeof discoverySchema>
