import { describe, expect, it } from 'vitest'
import { operatorFromEnv } from '../../cms/domain/operator'

describe('operator configuration for the imprint', () => {
  it('is undefined (placeholder) when nothing is set', () => {
    expect(operatorFromEnv({})).toBeUndefined()
  })
  it('reads the operator from the environment, address lines split at "|"', () => {
    const op = operatorFromEnv({
      TRUSTCENTER_OPERATOR_NAME: 'Muster GmbH',
      TRUSTCENTER_OPERATOR_ADDRESS: 'Hauptstr. 1 | 10115 Berlin',
      TRUSTCENTER_OPERATOR_EMAIL: 'info@muster.example',
    })
    expect(op).toEqual({
      name: 'Muster GmbH',
      address: 'Hauptstr. 1\n10115 Berlin',
      email: 'info@muster.example',
    })
  })
  it('refuses a partial configuration, naming the variable', () => {
    expect(() => operatorFromEnv({ TRUSTCENTER_OPERATOR_NAME: 'Muster GmbH' })).toThrow(
      /TRUSTCENTER_OPERATOR_ADDRESS/,
    )
  })
})
