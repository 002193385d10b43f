import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, startTestPayload, type TestPayload, type TestUser } from '../helpers/payload'
import { type Rest, restClient } from '../helpers/rest'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { companyData, tomVersionData } from '../helpers/createData'

/**
 * People by name, invitations by e-mail (real SMTP on loopback), and locks that end on save and
 * whose take-over the previous holder learns (the browser side: admin-review.browser.test.ts).
 */
let t: TestPayload
let smtp: TestSmtp
let admin: TestUser

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({ SMTP_URL: smtp.url, TRUSTCENTER_CMS_URL: 'http://cms.test' })
  admin = await createUser(t.payload, 'admin')
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

describe('users', () => {
  it('are shown by name; without one, the part of the address before the @', async () => {
    const users = t.payload.collections.users!.config
    expect(users.admin.useAsTitle).toBe('name')
    const nameless = await t.payload.create({
      collection: 'users',
      data: {
        email: 'max.muster@example.test',
        password: 'correct horse battery',
        role: 'editor',
      },
    })
    expect((nameless as { name?: string }).name).toBe('max.muster')
  })

  it('an admin invites a colleague by creating them: a set-password link arrives by mail and works', async () => {
    await t.payload.create({
      collection: 'users',
      data: {
        email: 'neu@example.test',
        name: 'Nora Neu',
        password: 'temporary only 1',
        role: 'legal',
      },
      user: admin,
      overrideAccess: false,
    })
    await expect
      .poll(
        () => smtp.mails.filter((m) => JSON.stringify(m.to).includes('neu@example.test')).length,
      )
      .toBe(1)
    const mail = smtp.mails.find((m) => JSON.stringify(m.to).includes('neu@example.test'))!
    expect(mail.subject).toContain('Invitation')
    // the role as the admin names it, in each language; not its stored value
    expect(mail.text).toContain('(Rolle: Legal (prüft und veröffentlicht))')
    expect(mail.text).toContain('(role: Legal (reviews and publishes))')
    const token = mail.text!.match(/http:\/\/cms\.test\/admin\/reset\/([\w-]+)/)![1]!
    await t.payload.resetPassword({
      collection: 'users',
      data: { token, password: 'my own passphrase' },
      overrideAccess: true,
    })
    const login = await t.payload.login({
      collection: 'users',
      data: { email: 'neu@example.test', password: 'my own passphrase' },
    })
    expect(login.user!.name).toBe('Nora Neu')
  })
})

describe('document locks', () => {
  it('are short and end when their holder saves', async () => {
    expect(t.payload.collections['tom-versions']!.config.lockDocuments).toEqual({ duration: 90 })
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Lock AG', slug: 'lock' }),
    })
    const editor = await createUser(t.payload, 'editor')
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'T',
        effectiveDate: '2026-01-01',
        sections: [{ heading: 'H', category: 'other', controls: [] }],
      }),
      user: editor,
      overrideAccess: false,
    })
    // what the admin writes when someone opens the document
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'tom-versions', value: draft.id },
        user: { relationTo: 'users', value: (editor as { id: number }).id },
      },
    })
    const locks = () =>
      t.payload
        .count({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: draft.id } },
        })
        .then((r) => r.totalDocs)
    expect(await locks()).toBe(1)
    await t.payload.update({
      collection: 'tom-versions',
      id: draft.id,
      data: { title: 'T2' },
      user: editor,
      overrideAccess: false,
    })
    expect(await locks()).toBe(0)
  })
  it("name their holder to colleagues who may not see the holder's e-mail address", async () => {
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Name AG', slug: 'name-ag' }),
    })
    const editor = (await createUser(t.payload, 'editor')) as { id: number; email: string }
    await t.payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Erika Editor' },
    })
    const legal = await createUser(t.payload, 'legal')
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'T',
        effectiveDate: '2026-01-01',
        sections: [{ heading: 'H', category: 'other', controls: [] }],
      }),
    })
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'tom-versions', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
    })
    // what the admin asks when legal opens the document (Payload's handleFormStateLocking)
    const { docs } = await t.payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: draft.id } },
      depth: 1,
      user: legal,
      overrideAccess: false,
    })
    const holder = docs[0]!.user.value as { id: unknown; email?: string; name?: string }
    expect(String(holder.id)).toBe(String(editor.id))
    expect(holder.email).toBe('Erika Editor') // what Payload's lock messages print
    expect(JSON.stringify(docs)).not.toContain(editor.email)
  })

  it("a take-over is reported to the previous holder's view, and her save is refused in her language, naming the new holder", async () => {
    const rest: Rest = await restClient()
    const company = await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Take AG', slug: 'take-ag' }),
    })
    const editor = (await createUser(t.payload, 'editor')) as { id: number; email: string }
    const legal = (await createUser(t.payload, 'legal')) as { id: number; email: string }
    await t.payload.update({
      collection: 'users',
      id: legal.id,
      data: { name: 'Lena Legal' },
    })
    const token = async (user: { email: string }) =>
      (
        await t.payload.login({
          collection: 'users',
          data: { email: user.email, password: 'correct horse battery' },
        })
      ).token!
    const editorToken = await token(editor)
    const draft = await t.payload.create({
      collection: 'tom-versions',
      data: tomVersionData({
        company: company.id,
        title: 'T',
        effectiveDate: '2026-01-01',
        sections: [{ heading: 'H', category: 'other', controls: [] }],
      }),
    })
    const lock = await t.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'tom-versions', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      },
    })
    const hold = async () =>
      (await (
        await rest(
          'POST',
          'trust-center/document-lock',
          { collection: 'tom-versions', id: String(draft.id), action: 'hold' },
          editorToken,
        )
      ).json()) as { lock: unknown; holder: { lock: unknown; name: string; since: string } | null }
    expect(await hold()).toMatchObject({ lock: lock.id, holder: null })

    // what Payload's "Take over" does: the same lock, another user
    await t.payload.update({
      collection: 'payload-locked-documents',
      id: lock.id,
      data: { user: { relationTo: 'users', value: legal.id } },
    })
    const after = await hold()
    expect(after.lock).toBeNull()
    expect(after.holder).toMatchObject({ lock: lock.id, name: 'Lena Legal' })
    expect(JSON.stringify(after)).not.toContain(legal.email)

    for (const [language, text] of [
      ['de', 'Lena Legal hat die Bearbeitung dieses Dokuments übernommen.'],
      ['en', 'Lena Legal has taken over editing this document.'],
    ] as const) {
      const response = await rest(
        'PATCH',
        `tom-versions/${draft.id}`,
        { title: 'T2' },
        editorToken,
        { 'accept-language': language },
      )
      expect(response.status).toBe(423)
      const { errors } = (await response.json()) as {
        errors: { name?: string; message: string; data?: { rule?: string } }[]
      }
      expect(errors[0]!.message).toContain(text)
      expect(errors[0]!.data?.rule).toBe('lockedBy')
    }
    expect((await t.payload.findByID({ collection: 'tom-versions', id: draft.id })).title).toBe('T')
  })
})
