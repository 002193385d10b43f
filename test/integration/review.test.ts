import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp'
import { PASSWORD, reviewSituation } from '../helpers/adminWorkflowSetup'

/**
 * The review buttons' endpoints over Payload's REST route, with mails to a real SMTP server on
 * loopback: submit (editor) → request changes with a comment / approve and publish (legal, not
 * the last editor); the state machine and the roles are enforced on the server.
 */
let t: TestPayload
let smtp: TestSmtp
let s: Awaited<ReturnType<typeof reviewSituation>>
let call: (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  token: string,
  body?: unknown,
  language?: string,
) => Promise<{ status: number; json: any }>

beforeAll(async () => {
  smtp = await startTestSmtp()
  t = await startTestPayload({ SMTP_URL: smtp.url, TRUSTCENTER_CMS_URL: 'http://cms.test' })
  s = await reviewSituation(t.payload)
  // back to a draft: the situation submits it; these tests press the buttons themselves
  await t.payload.db.updateOne({
    collection: 'tom-versions',
    id: s.versionId,
    data: { status: 'draft' },
    returning: false,
  })
  const config = (await import('../../cms/payload.config')).default
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
  }
  call = async (method, path, token, body, language = 'en') => {
    const response = await handlers[method](
      new Request(`http://localhost/api/${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${token}`,
          'accept-language': language,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: path.split('?')[0]!.split('/') }) },
    )
    return { status: response.status, json: await response.json() }
  }
})
afterAll(async () => {
  await t?.close()
  await smtp?.close()
})

const token = async (user: { email: string }) =>
  (await t.payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } }))
    .token!
const stored = async () =>
  (await t.payload.findByID({
    collection: 'tom-versions',
    id: s.versionId,
    depth: 0,
  })) as unknown as Record<string, any>
const mailsTo = (address: string) =>
  smtp.mails.filter((m) => JSON.stringify(m.to).includes(address))

describe('review buttons', () => {
  it('approving a draft is refused: it must be submitted first (409, the rule in the user language)', async () => {
    const answer = await call(
      'POST',
      `tom-versions/${s.versionId}/approve`,
      await token(s.legal),
      undefined,
      'de',
    )
    expect(answer.status).toBe(409)
    expect(answer.json.errors[0].message).toBe(
      'Nur eine Version in Prüfung kann freigegeben oder zurückgegeben werden; diese Version ist Entwurf.',
    )
  })

  it('the editor submits for review; every legal user gets a mail with the link', async () => {
    const answer = await call('POST', `tom-versions/${s.versionId}/submit`, await token(s.editor))
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    expect(await stored()).toMatchObject({ status: 'in-review', lastEditedBy: s.editor.id })
    await expect
      .poll(() => mailsTo(s.legal.email).length + mailsTo(s.otherLegal.email).length)
      .toBe(2)
    const mail = mailsTo(s.legal.email)[0]!
    expect(mail.subject).toContain('For review')
    expect(mail.text).toContain(`Erika Editor submitted the TOM version`)
    expect(mail.text).toContain(`http://cms.test/admin/collections/tom-versions/${s.versionId}`)
    expect(mailsTo(s.editor.email)).toHaveLength(0)
  })

  it('submitting twice is refused', async () => {
    expect(
      (await call('POST', `tom-versions/${s.versionId}/submit`, await token(s.editor))).status,
    ).toBe(409)
  })

  it('the editor cannot approve or request changes', async () => {
    const answer = await call('POST', `tom-versions/${s.versionId}/approve`, await token(s.editor))
    expect(answer.status).toBe(403)
    expect(answer.json.errors[0].message).toBe('Only legal or admin may review a TOM version.')
  })

  it('the review summary shows the diff against the version in force and what the user may do', async () => {
    const legalView = await call('GET', `tom-versions/${s.versionId}/review`, await token(s.legal))
    expect(legalView.status).toBe(200)
    expect(legalView.json).toMatchObject({
      status: 'in-review',
      lastEditedBy: { name: 'Erika Editor' },
      current: null,
      can: { approve: true, requestChanges: true },
    })
    expect(legalView.json.log).toEqual([
      expect.objectContaining({
        action: 'submitted',
        by: expect.objectContaining({ name: 'Erika Editor' }),
      }),
    ])
    const editorView = await call(
      'GET',
      `tom-versions/${s.versionId}/review`,
      await token(s.editor),
    )
    expect(editorView.json.can).toEqual({ submit: false, approve: false, requestChanges: false })
  })

  it('requesting changes needs a comment, sends the version back to draft and mails the editor the comment', async () => {
    const legalToken = await token(s.legal)
    const bare = await call('POST', `tom-versions/${s.versionId}/request-changes`, legalToken, {})
    expect(bare.status).toBe(400)
    expect(bare.json.errors[0].message).toMatch(/comment is required/)
    const answer = await call('POST', `tom-versions/${s.versionId}/request-changes`, legalToken, {
      comment: 'Bitte die Aufbewahrungsfrist in 2.2 nennen.',
    })
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    const doc = await stored()
    expect(doc.status).toBe('draft')
    expect(doc.reviewLog.map((e: any) => [e.action, e.comment ?? null])).toEqual([
      ['submitted', null],
      ['changes-requested', 'Bitte die Aufbewahrungsfrist in 2.2 nennen.'],
    ])
    await expect.poll(() => mailsTo(s.editor.email).length).toBe(1)
    expect(mailsTo(s.editor.email)[0]!.text).toContain(
      'Bitte die Aufbewahrungsfrist in 2.2 nennen.',
    )
  })

  it("the editor's saves keep the review history, whatever the form sends for it", async () => {
    const editor = await token(s.editor)
    const before = (await stored()).reviewLog.map((e: any) => [e.action, e.comment ?? null])
    expect(before).toHaveLength(2)
    // as the admin's Save sends a draft: the read-only history as it has it, or none at all
    for (const body of [
      { changeSummary: 'Aufbewahrungsfrist ergänzt' },
      { changeSummary: 'Aufbewahrungsfrist ergänzt.', reviewLog: [] },
    ]) {
      const saved = await call('PATCH', `tom-versions/${s.versionId}?draft=true`, editor, body)
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
      expect((await stored()).reviewLog.map((e: any) => [e.action, e.comment ?? null])).toEqual(
        before,
      )
    }
  })

  it('after an edit by legal, that legal user may not approve (four-eyes), the other may; the editor hears of it', async () => {
    const editor = await token(s.editor)
    const version = await stored()
    version.sections[0].controls[0].measures[0].text += ' (45 Tage)'
    // legal edits the draft itself, then the editor submits again
    await t.payload.update({
      collection: 'tom-versions',
      id: s.versionId,
      data: { sections: version.sections },
      user: s.legal,
      overrideAccess: false,
    })
    expect((await call('POST', `tom-versions/${s.versionId}/submit`, editor)).status).toBe(200)
    const refused = await call('POST', `tom-versions/${s.versionId}/approve`, await token(s.legal))
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/^Four-eyes rule/)
    const approved = await call(
      'POST',
      `tom-versions/${s.versionId}/approve`,
      await token(s.otherLegal),
    )
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    expect(await stored()).toMatchObject({ status: 'published', publishedBy: s.otherLegal.id })
    // the last editor is legal (Lena): she hears that it was published
    await expect
      .poll(() => mailsTo(s.legal.email).filter((m) => m.subject?.includes('Published')).length)
      .toBe(1)
  })
})

