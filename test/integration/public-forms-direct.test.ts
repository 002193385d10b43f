import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { companyData } from '../helpers/createData'

/**
 * The CMS's own server answers the public form posts without Next's router
 * (cms/serve/publicForms.mjs), calling the API route's own Payload handler. Two servers on one
 * database — one taking that direct path, one with TRUSTCENTER_DIRECT_FORMS=off sending the
 * posts through Next as before — must give the same answers (status, headers, body) for the same
 * requests, count the same rate limits together, tell clients apart by the same peer address
 * (X-Forwarded-For believed only from the configured proxy) and answer a known address as a new
 * one. Timings are printed, not asserted.
 */
let t: TestPayload
let direct: AdminServer
let routed: AdminServer
const SUBSCRIBE = '/api/trust-center/subscribe'
/** Confirmed subscribers, each asked once when timing (an address's 4th request an hour queues nothing). */
const KNOWN = Array.from({ length: 8 }, (_, i) => `known-${i}@example.test`)

interface Answer {
  status: number
  headers: Record<string, string>
  body: string
  ms: number
}

/** A POST over a fresh socket from the loopback address `from` (each is its own client). */
function post(
  base: string,
  body: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${SUBSCRIBE}`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body: text,
            ms: performance.now() - started,
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const json = (data: Record<string, unknown>) => JSON.stringify(data)
const form = (email: string) => `email=${encodeURIComponent(email)}&company=acme&locale=en`

/**
 * What must match between the two paths: everything but the moment, the framing, and what Next
 * adds to every answer for the admin's pages — the colour-scheme client hint (Payload's
 * withPayload: Accept-CH, Critical-CH) and the Vary of its React Server Components and
 * compression — which the direct path leaves out (publicForms.mjs).
 */
function comparable(answer: Answer) {
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])
  const nextOnly = new Set(['accept-ch', 'critical-ch'])
  const nextVary = /^(sec-ch-prefers-color-scheme|rsc|next-router-.*|accept-encoding)$/i
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(answer.headers)) {
    if (skip.has(name) || nextOnly.has(name)) continue
    if (name !== 'vary') headers[name] = value
    else {
      const vary = value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => !nextVary.test(v))
      if (vary.length) headers[name] = vary.join(', ')
    }
  }
  return { status: answer.status, headers, body: answer.body }
}

/** Subscribe job rows queued for `email`. */
async function jobsFor(email: string): Promise<number> {
  const { docs } = await t.payload.find({
    collection: 'payload-jobs',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return docs.filter((d) => (d.input as { email?: string } | undefined)?.email === email).length
}

beforeAll(async () => {
  t = await startTestPayload()
  const company = await t.payload.create({
    collection: 'companies',
    data: companyData({ name: 'Acme', slug: 'acme' }),
  })
  for (const email of ['known@example.test', ...KNOWN])
    await t.payload.create({
      collection: 'subscribers',
      data: { email, company: company.id, status: 'confirmed', topics: ['toms'], locale: 'en' },
    })
  const env = {
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    TRUSTCENTER_DATA_DIR: t.dataDir,
    TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1',
    PAYLOAD_LOG_LEVEL: 'warn',
  }
  // startAdmin waits for /api/users/me, which loads the API route: the direct path is ready.
  ;[direct, routed] = await Promise.all([
    startAdmin(env),
    startAdmin({ ...env, TRUSTCENTER_DIRECT_FORMS: 'off' }),
  ])
}, 900_000)
afterAll(async () => {
  await direct?.close()
  await routed?.close()
  await t?.close()
})

describe('public form posts answered without Next.js routing', () => {
  it('give the same answers as through Next, up to the same 429', async () => {
    const run = async (server: AdminServer, from: string, tag: string) => {
      const answers = [
        await post(server.url, json({ email: `new-${tag}@example.test`, company: 'acme' }), from),
        await post(server.url, json({ email: `new-${tag}@example.test`, company: 'acme' }), from),
        await post(server.url, form(`form-${tag}@example.test`), from, {
          'content-type': 'application/x-www-form-urlencoded',
        }),
        await post(server.url, json({ email: 'not an address', company: 'acme' }), from),
        await post(server.url, json({ email: `x-${tag}@example.test`, company: 'nobody' }), from),
        await post(server.url, '{"email":', from),
        await post(server.url, json({ email: 'a@example.test', pad: 'x'.repeat(5000) }), from),
      ]
      // Then valid posts until the client's limit (10 a minute) refuses one.
      for (let i = 0; i < 12 && answers.at(-1)!.status !== 429; i++)
        answers.push(
          await post(
            server.url,
            json({ email: `more-${i}-${tag}@example.test`, company: 'acme' }),
            from,
          ),
        )
      return answers
    }
    const viaDirect = await run(direct, '127.0.0.10', 'd')
    const viaNext = await run(routed, '127.0.0.11', 'n')
    console.log(
      'statuses (direct, through Next):',
      viaDirect.map((a) => a.status).join(' '),
      '|',
      viaNext.map((a) => a.status).join(' '),
    )
    expect(viaDirect.map((a) => a.status)).toEqual([
      202, 202, 303, 400, 400, 400, 413, 202, 202, 202, 202, 202, 429,
    ])
    expect(viaDirect.map(comparable)).toEqual(viaNext.map(comparable))
    // The security headers Next adds through next.config.mjs are there on the direct path too.
    expect(viaDirect[0]!.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(viaDirect[0]!.headers['x-frame-options']).toBe('DENY')
    // Which path answered: Next adds its client hint to everything it answers, the direct path not.
    expect(viaNext.every((a) => a.headers['accept-ch'])).toBe(true)
    expect(viaDirect.some((a) => a.headers['accept-ch'])).toBe(false)
    expect(direct.output()).toContain('public form posts answered without Next.js routing')
    expect(routed.output()).not.toContain('answered without Next.js routing')
  })

  it('answers a post whose Host header no URL can hold, and keeps serving', async () => {
    const body = json({ email: 'host@example.test', company: 'acme' })
    const odd = await post(direct.url, body, '127.0.0.14', { host: 'bad host:x' })
    expect(odd.status).toBe(202)
    expect((await fetch(`${direct.url}/admin/login`)).status).toBe(200)
  })

  it('refuses oversized bodies without an uncaught exception', async () => {
    const huge = json({ email: 'big@example.test', company: 'acme', pad: 'x'.repeat(60_000) })
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) statuses.push((await post(direct.url, huge, '127.0.0.15')).status)
    expect(statuses).toEqual(Array(20).fill(413))
    await new Promise((r) => setTimeout(r, 300)) // let late lines reach the pipe
    expect(direct.output()).not.toMatch(/uncaughtException|Controller is already closed/)
  })

  it('count one client across both servers, by its peer or the proxy’s forwarded address', async () => {
    const ask = (server: AdminServer, from: string, i: number, headers = {}) =>
      post(
        server.url,
        json({ email: `shared-${from}-${i}@example.test`, company: 'acme' }),
        from,
        headers,
      )
    // A client that is no proxy: forged X-Forwarded-For and peer headers change nothing.
    const forged = (i: number) => ({
      'x-forwarded-for': `198.51.100.${i + 1}`,
      'x-trust-center-peer': `203.0.113.${i + 1}`,
    })
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await ask(i % 2 ? routed : direct, '127.0.0.12', i, forged(i))).status)
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 202, 202, 202, 202, 429, 429])
    // From the configured proxy, the client it forwards counts: one flooded, another not.
    const viaProxy = (client: string) => ({ 'x-forwarded-for': `6.6.6.6, ${client}` })
    const proxied: number[] = []
    for (let i = 0; i < 11; i++)
      proxied.push(
        (await ask(i % 2 ? direct : routed, '127.0.0.1', i, viaProxy('198.51.100.20'))).status,
      )
    expect(proxied.slice(9)).toEqual([202, 429])
    expect((await ask(direct, '127.0.0.1', 99, viaProxy('198.51.100.21'))).status).toBe(202)
  })

  it('answers a confirmed, a repeated and a new address alike, and counts each address on both', async () => {
    const ask = (server: AdminServer, email: string, from: string) =>
      post(server.url, json({ email, company: 'acme' }), from)
    const known = await ask(direct, 'known@example.test', '127.0.0.13')
    const fresh = await ask(direct, 'fresh@example.test', '127.0.0.13')
    expect(comparable(known)).toEqual(comparable(fresh))
    // Four requests for one address from four clients, alternating servers: three jobs (3 an hour).
    const repeated: Answer[] = []
    for (let i = 0; i < 4; i++)
      repeated.push(await ask(i % 2 ? routed : direct, 'repeat@example.test', `127.0.0.${20 + i}`))
    expect(new Set(repeated.map((a) => JSON.stringify(comparable(a)))).size).toBe(1)
    expect(await jobsFor('repeat@example.test')).toBe(3)
    // Timing, printed: the known address against new ones, on the direct path (warm).
    const times = { known: [] as number[], fresh: [] as number[] }
    // Alternating which goes first, so neither profits from the other's warm caches.
    for (let i = 0; i < KNOWN.length; i++) {
      const known = () => ask(direct, KNOWN[i]!, `127.0.1.${i}`)
      const fresh = () => ask(direct, `fresh-${i}@example.test`, `127.0.2.${i}`)
      if (i % 2) times.fresh.push((await fresh()).ms)
      times.known.push((await known()).ms)
      if (!(i % 2)) times.fresh.push((await fresh()).ms)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1)
    console.log(
      `direct path, median ms: confirmed address ${median(times.known)}, new ${median(times.fresh)}`,
    )
  })
})
