import type { Subscriber } from '../../cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'
import { companyData, subscriberData } from '../helpers/createData'

/** Only the subscriber's own opt-in confirms a subscription; an admin cannot, and a new address starts over. */
let t: TestPayload
let rest: Rest
let adminToken: string
let companyId: number
beforeAll(async () => {
  t = await startTestPayload()
  rest = await restClient()
  const admin = (await createUser(t.payload, 'admin')) as { email: string }
  adminToken = (
    await t.payload.login({
      collection: 'users',
      data: { email: admin.email, password: 'correct horse battery' },
    })
  ).token!
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster AG', slug: 'muster' }),
    })
  ).id
})
afterAll(async () => t?.close())

const subscriber = (email: string, status: Subscriber['status']) =>
  t.payload.create({
    collection: 'subscribers',
    data: subscriberData({ email, company: companyId, topics: ['toms'], status }),
  })
const read = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'subscribers', id, depth: 0 })) as unknown as {
    status: string
    email: string
    confirmedAt: string | null
  }

describe('subscriber status', () => {
  it('an admin cannot confirm a pending subscriber over REST', async () => {
    const s = await subscriber('pending@kunde.example', 'pending')
    const response = await rest('PATCH', `subscribers/${s.id}`, { status: 'confirmed' }, adminToken)
    expect(response.status).toBe(403)
    expect((await read(s.id)).status).toBe('pending')
  })

  it('changing a confirmed address makes it pending again', async () => {
    const s = await t.payload.update({
      collection: 'subscribers',
      id: (await subscriber('old@kunde.example', 'pending')).id,
      data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
    })
    const response = await rest(
      'PATCH',
      `subscribers/${s.id}`,
      { email: 'new@kunde.example' },
      adminToken,
    )
    expect(response.status).toBe(200)
    expect(await read(s.id)).toMatchObject({
      email: 'new@kunde.example',
      status: 'pending',
      confirmedAt: null,
    })
  })

  it('an admin may unsubscribe someone', async () => {
    const s = await subscriber('leave@kunde.example', 'pending')
    expect(
      (await rest('PATCH', `subscribers/${s.id}`, { status: 'unsubscribed' }, adminToken)).status,
    ).toBe(200)
    expect((await read(s.id)).status).toBe('unsubscribed')
  })
})
