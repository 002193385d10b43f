import { readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'
import { subprocessorListSchema } from '../../cms/domain/published-schema'

/** Subprocessors on the built site: list, upcoming changes with deadlines, history, JSON, feed. */
const { dist } = inject('e2e')
const read = (route: string) => readFileSync(path.join(dist, route), 'utf8')
const html = (route: string) => parse(read(path.join(route, 'index.html')))
const norm = (s: string) => s.replace(/\s+/g, ' ').trim()
const today = new Date().toISOString().slice(0, 10)

describe('/{company}/subprocessors/', () => {
  it('lists current subprocessors with purpose, data categories, country names and safeguard', () => {
    const rows = html('beispiel-cloud/subprocessors')
      .querySelectorAll('table.subprocessors tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map((c) => norm(c.text)))
    expect(rows).toEqual([
      [
        expect.stringContaining('Beispiel Hosting AG'),
        'Hosting der Plattform in Rechenzentren in Deutschland',
        'Kundendaten, Nutzungsdaten',
        'Deutschland',
        'EU/EWR (keine Drittlandübermittlung)',
      ],
    ])
    const ionos = html('7pxl/subprocessors')
      .querySelectorAll('table.subprocessors tbody tr')
      .map((tr) => norm(tr.text))
    expect(ionos[0]).toContain('IONOS SE')
  })

  it('shows an announced change with objection deadline, effective date and how to object', () => {
    const page = html('beispiel-cloud/subprocessors')
    const upcoming = page.querySelector('#upcoming')!.parentNode!
    const json = JSON.parse(read('beispiel-cloud/subprocessors.json'))
    const mail = json.history.find(
      (e: { snapshot: { name: string } }) => e.snapshot.name === 'Beispiel Mail Inc.',
    )
    expect(mail).toMatchObject({
      kind: 'added',
      announcedAt: '2026-11-20',
      objectionDeadline: '2026-12-20',
      effectiveAt: '2027-03-01',
    })
    if (mail.effectiveAt > today) {
      expect(norm(upcoming.text)).toContain('Neu: Beispiel Mail Inc.')
      expect(norm(upcoming.text)).toContain('Einspruch bis20. Dezember 2026')
      expect(
        upcoming.querySelector('a[href="mailto:datenschutz@beispiel-cloud.example"]'),
      ).not.toBeNull()
    }
    // seeded with the company, but still open to objection: not "taken over at launch"
    const events = page.querySelectorAll('li.event').map((li) => norm(li.text))
    const announced = events.filter((e) => e.includes('Neu: Beispiel Mail Inc.'))
    const inUse = events.filter((e) => e.includes('Neu: Beispiel Hosting AG'))
    expect(announced.length).toBeGreaterThan(0)
    expect(announced.filter((e) => e.includes('übernommen'))).toEqual([])
    expect(inUse.some((e) => e.includes('bei Einführung des Trust Centers übernommen'))).toBe(true)
    expect(
      page.querySelectorAll('#history ~ ul.events > li').length ||
        page.querySelector('#history')!.parentNode!.querySelectorAll('li.event').length,
    ).toBe(2)
  })

  it('publishes the list as JSON that validates against its published schema', () => {
    const json = JSON.parse(read('beispiel-cloud/subprocessors.json'))
    expect(subprocessorListSchema.parse(json)).toEqual(json)
    expect(json.$schema).toBe('http://localhost:4321/schemas/subprocessors.json')
    const schema = JSON.parse(read('schemas/subprocessors.json'))
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
    })
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'company',
      'generatedAt',
      'subprocessors',
      'upcoming',
      'history',
    ])
    expect(
      json.upcoming.every((e: { effectiveAt: string }) => e.effectiveAt > json.generatedAt),
    ).toBe(true)
  })

  it('has an RSS feed of the changes with the deadlines', () => {
    const channel = new XMLParser().parse(read('beispiel-cloud/subprocessors/feed.xml')).rss.channel
    const items = [channel.item].flat()
    expect(items.map((i: { title: string }) => i.title).sort()).toEqual([
      'Beispiel Cloud GmbH: Neuer Unterauftragsverarbeiter – Beispiel Hosting AG',
      'Beispiel Cloud GmbH: Neuer Unterauftragsverarbeiter – Beispiel Mail Inc.',
    ])
    const mail = items.find((i: { title: string }) => i.title.includes('Mail'))
    expect(mail.description).toBe('Einspruch bis 20. Dezember 2026. Wirksam ab 1. März 2027.')
    expect(mail.link).toMatch(/\/beispiel-cloud\/subprocessors\/#event-\d+$/)
    expect(
      html('beispiel-cloud/subprocessors').querySelector(`#${mail.link.split('#')[1]}`),
    ).not.toBeNull()
  })
})
