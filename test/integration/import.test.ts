import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, startTestPayload, type TestPayload } from '../helpers/payload'
import { restClient, type Rest } from '../helpers/rest'
import { companyData, subprocessorData } from '../helpers/createData'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = (name: string) => path.join(root, 'test/fixtures/import', name)

let t: TestPayload
let rest: Rest
let companyId: number
let editorToken: string

beforeAll(async () => {
  t = await startTestPayload()
  companyId = (
    await t.payload.create({
      collection: 'companies',
      data: companyData({ name: 'Muster Software AG', slug: 'muster' }),
    })
  ).id
  rest = await restClient()
  const editor = await createUser(t.payload, 'editor')
  editorToken = (
    await t.payload.login({
      collection: 'users',
      data: { email: (editor as { email: string }).email, password: 'correct horse battery' },
    })
  ).token!
})
afterAll(async () => t?.close())

const versions = async () =>
  (
    await t.payload.find({
      collection: 'tom-versions',
      where: { company: { equals: companyId } },
      depth: 0,
    })
  ).docs as unknown as Array<Record<string, unknown>>

describe('admin "Import document" endpoint', () => {
  const send = (body: unknown, token: string | undefined = editorToken) =>
    rest('POST', `companies/${companyId}/import`, body, token)

  it('refuses anonymous callers and malformed requests', async () => {
    expect((await send({ kind: 'toms', mode: 'preview', text: 'x' }, '')).status).toBe(401)
    const bad = await send({ kind: 'toms', mode: 'preview' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toMatch(
      /Send either "text" \(pasted\) or "base64"/,
    )
  })

  it('previews pasted text without writing anything', async () => {
    const { readFileSync } = await import('node:fs')
    const response = await send({
      kind: 'toms',
      mode: 'preview',
      text: readFileSync(fixture('word-paste.txt'), 'utf8'),
    })
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(200)
    expect(body.result.report.counts).toMatchObject({ sections: 3, controls: 6, measures: 17 })
    expect(body.result.unparsed).toEqual([
      {
        line: 12,
        text: 'Werkschutz / Pförtner',
        code: 'uncheckedBox',
        message: expect.any(String),
      },
    ])
    expect(body.suggestions.companyName).toBe('Nordlicht Logistik GmbH')
    expect(await versions()).toEqual([])
  })

  it('creates a draft from an uploaded .html file, keeping warnings and unparsed lines with the version', async () => {
    const { readFileSync } = await import('node:fs')
    const base64 = readFileSync(fixture('annex-ii.html')).toString('base64')
    const response = await send({ kind: 'toms', mode: 'create', filename: 'annex-ii.html', base64 })
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(201)
    expect(body.message).toMatch(/^Draft 2026-02-01 created with 11 measures\.$/)
    const [draft] = await versions()
    expect(draft).toMatchObject({
      status: 'draft',
      effectiveDate: expect.stringMatching(/^2026-02-01/),
      title: 'Technical and Organisational Measures',
    })
    expect((draft!.source as { filename: string }).filename).toBe('annex-ii.html')
    // importing the same file again creates nothing
    const again = await (
      await send({ kind: 'toms', mode: 'create', filename: 'annex-ii.html', base64 })
    ).json()
    expect(again.message).toMatch(/imported before as version 2026-02-01/)
    expect(await versions()).toHaveLength(1)
  })

  it('refuses a draft dated before the current version until the editor gives a date', async () => {
    const [first] = await versions()
    await t.payload.update({
      collection: 'tom-versions',
      id: first!.id as number,
      data: { status: 'published' },
    })
    const text = 'Stand: 01.01.2020\n\n1. Vertraulichkeit\n\n1.1 Zutrittskontrolle\n\n- Pförtner\n'
    const early = await send({ kind: 'toms', mode: 'create', text })
    expect(early.status).toBe(400)
    expect((await early.json()).errors[0].message).toMatch(/Must not lie before 2026-02-01/)
    const dated = await send({ kind: 'toms', mode: 'create', text, effectiveDate: '2026-03-01' })
    expect(dated.status).toBe(201)
    expect((await dated.json()).message).toMatch(/^Draft 2026-03-01 created with 1 measures\.$/)
  })

  it('answers 422 with the line for a document it cannot read', async () => {
    const response = await send({
      kind: 'toms',
      mode: 'preview',
      text: 'Sehr geehrte Damen und Herren,\nanbei unser Angebot.\n',
    })
    expect(response.status).toBe(422)
    expect((await response.json()).errors[0].message).toMatch(
      /pasted text: line 1: no TOM structure found/,
    )
  })

  it('previews and creates draft subprocessors from a CSV list, skipping names already listed', async () => {
    const { readFileSync } = await import('node:fs')
    const base64 = readFileSync(fixture('subprocessors/de-semicolon.csv')).toString('base64')
    const preview = await (
      await send({ kind: 'subprocessors', mode: 'preview', filename: 'list.csv', base64 })
    ).json()
    expect(preview.entries.map((e: { name: string }) => e.name)).toEqual([
      'Amazon Web Services EMEA SARL',
      'Hetzner Online GmbH',
      'Twilio Inc.',
    ])
    expect((await t.payload.count({ collection: 'subprocessors' })).totalDocs).toBe(0)
    await t.payload.create({
      collection: 'subprocessors',
      data: subprocessorData({
        company: companyId,
        name: 'Hetzner Online GmbH',
        purpose: 'Hosting',
        locations: ['DE'],
        status: 'draft',
      }),
    })
    const created = await send({
      kind: 'subprocessors',
      mode: 'create',
      filename: 'list.csv',
      base64,
    })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    expect(body.created.map((c: { name: string }) => c.name)).toEqual([
      'Amazon Web Services EMEA SARL',
      'Twilio Inc.',
    ])
    expect(body.skipped).toEqual([
      { name: 'Hetzner Online GmbH', line: 3, reason: 'already listed for this company' },
    ])
    const twilio = (
      await t.payload.find({
        collection: 'subprocessors',
        where: { name: { equals: 'Twilio Inc.' } },
      })
    ).docs[0] as unknown as Record<string, unknown>
    expect(twilio).toMatchObject({
      status: 'draft',
      locations: ['US'],
      transferSafeguard: 'dpf',
      purpose: 'SMS-Versand',
    })
    // drafts are not public and record no change event
    expect((await t.payload.count({ collection: 'subprocessor-events' })).totalDocs).toBe(0)
  })
})

describe('admin "Import document": edited previews, Word lists, PDF', () => {
  const send = (body: unknown) => rest('POST', `companies/${companyId}/import`, body, editorToken)

  it('stores the structure as the editor left it in the preview (title changed, an item dropped, two merged)', async () => {
    const text =
      '# TOM\n\nStand: 01.05.2026\n\n## Zutrittskontrolle\n\n- Alarmanlage mit\n- Aufschaltung auf den Wachdienst\n- Pförtner\n'
    const preview = await (await send({ kind: 'toms', mode: 'preview', text })).json()
    expect(preview.positions.sections[0].controls[0].measures).toEqual([
      { line: 7 },
      { line: 8 },
      { line: 9 },
    ])
    const document = structuredClone(preview.result.document)
    document.title = 'TOM der Muster Software AG'
    document.sections[0].controls[0].measures = [
      { text: 'Alarmanlage mit Aufschaltung auf den Wachdienst' },
    ]
    const created = await send({
      kind: 'toms',
      mode: 'create',
      text,
      document,
      effectiveDate: '2026-05-01',
    })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    expect(body.message).toMatch(/created with 1 measures/)
    const draft = (await t.payload.findByID({
      collection: 'tom-versions',
      id: body.id,
      depth: 0,
    })) as unknown as {
      title: string
      sections: { controls: { measures: { text: string }[] }[] }[]
    }
    expect(draft.title).toBe('TOM der Muster Software AG')
    expect(draft.sections[0]!.controls[0]!.measures.map((m) => m.text)).toEqual([
      'Alarmanlage mit Aufschaltung auf den Wachdienst',
    ])
  })

  it('reads a subprocessor list from a .docx table and creates only the entries the editor kept', async () => {
    const { makeDocx } = await import('../helpers/docx')
    const base64 = makeDocx([
      {
        table: [
          ['Supplier', 'Function', 'Geographic Location'],
          ['Sentry (Functional Software, Inc.)', 'Error monitoring', 'United States (SCC)'],
          ['Scaleway SAS', 'Object storage', 'Paris'],
        ],
      },
    ]).toString('base64')
    const preview = await (
      await send({ kind: 'subprocessors', mode: 'preview', filename: 'Subprocessors.docx', base64 })
    ).json()
    expect(
      preview.entries.map((e: { name: string; locations: string[] }) => [e.name, e.locations]),
    ).toEqual([
      ['Sentry (Functional Software, Inc.)', ['US']],
      ['Scaleway SAS', ['FR']],
    ])
    const created = await (
      await send({
        kind: 'subprocessors',
        mode: 'create',
        filename: 'Subprocessors.docx',
        base64,
        entries: [preview.entries[1]],
      })
    ).json()
    expect(created.created.map((c: { name: string }) => c.name)).toEqual(['Scaleway SAS'])
  })

  it('previews an uploaded PDF and refuses a zip bomb with 422', async () => {
    const { printToPdf } = await import('../helpers/pdf')
    const { makeDocx } = await import('../helpers/docx')
    const pdf = Buffer.from(
      await printToPdf('<h1>TOM</h1><h2>Zutrittskontrolle</h2><ul><li>Alarmanlage</li></ul>'),
    ).toString('base64')
    const preview = await (
      await send({ kind: 'toms', mode: 'preview', filename: 'toms.pdf', base64: pdf })
    ).json()
    expect(preview.format).toBe('pdf')
    expect(preview.positions.sections[0].controls[0].measures[0]).toMatchObject({ page: 1 })
    const bomb = makeDocx([{ text: 'x' }], { padding: 150 * 1024 * 1024 }).toString('base64')
    const refused = await send({
      kind: 'toms',
      mode: 'preview',
      filename: 'bomb.docx',
      base64: bomb,
    })
    expect(refused.status).toBe(422)
    expect((await refused.json()).errors[0].message).toMatch(/zip bomb/)
  }, 60_000)
})

describe('trustcenter import (CLI)', () => {
  const cli = (...args: string[]) =>
    spawnSync('npm', ['run', '-s', 'trustcenter', '--', 'import', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env },
    })

  it('creates a draft TOM version and prints what it did', () => {
    const result = cli(fixture('plain-lettered.txt'), '--company', 'muster')
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(
      /created draft TOM version 2026-04-01 of Muster Software AG \(id [\da-f]+\) with 13 measures/,
    )
    expect(result.stderr).toMatch(/suggestion: DPO e-mail dsb@muster-software\.example \(line 37\)/)
  }, 120_000)

  it('says which company is missing, and refuses a file it cannot read before touching the database', () => {
    const missing = cli(fixture('plain-lettered.txt'), '--company', 'nobody')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/no company with slug "nobody"/)
    const unreadable = cli(path.join(root, 'package.json'), '--company', 'muster')
    expect(unreadable.status).toBe(1)
    expect(unreadable.stderr).toMatch(/package\.json:1: error: no TOM structure found/)
  }, 120_000)

  it('imports a subprocessor list as drafts with --subprocessors', () => {
    const result = cli(
      fixture('subprocessors/en-table.md'),
      '--company',
      'muster',
      '--subprocessors',
    )
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/created draft subprocessor "Cloudflare, Inc\."/)
    expect(result.stdout).toMatch(/3 draft subprocessors created for Muster Software AG, 0 skipped/)
  }, 120_000)
})