describe('the review panel of a revision', () => {
  it('lists the changed measure against the version in force, word by word', async () => {
    const editor = await token(s.editor)
    const revision = await call('POST', `tom-versions/${s.versionId}/new-revision`, editor)
    expect(revision.status, JSON.stringify(revision.json)).toBe(201)
    const draft = (await t.payload.findByID({
      collection: 'tom-versions',
      id: revision.json.id,
      depth: 0,
    })) as unknown as Record<string, any>
    const measure = draft.sections[0].controls[0].measures[0]
    measure.text = measure.text.replace('(45 Tage)', '(90 Tage)')
    await t.payload.update({
      collection: 'tom-versions',
      id: draft.id,
      data: { sections: draft.sections },
      user: s.editor,
      overrideAccess: false,
    })
    const summary = await call('GET', `tom-versions/${draft.id}/review`, editor)
    expect(summary.json.current).toMatchObject({ id: s.versionId, version: '2026-03-01' })
    expect(summary.json.diff.counts).toMatchObject({ changed: 1, added: 0, removed: 0 })
    const changed = summary.json.diff.controls.flatMap((c: any) => c.measures)
    expect(changed).toHaveLength(1)
    expect(changed[0]).toMatchObject({
      kind: 'changed',
      from: { text: expect.stringContaining('(45 Tage)') },
      to: { text: expect.stringContaining('(90 Tage)') },
    })
    expect(changed[0].words.filter((w: any) => w.added).map((w: any) => w.value.trim())).toEqual([
      '90',
    ])
  })
})

describe("Payload's own mails take the same path", () => {
  it('forgot password sends the reset link through SMTP', async () => {
    const before = mailsTo(s.editor.email).length
    await t.payload.forgotPassword({ collection: 'users', data: { email: s.editor.email } })
    await expect.poll(() => mailsTo(s.editor.email).length).toBe(before + 1)
    expect(mailsTo(s.editor.email).at(-1)!.html).toMatch(/reset/)
  })
})
