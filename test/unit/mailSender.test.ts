import { describe, expect, it } from 'vitest'
import { splitFrom } from '../../cms/domain/mailSender'

describe('splitFrom', () => {
  it('splits "Name <address>" into its parts', () => {
    expect(splitFrom('Trust Center <trust-center@example.com>')).toEqual({
      name: 'Trust Center',
      address: 'trust-center@example.com',
    })
  })

  it('drops the quotes around a quoted name and the white space around both parts', () => {
    expect(splitFrom('  "Müller, Datenschutz"  < dsb@example.de > ')).toEqual({
      name: 'Müller, Datenschutz',
      address: 'dsb@example.de',
    })
  })

  it('reads a bare address as an address without a name', () => {
    expect(splitFrom(' trust-center@localhost ')).toEqual({
      name: '',
      address: 'trust-center@localhost',
    })
    expect(splitFrom('<only@example.com>')).toEqual({ name: '', address: 'only@example.com' })
  })
})
