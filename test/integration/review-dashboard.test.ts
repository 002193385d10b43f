import { afterAll, beforeAll, expect, it } from 'vitest'
import { defaultSlugs } from '@trust-center/payload-plugin/options'
import { ReviewDashboard } from '@trust-center/payload-plugin/rsc'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { reviewSituation } from '../helpers/adminWorkflowSetup'
import { renderServer } from '../helpers/renderServer'

/**
 * The dashboard's first row as the admin renders it (a server component on a real Payload):
 * what waits for review, and the build state read with the user's access (disableErrors: a role
 * that may not read something sees nothing there, a database error is not swallowed).
 */
let t: TestPayload
let s: Awaited<ReturnType<typeof reviewSituation>>

beforeAll(async () => {
  t = await startTestPayload()
  s = await reviewSituation(t.payload)
})
afterAll(async () => {
  await t?.close()
})

const render = async (user: unknown, language: 'de' | 'en') =>
  renderServer(
    (await ReviewDashboard({
      payload: t.payload,
      i18n: { language },
      user,
      slugs: defaultSlugs,
      // The admin passes many more server props; the dashboard reads these.
    } as unknown as Parameters<typeof ReviewDashboard>[0]))!,
  )

it('shows legal the version in review, with its company, and the build state', async () => {
  const html = await render(s.legal, 'en')
  expect(html).toContain('Awaiting review (1)')
  expect(html).toMatch(/<a href="\/admin\/collections\/tom-versions\/[\w]+">Prüf GmbH: [^<]+\(/)
  expect(html).toContain('No build yet')
})

it('speaks German to a German admin', async () => {
  const html = await render(s.editor, 'de')
  expect(html).toContain('Wartet auf Prüfung (1)')
  expect(html).toContain('Keine Änderung mit offener Widerspruchsfrist.')
})

it('lists a subprocessor change legal sent back under "Returned to you", for its editor only', async () => {
  const step = (id: string | number, user: unknown, action: string, comment?: string) =>
    t.payload.update({
      collection: 'subprocessors',
      id,
      data: {},
      draft: true,
      user,
      overrideAccess: false,
      context: { trustCenterReview: { action, comment } },
    })
  const change = await t.payload.create({
    collection: 'subprocessors',
    draft: true,
    data: {
      company: s.company.id,
      name: 'Cloudy AG',
      purpose: 'Hosting',
      locations: ['DE'],
      transferSafeguard: 'eu-eea',
      status: 'active',
    },
    user: s.editor,
    overrideAccess: false,
  })
  await step(change.id, s.editor, 'submitted')
  expect(await render(s.editor, 'en')).toContain('Nothing has been returned to you.')
  await step(change.id, s.legal, 'changes-requested', 'Which region?')
  const html = await render(s.editor, 'en')
  expect(html).toContain('Returned to you')
  expect(html).toMatch(/<a href="\/admin\/collections\/subprocessors\/\w+">Cloudy AG<\/a>/)
  expect(html).toContain('Lena Legal: “Which region?”')
  expect(await render(s.legal, 'en')).toContain('Nothing has been returned to you.')
})

it('renders nothing without a user', async () => {
  // Props without a user (and without the rest Payload passes): what this case is about.
  expect(await ReviewDashboard({ payload: t.payload, slugs: defaultSlugs } as never)).toBeNull()
})

it('fails when the database fails, instead of showing "no change" or "no build yet"', async () => {
  const db = t.payload.db
  const { find, findGlobal } = db
  const down = (): Promise<never> => Promise.reject(new Error('database down'))
  try {
    // Only the announced changes' query fails: the versions in review are read as before.
    db.find = ((args: Parameters<typeof find>[0]) =>
      args.collection === 'subprocessor-events' ? down() : find.call(db, args)) as typeof find
    await expect(render(s.legal, 'en')).rejects.toThrow('database down')
    db.find = find
    db.findGlobal = down
    await expect(render(s.legal, 'en')).rejects.toThrow('database down')
  } finally {
    db.find = find
    db.findGlobal = findGlobal
  }
})
