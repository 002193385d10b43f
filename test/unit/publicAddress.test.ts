import { describe, expect, it } from 'vitest'
import { isPublicAddress } from '../../cms/domain/publicAddress'

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, shared, documentation, multicast and unspecified addresses', () => {
    for (const a of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.2.10',
      '::1',
      '::',
      'fe80::1',
      'fe80::1%eth0',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe',
      'not-an-ip',
      'localhost',
    ]) {
      expect(isPublicAddress(a), a).toBe(false)
    }
  })

  it('accepts public addresses', () => {
    for (const a of [
      '8.8.8.8',
      '1.1.1.1',
      '172.32.0.1',
      '93.184.216.34',
      '2606:4700:4700::1111',
      '2a00:1450:4001:80b::200e',
      '::ffff:8.8.8.8',
    ])
      expect(isPublicAddress(a), a).toBe(true)
  })
})
