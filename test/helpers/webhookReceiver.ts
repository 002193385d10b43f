import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

/**
 * A real HTTP receiver on loopback, written as an integrator would: it verifies each request's
 * signature with the `standardwebhooks` library, answers the verification challenge, and drops
 * a webhook-id it has processed before. Tests decide how it answers next.
 */
export interface ReceivedWebhook {
  id: string
  type: string
  data: Record<string, unknown>
  verified: boolean
  duplicate: boolean
  headers: Record<string, string>
}

export interface WebhookReceiver {
  url: string
  /** Every request, in order, including repeats and ones that failed verification. */
  requests: ReceivedWebhook[]
  /** Distinct verified events (repeats dropped), as the integrator's system processed them. */
  processed: ReceivedWebhook[]
  setSecret(secret: string): void
  /** Answer the next `n` requests with this status (then 200 again). */
  failNext(n: number, status?: number): void
  /** Hold the next request's answer until `release()` is called. */
  holdNext(): { arrived: Promise<void>; release: () => void }
  close(): Promise<void>
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let secret = ''
  let failures = 0
  let failStatus = 500
  let hold: { arrive: () => void; released: Promise<void> } | undefined
  const requests: ReceivedWebhook[] = []
  const processed: ReceivedWebhook[] = []
  const seen = new Set<string>()
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
    let verified = false
    let body: { type?: string; data?: Record<string, unknown> } = {}
    try {
      body = new Webhook(secret).verify(raw, headers) as typeof body
      verified = true
    } catch {
      body = JSON.parse(raw) as typeof body
    }
    const id = headers['webhook-id'] ?? ''
    const entry = {
      id,
      type: String(body.type),
      data: body.data ?? {},
      verified,
      duplicate: seen.has(id),
      headers,
    }
    requests.push(entry)
    if (hold) {
      const current = hold
      hold = undefined
      current.arrive()
      await current.released
    }
    if (failures > 0) {
      failures--
      res.writeHead(failStatus).end('not now')
      return
    }
    if (body.type === 'webhook.verification') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ challenge: body.data?.challenge }))
      return
    }
    if (!verified) {
      res.writeHead(401).end('bad signature')
      return
    }
    if (!entry.duplicate) {
      seen.add(id)
      processed.push(entry)
    }
    res.writeHead(204).end()
  }
  const server = createServer(
    (req, res) => void handle(req, res).catch(() => res.writeHead(500).end()),
  )
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/trust-center`,
    requests,
    processed,
    setSecret: (s) => (secret = s),
    failNext: (n, status = 500) => {
      failures = n
      failStatus = status
    },
    holdNext() {
      let arrive!: () => void
      let release!: () => void
      const arrived = new Promise<void>((r) => (arrive = r))
      hold = { arrive, released: new Promise<void>((r) => (release = r)) }
      return { arrived, release }
    },
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
