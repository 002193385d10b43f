import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'

/** The password policy on every way in: an admin creating a user over REST, a user changing theirs. */
let t: TestPayload
let rest: Rest
let adminToken: string
let admin: { id: number | string; email: string }
beforeAll(async () => {
  t = await startTestPayload()
  rest = await restClient()
  admin = await createUser(t.payload, 'admin')
  adminToken = (
    await t.payload.login({
      collection: 'users',
      data: { email: admin.email, password: 'correct horse battery' },
    })
  ).token!
})
afterAll(async () => t?.close())

describe('password policy', () => {
  it('refuses "abc", "password" and "password1234" when creating a user over REST, saying why', async () => {
    for (const password of ['abc', 'password', 'password1234']) {
      const response = await rest(
        'POST',
        'users',
        { email: `u-${password}@example.test`, password, role: 'editor' },
        adminToken,
      )
      expect(response.status, password).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/at least 12 characters|common one/)
    }
    expect(
      (
        await rest(
          'POST',
          'users',
          { email: 'ok@example.test', password: 'Fenster-Blau-Kaffee-7', role: 'editor' },
          adminToken,
        )
      ).status,
    ).toBe(201)
  })

  it('refuses a weak new password on update', async () => {
    const response = await rest(
      'PATCH',
      `users/${admin.id}`,
      { password: 'iloveyou2026!!' },
      adminToken,
    )
    expect(response.status).toBe(400)
  })
})
