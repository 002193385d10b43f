import { describe, expect, it } from 'vitest'
import { clientAddress, DIRECT, trustedProxies } from '../../cms/plugin/http/clientAddress'

const h = (xff: string) => new Headers({ 'x-forwarded-for': xff })

describe('client address for rate limits', () => {
  it('ignores forwarded headers when no proxy is configured: rotating them changes nothing', () => {
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) => clientAddress(h(`203.0.113.${i}`), trustedProxies(''))),
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
