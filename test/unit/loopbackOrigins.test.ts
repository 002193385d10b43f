import { describe, expect, it } from 'vitest'
import { loopbackOrigins } from '../../cms/loopbackOrigins'

describe('loopbackOrigins', () => {
  it('adds the other loopback names of a local CMS, same port', () => {
    expect(loopbackOrigins('http://localhost:3000/admin')).toEqual([
      'http://localhost:3000',
      'http://127.0.0.1:3000',
      'http://[::1]:3000',
    ])
    expect(loopbackOrigins('http://127.0.0.1:3310')).toContain('http://localhost:3310')
  })

  it('leaves a public CMS URL alone', () => {
    expect(loopbackOrigins('https://cms.example.com')).toEqual(['https://cms.example.com'])
    expect(loopbackOrigins('https://localhost.example.com')).toEqual([
      'https://localhost.example.com',
    ])
  })
})
