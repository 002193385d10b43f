import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../helpers/docx'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'
import { companyData } from '../helpers/createData'

/**
 * Hostile imports through the real REST handler, in the same process as the "admin": while each
 * is refused, requests every 200 ms (the admin listing companies) must keep answering quickly.
 */
let t: TestPayload
let rest: Rest
let POST: (req: Request, ctx: unknown) => Promise<Response>
let companyId: number
let token: string

beforeAll(async () => {
  t = await startTestPayload()
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster Software AG', slug: 'muster' }),
    })
  ).id
  rest = await restClient()
  const config = (await import('../../cms/payload.config')).default
  // Next's route handler, called with a plain Request (its params type is Next's own).
  POST = (await import('@payloadcms/next/routes')).REST_POST(config) as never
  const editor = (await createUser(t.payload, 'editor')) as { email: string }
  token = (
    await t.payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct horse battery' },
    })
  ).token!
})
afterAll(async () => t?.close())

/**
 * The admin answered while the import ran: at least one probe, and at least half as many as a free
 * event loop would have answered in that time (one every 200 ms plus its reply).
 */
function expectAnswering(result: { probes: number; seconds: number }) {
  expect(result.probes).toBeGreaterThanOrEqual(Math.max(1, Math.floor(result.seconds / 0.5)))
}

/** Runs `work` while the admin is asked for its companies every 200 ms; returns the answer and the admin's slowest reply. */
async function whileAdminAnswers(work: () => Promise<Response>) {
  const latencies: number[] = []
  let stop = false
  const probes = (async () => {
    while (!stop) {
      const started = performance.now()
      const response = await rest('GET', 'companies?limit=1&depth=0', undefined, token)
      expect(response.status).toBe(200)
      latencies.push(performance.now() - started)
      await new Promise((r) => setTimeout(r, 200))
    }
  })()
  const started = performance.now()
  const response = await work()
  const body = (await response.json()) as { errors?: Array<{ message: string }> }
  const seconds = (performance.now() - started) / 1000
  stop = true
  await probes
  return {
    status: response.status,
    message: body.errors?.[0]?.message ?? '',
    seconds,
    probes: latencies.length,
    slowest: Math.max(0, ...latencies),
  }
}

const importRequest = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(
    new Request(`http://localhost/api/companies/${companyId}/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...headers },
      body,
      duplex: 'half',
    } as RequestInit),
    {
      params: Promise.resolve({ slug: ['companies', String(companyId), 'import'] }),
    },
  )

/** A 600 MB body made as it is read, counting what the server pulled. */
function hugeBody() {
  const counter = { pulled: 0 }
  const chunk = new Uint8Array(1 << 20).fill(0x61)
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= 600 << 20) return controller.close()
      counter.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { body, counter }
}

describe('subscribe body limit', () => {
  it('answers a 600 MB body to the public subscribe endpoint with 413 after reading a few KB', async () => {
    const { body, counter } = hugeBody()
    const response = await POST(
      new Request('http://localhost/api/trust-center/subscribe', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        duplex: 'half',
      } as RequestInit),
      {
        params: Promise.resolve({ slug: ['trust-center', 'subscribe'] }),
      },
    )
    expect(response.status).toBe(413)
    expect(counter.pulled).toBeLessThanOrEqual(2 << 20)
  })
})

describe('import limits', () => {
  it('imports a normal document in the import process (which also starts the spare process a CMS keeps ready)', async () => {
    const docx = makeDocx([
      { text: 'Technische und organisatorische Maßnahmen', style: 'Heading1' },
      { text: '1. Vertraulichkeit', style: 'Heading2' },
      { text: 'Zutrittskontrolle: Alarmanlage' },
    ])
    const response = await importRequest(
      JSON.stringify({
        kind: 'toms',
        mode: 'preview',
        filename: 'ok.docx',
        base64: docx.toString('base64'),
      }),
    )
    expect(response.status).toBe(200)
    expect(((await response.json()) as { format: string }).format).toBe('docx')
  })
  it('answers a 600 MB streamed body with 413 after reading little of it', async () => {
    const { body, counter } = hugeBody()
    const result = await whileAdminAnswers(() => importRequest(body))
    const pulled = counter.pulled
    expect(result.status).toBe(413)
    expect(result.message).toMatch(/too large/)
    expect(pulled).toBeLessThan(40 << 20)
    expect(result.seconds).toBeLessThan(10)
  })

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const result = await whileAdminAnswers(() =>
      importRequest(JSON.stringify({ kind: 'toms', mode: 'preview', text: 'x' }), {
        'content-length': String(600 << 20),
      }),
    )
    expect(result.status).toBe(413)
  })

  it('stops an HTML document nested 300,000 levels deep within 10 s, the admin answering throughout', async () => {
    const html = `<html><body>${'<ul><li>a'.repeat(300_000)}</body></html>`
    const result = await whileAdminAnswers(() =>
      importRequest(
        JSON.stringify({
          kind: 'toms',
          mode: 'preview',
          filename: 'deep.html',
          base64: Buffer.from(html).toString('base64'),
        }),
      ),
    )
    expect([200, 413, 422]).toContain(result.status)
    if (result.status !== 200) expect(result.message).toMatch(/deep\.html: /)
    expect(result.seconds).toBeLessThan(10)
    expectAnswering(result)
    expect(result.slowest).toBeLessThan(1500)
  })

  it('refuses a 200 MB zip bomb (.docx of a few hundred KB) within 10 s, the admin answering throughout', async () => {
    const bomb = makeDocx([{ text: 'a'.repeat(200_000_000) }])
    expect(bomb.length).toBeLessThan(1_000_000)
    const result = await whileAdminAnswers(() =>
      importRequest(
        JSON.stringify({
          kind: 'toms',
          mode: 'preview',
          filename: 'bomb.docx',
          base64: bomb.toString('base64'),
        }),
      ),
    )
    expect([413, 422]).toContain(result.status)
    expect(result.message).toMatch(/bomb\.docx: /)
    expect(result.seconds).toBeLessThan(10)
    expectAnswering(result)
    expect(result.slowest).toBeLessThan(1500)
  })
})
