import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The CMS's own server (cms/serve/cmsServer.mjs) as `npm start` runs it, reached over real
 * sockets from different loopback addresses (127.0.0.1, 127.0.0.2, …: each is its own client).
 * Without configuration the server tells clients apart by their peer address, so one client's
 * flood of failed sign-ins does not lock the account for another and forged headers change
 * nothing; behind a configured proxy the address it forwards counts. Refused requests are logged
 * once per client and reason a minute, without stack traces (issue 25).
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
let t: TestPayload
const EMAIL = 'admin@example.test'
const PASSWORD = 'correct horse battery'

interface Answer {
  status: number
  body: string
}

function post(
  base: string,
  path: string,
  body: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
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
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const login = (
  base: string,
  from: string,
  password: string,
  headers: Record<string, string> = {},
) => post(base, '/api/users/login', JSON.stringify({ email: EMAIL, password }), from, headers)

/** Statuses of `n` failed sign-ins from `from`. */
async function failedLogins(
  base: string,
  from: string,
  n: number,
  headers: (i: number) => Record<string, string> = () => ({}),
): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < n; i++)
    statuses.push((await login(base, from, 'wrong password!', headers(i))).status)
  return statuses
}

const serverEnv = (extra: Record<string, string>) => ({
  DATABASE_URI: process.env.DATABASE_URI,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  TRUSTCENTER_DATA_DIR: t.dataDir,
  PAYLOAD_LOG_LEVEL: 'info',
  TRUSTCENTER_TRUSTED_PROXIES: '',
  ...extra,
})

beforeAll(async () => {
  t = await startTestPayload()
  await t.payload.create({
    collection: 'users',
    data: { email: EMAIL, password: PASSWORD, role: 'admin' },
  })
}, 900_000)
afterAll(async () => {
  await t?.close()
})

describe('the CMS server without a configured proxy', () => {
  let admin: AdminServer
  beforeAll(async () => {
    admin = await startAdmin(serverEnv({}))
  }, 900_000)
  afterAll(async () => {
    await admin?.close()
  })

  it('serves the admin with the CMS security headers (next.config.mjs), as `next start` did', async () => {
    const response = await fetch(`${admin.url}/admin/login`)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it("answers the admin's scripts Brotli-compressed once, byte for byte the build's, with the same headers", async () => {
    const page = await (await fetch(`${admin.url}/admin/login`)).text()
    const scripts = [...page.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!)
    expect(scripts.length).toBeGreaterThan(3)
    const url = `${admin.url}${scripts[0]}`
    const br = { 'accept-encoding': 'gzip, deflate, br' } // what browsers send
    // compressed in the background after the start: answered by Next until then
    await expect
      .poll(async () => (await fetch(url, { headers: br })).headers.get('content-encoding'), {
        timeout: 60_000,
      })
      .toBe('br')
    const asked = await fetch(url, { headers: br }) // fetch decodes the Brotli body
    const file = readFileSync(path.join(ROOT, 'cms/.next', scripts[0]!.slice('/_next'.length)))
    expect(Buffer.from(await asked.arrayBuffer()).equals(file)).toBe(true)
    expect(asked.headers.get('content-type')).toMatch(/^application\/javascript/)
    expect(asked.headers.get('cache-control')).toContain('immutable')
    expect(asked.headers.get('x-content-type-options')).toBe('nosniff')
    const again = await fetch(url, {
      headers: { ...br, 'if-none-match': asked.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
    // a client without Brotli gets Next's answer
    const plain = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
    expect(plain.headers.get('content-encoding')).toBe('gzip')
  })

  it('locks out the flooding client only: the same account still signs in from another', async () => {
    const flood = await failedLogins(admin.url, '127.0.0.2', 7)
    expect(flood.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(flood.slice(5)).toEqual([429, 429])
    expect((await login(admin.url, '127.0.0.2', PASSWORD)).status).toBe(429)
    expect((await login(admin.url, '127.0.0.1', PASSWORD)).status).toBe(200)
  })

  it('ignores a forged X-Forwarded-For and a forged peer header from a client that is no proxy', async () => {
    // Each attempt claims to come from somewhere else; all of them are 127.0.0.3's.
    const flood = await failedLogins(admin.url, '127.0.0.3', 7, (i) => ({
      'x-forwarded-for': `198.51.100.${i + 1}`,
      'x-trust-center-peer': `203.0.113.${i + 1}`,
    }))
    expect(flood).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(
      (
        await login(admin.url, '127.0.0.3', PASSWORD, {
          'x-forwarded-for': '198.51.100.99',
          'x-trust-center-peer': '203.0.113.99',
        })
      ).status,
    ).toBe(429)
  })

  it('logs 200 refused requests from one client in a few lines, without a stack trace', async () => {
    const before = admin.output().length
    const from = '127.0.0.4'
    const statuses = await failedLogins(admin.url, from, 130)
    const huge = JSON.stringify({ email: `a@example.test`, company: 'x', pad: 'x'.repeat(5000) })
    for (let i = 0; i < 50; i++)
      statuses.push((await post(admin.url, '/api/trust-center/subscribe', huge, from)).status)
    // The same lockout through GraphQL: answered 200 with the refusal as a GraphQL error.
    const mutation = `mutation { loginUser(email: "${EMAIL}", password: "wrong password!") { token } }`
    for (let i = 0; i < 20; i++) {
      const answer = await post(
        admin.url,
        '/api/graphql',
        JSON.stringify({ query: mutation }),
        from,
      )
      const { errors } = JSON.parse(answer.body) as {
        errors?: Array<{ extensions?: { statusCode?: number } }>
      }
      statuses.push(errors?.[0]?.extensions?.statusCode ?? answer.status)
    }
    expect(statuses.filter((s) => s >= 400)).toHaveLength(200)
    expect(new Set(statuses)).toEqual(new Set([401, 429, 413]))
    await new Promise((r) => setTimeout(r, 500)) // let the last lines reach the pipe
    const logged = admin.output().slice(before)
    const lines = logged.split('\n').filter(Boolean)
    console.log(`200 refused requests → ${lines.length} log lines:\n${logged}`)
    // 401 (wrong password), 429 (locked out, REST and GraphQL), 413 (body too large); and the notice
    // that the account's sessions ended when the pair was locked.
    expect(lines.filter((l) => l.includes('refused '))).toHaveLength(3)
    expect(lines.length).toBeLessThanOrEqual(5)
    expect(logged).not.toMatch(/"stack"|\n\s+at /)
  })
})

describe('the CMS server behind a configured proxy (127.0.0.1)', () => {
  let admin: AdminServer
  beforeAll(async () => {
    admin = await startAdmin(serverEnv({ TRUSTCENTER_TRUSTED_PROXIES: '127.0.0.1' }))
  }, 900_000)
  afterAll(async () => {
    await admin?.close()
  })

  it('counts the client the proxy forwards', async () => {
    const viaProxy = (client: string) => () => ({ 'x-forwarded-for': `6.6.6.6, ${client}` })
    const flood = await failedLogins(admin.url, '127.0.0.1', 7, viaProxy('198.51.100.20'))
    expect(flood).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(
      (await login(admin.url, '127.0.0.1', PASSWORD, viaProxy('198.51.100.20')())).status,
    ).toBe(429)
    expect(
      (await login(admin.url, '127.0.0.1', PASSWORD, viaProxy('198.51.100.21')())).status,
    ).toBe(200)
    // A client that is no proxy is itself, whatever it forwards.
    expect(
      (await login(admin.url, '127.0.0.5', PASSWORD, viaProxy('198.51.100.20')())).status,
    ).toBe(200)
  })
})
