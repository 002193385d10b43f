import { describe, expect, it } from 'vitest'
import { checkPassword } from '../../cms/plugin/fields/passwordPolicy'

describe('password policy', () => {
  it('refuses short passwords and common ones dressed up', () => {
    for (const p of ['abc', 'password', 'password123'])
      expect(checkPassword(p), p).toMatch(/at least 12/)
    for (const p of [
      'password1234',
      '2024!password!',
      'monkeymonkey',
      'iloveyou2026!!',
      'qwerty123456789',
    ])
      expect(checkPassword(p), p).toMatch(/common one/)
  })
  it('accepts long, uncommon passwords', () => {
    for (const p of ['correct horse battery', 'pw-123456789', 'Fenster-Blau-Kaffee-7'])
      expect(checkPassword(p), p).toBe(true)
  })
})
