import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * Sign-in lockout per account and client (issue 25): a flood from one client locks that client
 * out of that account only, answers an unknown address exactly like a known one, and ends the
 * account's sessions, so a token issued before the lock stops working.
 */
let t: TestPayload
type Call = (
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  client: string,
  token?: string,
  cookie?: string,
) => Promise<Response>
let call: Call
let postLogin: (body: BodyInit, headers: Record<string, string>) => Promise<Response>
const PASSWORD = 'correct horse battery'

beforeAll(async () => {
  t = await startTestPayload({ TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1' })
  await t.payload.create({
    collection: 'users',
    data: { email: 'admin@example.test', password: PASSWORD, role: 'admin' },
  })
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const handlers = { GET: routes.REST_GET(config), POST: routes.REST_POST(config) }
  // Payload's real REST handlers, each request from a client a trusted proxy names.
  call = (method, path, body, client, token, cookie) =>
    handlers[method](
      new Request(`http://localhost/api/${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `${client}, 127.0.0.1`,
          ...(token ? { authorization: `JWT ${token}` } : {}),
          ...(cookie ? { cookie } : {}),
        },
        body: method === 'GET' ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: path.split('/') }) },
    )
  postLogin = (body, headers) =>
    handlers.POST(
      new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'x-forwarded-for': '198.51.100.99, 127.0.0.1', ...headers },
        body,
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )
})
afterAll(async () => {
  await t?.close()
})

const login = (email: string, password: string, client: string, cookie?: string) =>
  call('POST', 'users/login', { email, password }, client, undefined, cookie)
const answers = async (email: string, client: string, n: number) => {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const response = await login(email, 'wrong password!', client)
    out.push(
      `${response.status} ${JSON.stringify(((await response.json()) as { errors?: unknown }).errors)}`,
    )
  }
  return out
}

describe('login lockout', () => {
  it('locks one client out of one account, ends its sessions, and keeps the account open elsewhere', async () => {
    const before = await login('admin@example.test', PASSWORD, '198.51.100.20')
    expect(before.status).toBe(200)
    const { token } = (await before.json()) as { token: string }
    const me = async () =>
      (
        (await (await call('GET', 'users/me', undefined, '198.51.100.20', token)).json()) as {
          user: unknown
        }
      ).user
    expect(await me()).not.toBeNull()

    const known = await answers('admin@example.test', '203.0.113.66', 7)
    expect(known.slice(0, 5).every((a) => a.startsWith('401 '))).toBe(true)
    expect(known.slice(5).every((a) => a.startsWith('429 '))).toBe(true)
    // Locked: even the right password is refused from that client …
    expect((await login('admin@example.test', PASSWORD, '203.0.113.66')).status).toBe(429)
    // … the token issued before the lock no longer works …
    expect(await me()).toBeNull()
    // … and the admin signs in from anywhere else.
    expect((await login('admin@example.test', PASSWORD, '198.51.100.20')).status).toBe(200)
  })

  it('answers an unknown address exactly like a known one', async () => {
    const known = await answers('admin@example.test', '203.0.113.77', 7)
    const unknown = await answers('nobody@example.test', '203.0.113.77', 7)
    expect(unknown).toEqual(known)
  })

  it('forgets the failed attempts after a successful sign-in', async () => {
    await answers('admin@example.test', '203.0.113.88', 4)
    expect((await login('admin@example.test', PASSWORD, '203.0.113.88')).status).toBe(200)
    const again = await answers('admin@example.test', '203.0.113.88', 5)
    expect(again.every((a) => a.startsWith('401 '))).toBe(true)
  })

  it('keeps a browser that signed in before out of a lockout caused by others at its address', async () => {
    const office = '192.0.2.50' // one NAT address for the whole office
    const first = await login('admin@example.test', PASSWORD, office)
    expect(first.status).toBe(200)
    const device = first.headers
      .getSetCookie()
      .find((c) => c.startsWith('tc-device-'))!
      .split(';')[0]!
    expect(first.headers.getSetCookie().join('\n')).toMatch(
      /tc-device-[^;]+;.*HttpOnly; SameSite=Strict/,
    )
    // a colleague's browser (or an attacker) at the same address floods the account …
    const flood = await answers('admin@example.test', office, 7)
    expect(flood.slice(5).every((a) => a.startsWith('429 '))).toBe(true)
    expect((await login('admin@example.test', PASSWORD, office)).status).toBe(429)
    // … the admin's own browser still signs in; a forged cookie counts as none
    expect((await login('admin@example.test', PASSWORD, office, device)).status).toBe(200)
    const forged = device.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect((await login('admin@example.test', PASSWORD, office, forged)).status).toBe(429)
    // the device has its own limit: guessing with a stolen device cookie is locked out too
    const guesses: number[] = []
    for (let i = 0; i < 7; i++)
      guesses.push((await login('admin@example.test', 'wrong password!', office, device)).status)
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429])
  })

  it('refuses a sign-in form posted from another site (login CSRF), before it counts as an attempt', async () => {
    // what a page on another site can send without a CORS preflight: multipart with `_payload`
    const form = () => {
      const data = new FormData()
      data.set('_payload', JSON.stringify({ email: 'admin@example.test', password: PASSWORD }))
      return data
    }
    // six of them: were they counted, the client would be locked out of the account below
    const fromElsewhere: Record<string, string>[] = [
      { origin: 'http://evil.test', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' },
      { origin: 'http://localhost.evil.test' },
      { origin: 'http://evil.test' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of fromElsewhere) {
      const refused = await postLogin(form(), headers)
      expect(refused.status, JSON.stringify(headers)).toBe(403)
      expect(refused.headers.get('set-cookie')).toBeNull()
      expect(JSON.stringify(await refused.json())).toContain('another site')
    }
    // the CMS's own pages, and API clients (no browser headers), sign in as before
    const own = await postLogin(form(), {
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    })
    expect(own.status).toBe(200)
    expect(own.headers.get('set-cookie')).toContain('payload-token=')
    expect((await postLogin(form(), {})).status).toBe(200)
  })
})
