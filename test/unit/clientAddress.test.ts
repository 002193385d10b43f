import { describe, expect, it } from 'vitest'
import {
  clientAddress,
  DIRECT,
  normaliseAddress,
  trustedProxies,
} from '../../cms/plugin/http/clientAddress'

const h = (xff: string) => new Headers({ 'x-forwarded-for': xff })
const PEER = 'x-trust-center-peer'
const fromPeer = (peer: string, xff?: string) =>
  new Headers({ [PEER]: peer, ...(xff ? { 'x-forwarded-for': xff } : {}) })

describe('client address for rate limits', () => {
  it('ignores forwarded headers when no proxy is configured: rotating them changes nothing', () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) => clientAddress(h(`203.0.113.${i}`), trustedProxies([]))),
    )
    expect([...keys]).toEqual([DIRECT])
  })
  it('behind a configured proxy takes the address the proxy appended, not what the client wrote', () => {
    const proxies = trustedProxies('127.0.0.1, 10.0.0.5')
    expect(clientAddress(h('6.6.6.6, 198.51.100.7, 10.0.0.5'), proxies)).toBe('198.51.100.7')
    expect(clientAddress(h('1.1.1.1, 198.51.100.7, 127.0.0.1'), proxies)).toBe('198.51.100.7')
    expect(clientAddress(h('198.51.100.7'), proxies)).toBe('198.51.100.7')
  })
})

describe('client address from the CMS server’s peer header', () => {
  it('is the peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress(fromPeer('203.0.113.5', '6.6.6.6'), trustedProxies(''), PEER)).toBe(
      '203.0.113.5',
    )
    expect(
      clientAddress(fromPeer('203.0.113.5', '6.6.6.6'), trustedProxies('127.0.0.1'), PEER),
    ).toBe('203.0.113.5')
  })
  it('walks X-Forwarded-For from the right when the peer is a trusted proxy', () => {
    const proxies = trustedProxies('127.0.0.1,10.0.0.5')
    expect(clientAddress(fromPeer('127.0.0.1', '6.6.6.6, 198.51.100.7'), proxies, PEER)).toBe(
      '198.51.100.7',
    )
    expect(
      clientAddress(fromPeer('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.5'), proxies, PEER),
    ).toBe('198.51.100.7')
    // A proxy that forwards nothing: the proxy itself, not one shared "direct" key.
    expect(clientAddress(fromPeer('127.0.0.1'), proxies, PEER)).toBe('127.0.0.1')
  })
  it('is not believed without the server’s mark (a client could write it)', () => {
    expect(clientAddress(fromPeer('203.0.113.5'), trustedProxies(''), undefined)).toBe(DIRECT)
  })
  it('reads IPv4 peers of dual-stack sockets as IPv4', () => {
    expect(normaliseAddress('::ffff:127.0.0.2')).toBe('127.0.0.2')
    expect(normaliseAddress('::1')).toBe('::1')
    expect(clientAddress(fromPeer('::ffff:127.0.0.2'), trustedProxies(''), PEER)).toBe('127.0.0.2')
  })
})
