import { describe, expect, it } from 'vitest'
import { securityTxt, securityTxtConfig } from '../../cms/domain/securityTxt'

describe('security.txt (RFC 9116)', () => {
  const now = new Date('2026-12-02T10:00:00.123Z')

  it('warns and writes nothing without a Contact', () => {
    const { config, warnings } = securityTxtConfig({}, 'https://trust.example')
    expect(securityTxt(config, now)).toBeNull()
    expect(warnings.join('\n')).toContain('TRUSTCENTER_SECURITY_CONTACT is not set')
    expect(warnings.join('\n')).toContain('TRUSTCENTER_SECURITY_POLICY is not set')
  })

  it('writes the configured fields, Expires counted from the build, Canonical from the site URL', () => {
    const { config, warnings } = securityTxtConfig(
      {
        TRUSTCENTER_SECURITY_CONTACT: 'sec@example.com https://example.com/report',
        TRUSTCENTER_SECURITY_POLICY: 'https://example.com/policy',
        TRUSTCENTER_SECURITY_LANGUAGES: 'en,de',
        TRUSTCENTER_SECURITY_EXPIRES_DAYS: '30',
      },
      'https://trust.example/',
    )
    expect(warnings).toEqual([])
    expect(securityTxt(config, now)).toBe(
      [
        'Contact: mailto:sec@example.com',
        'Contact: https://example.com/report',
        'Expires: 2027-01-01T10:00:00Z',
        'Preferred-Languages: en, de',
        'Canonical: https://trust.example/.well-known/security.txt',
        'Policy: https://example.com/policy',
        '',
      ].join('\n'),
    )
  })

  it('refuses a Contact that is no URI it allows, and an Expires beyond a year', () => {
    const { config, warnings } = securityTxtConfig(
      {
        TRUSTCENTER_SECURITY_CONTACT: 'http://insecure.example',
        TRUSTCENTER_SECURITY_POLICY: 'https://x',
        TRUSTCENTER_SECURITY_EXPIRES_DAYS: '400',
      },
      'https://t.example',
    )
    expect(config.contact).toEqual([])
    expect(config.expiresDays).toBe(180)
    expect(warnings).toHaveLength(3)
  })
})
