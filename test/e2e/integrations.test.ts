import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'

/**
 * What a vendor-risk tool reads from the built site: the discovery document, feeds in three
 * formats, the change events, security.txt. Every JSON output is checked against the JSON Schema
 * the site publishes under /schemas/ (with Ajv, not with the zod schemas it was generated from).
 */
const { dist, buildLog } = inject('e2e')
const read = (route: string) => readFileSync(path.join(dist, route), 'utf8')
const json = (route: string) => JSON.parse(read(route))
const site = 'http://localhost:4321'
const local = (url: string) => new URL(url).pathname.replace(/^\//, '')
const ajv = new Ajv2020({ strict: false, allErrors: true })
function expectValid(schemaName: string, data: unknown) {
  const validate =
    ajv.getSchema(`${site}/schemas/${schemaName}.json`) ??
    ajv.compile(json(`schemas/${schemaName}.json`))
  const ok = validate(data)
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([])
  expect(ok).toBe(true)
}

describe('/.well-known/trust-center.json', () => {
  const doc = json('.well-known/trust-center.json')

  it('validates against its published schema and lists every company with working links', () => {
    expectValid('trust-center', doc)
    expect(doc.$schema).toBe(`${site}/schemas/trust-center.json`)
    expect(doc.companies.map((c: { slug: string }) => c.slug)).toEqual(
      expect.arrayContaining(['beispiel-cloud', 'mpmx', '7pxl']),
    )
    expect(doc.languages).toEqual(['de', 'en'])
    for (const company of doc.companies) {
      const urls = [
        company.url,
        ...Object.values(company.feeds.all),
        ...Object.values(company.feeds.subprocessors),
        ...Object.values(company.endpoints).filter(Boolean),
      ] as string[]
      for (const url of urls) {
        const file = local(url)
        expect(() => read(file.endsWith('/') ? `${file}index.html` : file), url).not.toThrow()
      }
    }
    for (const s of doc.schemas) expect(json(local(s.url)).$id).toBe(s.url)
    expect(doc.securityTxt).toBe(`${site}/.well-known/security.txt`)
  })

  it("states the day of each company's newest change", () => {
    const cloud = doc.companies.find((c: { slug: string }) => c.slug === 'beispiel-cloud')
    const changes = json('beispiel-cloud/subprocessors/changes.json')
    const days = [
      ...changes.events.map((e: { announcedAt: string }) => e.announcedAt),
      json(local(cloud.endpoints.currentToms)).publishedAt?.slice(0, 10),
    ]
      .filter(Boolean)
      .sort()
    expect(cloud.lastChange >= days.at(-1)).toBe(true)
    expect(cloud.lastChange).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('feeds in RSS, Atom and JSON Feed', () => {
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
  for (const feed of [
    'feed',
    'beispiel-cloud/feed',
    'beispiel-cloud/subprocessors/feed',
    'mpmx/feed',
  ]) {
    it(`${feed}: the same items with the same ids in all three`, () => {
      const rss = [xml.parse(read(`${feed}.xml`)).rss.channel.item ?? []].flat() as Array<{
        guid: { '#text': string }
        title: string
        link: string
      }>
      const atom = xml.parse(read(`${feed}.atom`)).feed
      const entries = [atom.entry ?? []].flat() as Array<{
        id: string
        title: string
        link: { '@href': string }
      }>
      const jf = json(`${feed}.json`)
      expectValid('json-feed', jf)
      expect(jf.version).toBe('https://jsonfeed.org/version/1.1')
      expect(rss.length).toBeGreaterThan(0)
      const rssIds = rss.map((i) => i.guid['#text'])
      expect(entries.map((e) => e.id)).toEqual(rssIds)
      expect(jf.items.map((i: { id: string }) => i.id)).toEqual(rssIds)
      expect(entries.map((e) => e.title)).toEqual(rss.map((i) => String(i.title)))
      expect(jf.items.map((i: { title: string }) => i.title)).toEqual(
        rss.map((i) => String(i.title)),
      )
      expect(entries.map((e) => e.link['@href'])).toEqual(rss.map((i) => i.link))
      expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom')
      expect(atom.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(jf.feed_url).toBe(`${site}/${feed}.json`)
    })
  }

  it('each page announces its feeds in all three formats in <head>', () => {
    const head = parse(read('beispiel-cloud/subprocessors/index.html')).querySelector('head')!
    const links = head
      .querySelectorAll('link[rel=alternate][type]')
      .map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`)
    expect(links).toEqual(
      expect.arrayContaining([
        'application/rss+xml /beispiel-cloud/subprocessors/feed.xml',
        'application/atom+xml /beispiel-cloud/subprocessors/feed.atom',
        'application/feed+json /beispiel-cloud/subprocessors/feed.json',
        'application/rss+xml /feed.xml',
        'application/atom+xml /feed.atom',
        'application/feed+json /feed.json',
      ]),
    )
    const home = parse(read('index.html'))
      .querySelectorAll('head link[type="application/feed+json"]')
      .map((l) => l.getAttribute('href'))
    expect(home).toEqual(['/feed.json'])
  })
})

describe('/{company}/subprocessors/changes.json', () => {
  it('validates against its schema and carries the events with the ids the page and feed use', () => {
    const changes = json('beispiel-cloud/subprocessors/changes.json')
    expectValid('subprocessor-changes', changes)
    const list = json('beispiel-cloud/subprocessors.json')
    expect(changes.events.map((e: { id: string }) => e.id)).toEqual(
      list.history.map((e: { id: string }) => e.id),
    )
    const mail = changes.events.find(
      (e: { subprocessor: string }) => e.subprocessor === 'Beispiel Mail Inc.',
    )
    expect(mail).toMatchObject({
      kind: 'added',
      material: true,
      announcedAt: '2026-11-20',
      objectionDeadline: '2026-12-20',
      effectiveAt: '2027-03-01',
      fieldsChanged: [],
    })
    expect(mail.objectionOpen).toBe(mail.objectionDeadline >= changes.generatedAt)
    expect(mail.url).toBe(`${site}/beispiel-cloud/subprocessors/#event-${mail.id}`)
    const page = parse(read('beispiel-cloud/subprocessors/index.html'))
    expect(page.querySelector(`#event-${mail.id}`)).not.toBeNull()
    const rssLinks = [
      new XMLParser().parse(read('beispiel-cloud/subprocessors/feed.xml')).rss.channel.item,
    ]
      .flat()
      .map((i: { link: string }) => i.link)
    expect(rssLinks).toContain(mail.url)
  })

  it("every company's changes.json, subprocessors.json and current TOM version validate", () => {
    for (const company of json('.well-known/trust-center.json').companies) {
      if (company.endpoints.currentToms)
        expectValid('tom-version', json(local(company.endpoints.currentToms)))
      for (const file of readdirSync(path.join(dist, company.slug, 'toms')).filter((f) =>
        f.endsWith('.json'),
      ))
        expectValid('tom-version', json(`${company.slug}/toms/${file}`))
      expectValid('subprocessor-changes', json(local(company.endpoints.subprocessorChanges)))
      expectValid('subprocessors', json(local(company.endpoints.subprocessors)))
    }
  })
})

describe('/.well-known/security.txt', () => {
  it('is written from the operator configuration, with Expires renewed by the build', () => {
    const text = read('.well-known/security.txt')
    const fields = text
      .trim()
      .split('\n')
      .map((l) => l.split(/: (.*)/s).slice(0, 2) as [string, string])
    expect(fields.filter(([k]) => k === 'Contact').map(([, v]) => v)).toEqual([
      'mailto:security@trust.example',
      'https://trust.example/security-contact',
    ])
    expect(Object.fromEntries(fields.filter(([k]) => k !== 'Contact'))).toMatchObject({
      Policy: 'https://trust.example/disclosure-policy',
      'Preferred-Languages': 'de, en',
      Canonical: `${site}/.well-known/security.txt`,
    })
    const expires = Date.parse(fields.find(([k]) => k === 'Expires')![1])
    const days = (expires - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(170) // renewed by this build (180 days by default); at most a year (RFC 9116)
    expect(days).toBeLessThanOrEqual(180)
    expect(buildLog).not.toContain('security.txt:')
  })
})

describe('on a company page', () => {
  it('offers the webhook registration as a plain form post to the CMS, and links the data', () => {
    const page = parse(read('beispiel-cloud/index.html'))
    const form = page.querySelector('form.webhook')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toMatch(/\/api\/trust-center\/webhooks$/)
    expect(form.querySelector('input[name=company]')!.getAttribute('value')).toBe('beispiel-cloud')
    expect(form.querySelectorAll('input[name=topics]').map((i) => i.getAttribute('value'))).toEqual(
      ['subprocessors', 'toms'],
    )
    for (const name of ['url', 'email'])
      expect(form.querySelector(`input[name=${name}]`)!.hasAttribute('required')).toBe(true)
    const links = page.querySelectorAll('section a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(
      expect.arrayContaining([
        '/beispiel-cloud/feed.atom',
        '/beispiel-cloud/subprocessors/feed.json',
        '/beispiel-cloud/subprocessors/changes.json',
        '/.well-known/trust-center.json',
        '/about/integrators/',
      ]),
    )
    expect(() => read('about/integrators/index.html')).not.toThrow()
    expect(() => read('en/about/integrators/index.html')).not.toThrow()
  })
})

describe('objection form', () => {
  it('sits under each announced change whose deadline is ahead, as a plain form post with the change id', () => {
    const changes = json('beispiel-cloud/subprocessors/changes.json')
    const page = parse(read('beispiel-cloud/subprocessors/index.html'))
    const upcoming = page.querySelector('#upcoming')!.parentNode!
    for (const event of changes.events.filter(
      (e: { material: boolean; effectiveAt: string }) =>
        e.material && e.effectiveAt > changes.generatedAt,
    )) {
      const form =
        upcoming.querySelector(`form:has(input[name=event][value="${event.id}"])`) ??
        upcoming
          .querySelectorAll('form')
          .find((f) => f.querySelector('input[name=event]')?.getAttribute('value') === event.id)
      if (event.objectionOpen) {
        expect(form, event.id).toBeTruthy()
        expect(form!.getAttribute('method')).toBe('post')
        expect(form!.getAttribute('action')).toMatch(/\/api\/trust-center\/objections$/)
        expect(form!.querySelectorAll('[required]').map((f) => f.getAttribute('name'))).toEqual([
          'name',
          'organisation',
          'email',
          'reason',
        ])
      } else {
        expect(form).toBeFalsy()
        expect(upcoming.text).toContain('Einspruchsfrist für diese Änderung ist am')
      }
    }
  })
})

describe('regulatory data', () => {
  it('offers the subprocessors as CSV in the column order of the DORA provider template, with the LEI', () => {
    const rows = parseCsv(read('beispiel-cloud/subprocessors/dora-register.csv')) as string[][]
    expect(rows[0]!.slice(0, 12).map((h) => h.split(' ')[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `B_05.01.${String((i + 1) * 10).padStart(4, '0')}`),
    )
    const hosting = rows.find((r) => r[4] === 'Beispiel Hosting AG (fiktiv)')!
    expect(hosting.slice(0, 2)).toEqual(['BEISPIELHOSTING0AG25', 'LEI'])
    expect(hosting[7]).toBe('DE')
    expect(hosting.slice(12)).toEqual([
      '2', // chainRank 1 at the processor: rank 2 in the customer's register (B_05.02.0050)
      'Betrieb der Plattform (Rechenzentrum)',
      'Hosting der Plattform in Rechenzentren in Deutschland',
      'DE',
      'DE',
    ])
    expect(rows.some((r) => r[4]?.startsWith('Beispiel Mail'))).toBe(false) // announced, not yet in use
    const json = JSON.parse(read('beispiel-cloud/subprocessors.json'))
    expect(json.subprocessors[0].dora).toEqual({
      lei: 'BEISPIELHOSTING0AG25',
      headquartersCountry: 'DE',
      storageLocations: ['DE'],
      functionSupported: 'Betrieb der Plattform (Rechenzentrum)',
      chainRank: 1,
    })
    expect(
      JSON.parse(read('.well-known/trust-center.json')).companies.find(
        (c: { slug: string }) => c.slug === 'beispiel-cloud',
      ).endpoints.subprocessorsDoraCsv,
    ).toBe(`${site}/beispiel-cloud/subprocessors/dora-register.csv`)
  })

  it("shows the company's EU Data Act Art. 28 disclosure on its page, and none where there is none", () => {
    const section = parse(read('beispiel-cloud/index.html')).querySelector('#data-act')!.parentNode!
    expect(section.text).toContain('Rechtsordnungen der IKT-Infrastruktur')
    expect(section.text).toContain('Deutschland. Die gesamte Infrastruktur wird in Deutschland')
    expect(section.text).toContain('Prüfung und Anfechtung jedes behördlichen Ersuchens')
    expect(
      parse(read('en/beispiel-cloud/index.html')).querySelector('#data-act')!.parentNode!.text,
    ).toContain('Jurisdictions of the ICT infrastructure')
    expect(parse(read('mpmx/index.html')).querySelector('#data-act')).toBeNull()
  })
})
