import { lookup as dnsLookup } from 'node:dns/promises'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { isPublicAddress } from '@trust-center/core/publicAddress'

export class BlockedAddressError extends Error {
  constructor(host: string, address: string) {
    super(
      `${host} resolves to ${address}, which is not a public address; deliveries there are not allowed.`,
    )
    this.name = 'BlockedAddressError'
  }
}

interface SendOptions {
  /** Deliver to loopback, private and link-local addresses too (tests, intranet setups). */
  allowPrivateNetworks: boolean
  timeoutMs: number
}

interface SendResult {
  ok: boolean
  status?: number
  body: string
  error?: string
}

/**
 * Resolves the host at send time and connects only to an address that was checked: resolving
 * once to check and again to connect would let a DNS answer change in between (rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family as 0 })
      .then((addresses) => {
        const bad = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address))
        if (bad || addresses.length === 0)
          throw bad
            ? new BlockedAddressError(hostname, bad.address)
            : new Error(`${hostname} does not resolve`)
        if (options.all) (callback as (e: null, a: typeof addresses) => void)(null, addresses)
        else callback(null, addresses[0]!.address, addresses[0]!.family)
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0))
  }
}

/** The three Standard Webhooks headers for one attempt: the id stays, the timestamp is the attempt's. */
function signedHeaders(
  secret: string,
  msgId: string,
  body: string,
  now = new Date(),
): Record<string, string> {
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(msgId, now, body),
  }
}

/** POSTs a signed JSON body; never follows redirects (a redirect could lead anywhere). */
export async function postSigned(
  url: string,
  secret: string,
  msgId: string,
  body: string,
  options: SendOptions,
): Promise<SendResult> {
  const target = new URL(url)
  const literal = target.hostname.replace(/^\[|\]$/g, '')
  if (isIP(literal) && !options.allowPrivateNetworks && !isPublicAddress(literal))
    throw new BlockedAddressError(literal, literal)
  const client = target.protocol === 'https:' ? https : http
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'trust-center-webhooks/1',
    ...signedHeaders(secret, msgId, body),
  }
  return await new Promise<SendResult>((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        headers,
        lookup: guardedLookup(options.allowPrivateNetworks),
        timeout: options.timeoutMs,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size <= 64 * 1024) chunks.push(chunk) // a receiver's answer is read, not kept whole
        })
        res.on('end', () =>
          resolve({
            ok: (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300,
            status: res.statusCode,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)))
    req.on('error', reject)
    req.end(body)
  })
}
