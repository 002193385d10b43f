import { describe, expect, it } from 'vitest'
import { readEnv } from '../../cms/env'

describe('the environment schema', () => {
  it('reads a valid environment into typed values; empty means unset', () => {
    expect(
      readEnv({
        TRUSTCENTER_REBUILD_DEBOUNCE_MS: '1500',
        TRUSTCENTER_REBUILD: 'off',
        PORT: '8080',
        TRUSTCENTER_CMS_URL: 'https://cms.example.com',
        SMTP_URL: '',
        OTHER: 'ignored',
      }),
    ).toEqual({
      TRUSTCENTER_REBUILD_DEBOUNCE_MS: 1500,
      TRUSTCENTER_REBUILD: 'off',
      PORT: 8080,
      TRUSTCENTER_CMS_URL: 'https://cms.example.com',
    })
  })

  it('names every bad variable with its value and what it expects', () => {
    expect(() =>
      readEnv({
        TRUSTCENTER_REBUILD_DEBOUNCE_MS: '5s',
        TRUSTCENTER_FOUR_EYES: '0',
        DATABASE_URI: 'postgres://db/trust',
        TRUSTCENTER_SITE_URL: 'trust.example.com',
      }),
    ).toThrow(
      [
        'Invalid environment (see docs/configuration.md):',
        '  DATABASE_URI="postgres://db/trust": expected file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
        '  TRUSTCENTER_SITE_URL="trust.example.com": expected an http:// or https:// URL',
        '  TRUSTCENTER_REBUILD_DEBOUNCE_MS="5s": expected a whole number of milliseconds',
        '  TRUSTCENTER_FOUR_EYES="0": expected "on" or "off"',
      ].join('\n'),
    )
  })
})
