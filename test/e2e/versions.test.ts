import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'

/** Versions on the built site: change logs, superseded banners, JSON with fingerprints, feeds. */
const { dist } = inject('e2e')
const read = (route: string) => readFileSync(path.join(dist, route), 'utf8')
const html = (route: string) => parse(read(path.join(route, 'index.html')))
const norm = (s: string) => s.replace(/\s+/g, ' ').trim()
const demo = '/beispiel-cloud/toms'

describe('change log of the example company', () => {
  it('shows certifications with their validity', () => {
    // one card per certification: name, a validity badge, issuer and scope
    const cert = html('beispiel-cloud')
      .querySelector('#certifications')!
      .parentNode!.querySelector('.cert')!
    expect(norm(cert.querySelector('strong')!.text)).toBe('ISO/IEC 27001:2022')
    expect(norm(cert.querySelector('.badge.ok')!.text)).toBe('gültig bis 31. Januar 2028')
    expect(norm(cert.querySelector('.detail')!.text)).toBe(
      'Beispiel-Zertifizierungsstelle (fiktiv) · Betrieb der Plattform',
    )
  })

  it('marks the company as fictional on its pages', () => {
    expect(html('beispiel-cloud').querySelector('.example')!.text).toMatch(/erfunden/)
    expect(html(`${demo}/2026-03-01`).querySelector('.example')).not.toBeNull()
  })

  it('shows every kind of material change against the previous version', () => {
    const page = html(`${demo}/2025-09-01/changes`)
    const items = page.querySelectorAll('li.change')
    const of = (kind: string) =>
      items.filter((li) => li.classList.contains(`change-${kind}`)).map((li) => norm(li.text))
    expect(of('added')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Hardware-Sicherheitsschlüssel (FIDO2) für Administratoren'),
      ]),
    )
    expect(of('removed')).toEqual([expect.stringContaining('Besucherregistrierungsverfahren')])
    const changed = page.querySelectorAll('li.change-changed')
    const mfa = changed.find((li) => li.text.includes('Multi-Faktor-Authentifizierung'))!
    expect(mfa.querySelector('del')!.text).toBe(', soweit angemessen')
    expect(mfa.querySelector('ins')!.text).toBe(' für alle Zugänge')
    expect(of('moved')).toEqual([
      // shown where it went and where it came from
      'VerschobenIncident-Response-Verfahren — verschoben aus Verfahren zur regelmäßigen Überprüfung und Bewertung',
      'VerschobenIncident-Response-Verfahren — verschoben nach 2.2 Nachvollziehbarkeit und Eingabekontrolle',
    ])
    expect(norm(page.querySelector('.kind-material')!.text)).toBe('Wesentliche Änderung')
    const total = page
      .querySelector('table.change-counts tr.total')!
      .querySelectorAll('td')
      .map((td) => td.text)
    expect(total).toEqual(['2', '1', '2', '1']) // added, removed, changed (one of them half of a split), moved
  })

  it('marks an editorial change as such and shows the renamed heading', () => {
    const page = html(`${demo}/2026-03-01/changes`)
    expect(page.querySelector('.kind-editorial')!.text).toMatch(/Redaktionelle Änderung/)
    expect(norm(page.querySelector('.control-renamed')!.text)).toContain(
      'Überschrift vorher: 1.5 Trennung von Umgebungen',
    )
    expect(page.querySelectorAll('li.change-changed').map((li) => norm(li.text))).toEqual([
      expect.stringContaining('Passwortrichtlinien'),
    ])
  })

  it('says that the first version has no predecessor', () => {
    expect(html(`${demo}/2025-01-15/changes`).querySelector('main')!.text).toContain(
      'erste veröffentlichte Version',
    )
  })

  it('puts a banner on superseded versions that points to the current one', () => {
    const banner = html(`${demo}/2025-01-15`).querySelector('.notice[role=note]:not(.example)')!
    expect(banner.text).toContain('nicht mehr aktuell')
    expect(banner.querySelector('a')!.getAttribute('href')).toBe(`${demo}/2026-03-01/`)
    expect(html(`${demo}/2026-03-01`).querySelector('main')!.text).not.toContain(
      'nicht mehr aktuell',
    )
  })

  it('lists the versions with dates and summaries on the company page', () => {
    const rows = html('beispiel-cloud')
      .querySelectorAll('table.versions tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map((cell) => norm(cell.text)))
    expect(rows).toHaveLength(3)
    expect(rows[0]!.slice(0, 2)).toEqual(['2026-03-01 aktuell', '1. März 2026'])
    expect(rows[0]![2]).toMatch(/Tippfehler korrigiert/)
    expect(rows[2]!.slice(0, 3)).toEqual([
      '2025-01-15 ersetzt',
      '15. Januar 2025',
      'Erste veröffentlichte Fassung.',
    ])
  })

  it('compares any two versions on one page per company; no page per pair', () => {
    const links = html(`${demo}/compare`)
      .querySelectorAll('ul.version-links a')
      .map((a) => a.getAttribute('href'))
    expect(links).toEqual([
      `${demo}/2026-03-01/`,
      `${demo}/2026-03-01/changes/`,
      `${demo}/2025-09-01/`,
      `${demo}/2025-09-01/changes/`,
      `${demo}/2025-01-15/`,
    ])
    expect(
      html(`/en${demo}/compare`)
        .querySelectorAll('ul.version-links a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(links.map((href) => `/en${href}`))
    expect(existsSync(path.join(dist, `${demo}/compare/2025-01-15`))).toBe(false)
    const versions = JSON.parse(
      html(`${demo}/compare`).querySelector('form.compare-picker')!.getAttribute('data-versions')!,
    )
    expect(versions.map((v: { json: string }) => v.json)).toEqual([
      `${demo}/2026-03-01.json`,
      `${demo}/2025-09-01.json`,
      `${demo}/2025-01-15.json`,
    ])
  })
})

describe('versions as data', () => {
  const versions = [
    `${demo}/2025-01-15.json`,
    `${demo}/2026-03-01.json`,
    '/mpmx/toms/2026-06-01.json',
    '/telemaxx/toms/2026-11-24.json',
  ]
  for (const route of versions) {
    it(`${route}: its fingerprint recomputes with the documented Python one-liner and is shown on the page`, () => {
      const json = JSON.parse(read(route))
      expect(json.fingerprint.value).toMatch(/^[0-9a-f]{64}$/)
      const python = spawnSync(
        'python3',
        [
          '-c',
          'import hashlib, json, sys\nd = json.load(sys.stdin)\nc = json.dumps(d["content"], sort_keys=True, separators=(",", ":"), ensure_ascii=False)\nprint(hashlib.sha256(c.encode()).hexdigest())',
        ],
        { input: read(route), encoding: 'utf8' },
      )
      expect(python.stdout.trim()).toBe(json.fingerprint.value)
      const page = html(route.replace(/\.json$/, ''))
      expect(page.querySelector('.fingerprint code')!.text).toBe(json.fingerprint.value)
    })
  }

  it('says which version supersedes an old one', () => {
    const json = JSON.parse(read(`${demo}/2025-01-15.json`))
    expect(json).toMatchObject({
      status: 'superseded',
      changeKind: 'material',
      supersededBy: expect.stringMatching(/\/beispiel-cloud\/toms\/2026-03-01\/$/),
    })
    expect(json.content.sections.length).toBeGreaterThan(3)
  })
})

describe('RSS feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false })
  const feed = (route: string) => {
    const xml = read(route)
    expect(XMLValidator.validate(xml)).toBe(true)
    const rss = parser.parse(xml).rss
    expect(rss['@_version']).toBe('2.0')
    const channel = rss.channel
    for (const field of ['title', 'link', 'description'])
      expect(channel[field]).toEqual(expect.any(String))
    const items = [channel.item ?? []].flat()
    for (const item of items) {
      expect(item.title).toEqual(expect.any(String))
      expect(item.link).toMatch(
        /^http:\/\/localhost:4321\/[\w-]+\/(toms\/[\d-]+\/changes\/|subprocessors\/#event-\d+)$/,
      )
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate) // RFC 822 date
      expect(item.guid['#text'] ?? item.guid).toBe(item.link)
    }
    return items
  }

  it('/feed.xml has an item per published version and subprocessor change of every company', () => {
    const items = feed('feed.xml')
    expect(items.filter((i) => i.link.includes('/toms/'))).toHaveLength(8)
    expect(items.filter((i) => i.link.includes('/subprocessors/'))).toHaveLength(3)
    expect(items.map((i) => i.title)).toContain(
      'Beispiel Cloud GmbH: TOM-Version 2026-03-01 (Redaktionelle Änderung)',
    )
  })

  it("/{company}/feed.xml has the company's versions, newest first, with summary and effective date", () => {
    const items = feed('beispiel-cloud/feed.xml').filter((i) => i.link.includes('/toms/'))
    expect(items.map((i) => i.link.replace(/^.*\/toms\//, ''))).toEqual([
      '2026-03-01/changes/',
      '2025-09-01/changes/',
      '2025-01-15/changes/',
    ])
    expect(items[1].description).toMatch(/FIDO2.*Gültig ab 1\. September 2025\./)
  })

  it('pages offer their feeds for discovery', () => {
    const links = html('beispiel-cloud')
      .querySelectorAll('link[rel=alternate][type="application/rss+xml"]')
      .map((l) => l.getAttribute('href'))
    expect(links).toEqual(['/beispiel-cloud/feed.xml', '/feed.xml'])
  })
})

describe('subscribing on the site', () => {
  it('offers a plain form that posts to the CMS and works without JavaScript', () => {
    const form = html('mpmx').querySelector('form.subscribe')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toMatch(/\/api\/trust-center\/subscribe$/)
    expect(form.querySelector('input[name=company]')!.getAttribute('value')).toBe('mpmx')
    expect(form.querySelectorAll('input[name=topics]').map((i) => i.getAttribute('value'))).toEqual(
      ['toms', 'subprocessors'],
    )
    expect(form.querySelector('input[name=email]')!.hasAttribute('required')).toBe(true)
  })

  it('has the pages the CMS redirects to, in German and English', () => {
    const titles = (prefix: string) =>
      ['pending', 'confirmed', 'unsubscribed', 'invalid'].map(
        (page) => html(`${prefix}subscription/${page}`).querySelector('h1')!.text,
      )
    expect(titles('')).toEqual([
      'Bitte bestätigen Sie Ihr Abonnement',
      'Abonnement bestätigt',
      'Abgemeldet',
      'Link ungültig oder abgelaufen',
    ])
    expect(titles('en/')).toEqual([
      'Please confirm your subscription',
      'Subscription confirmed',
      'Unsubscribed',
      'Link invalid or expired',
    ])
    expect(html('en/subscription/confirmed').querySelector('html')!.getAttribute('lang')).toBe('en')
  })
})
