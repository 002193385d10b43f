import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { jsonFeedSchema } from '../../cms/domain/integration-schema'
import { atomFeed, jsonFeed } from '../../site/lib/feedFormats'

const meta = {
  title: 'A & B <Feed>',
  description: 'Änderungen',
  language: 'de',
  home: 'https://t.example/a/',
  rss: 'https://t.example/a/feed.xml',
  author: 'A & B GmbH',
}
const items = [
  {
    title: 'Neu: "X" <Inc>',
    link: 'https://t.example/a/subprocessors/#event-7',
    pubDate: new Date('2026-11-20T00:00:00Z'),
    description: 'Einspruch bis 20. Dezember 2026.',
    categories: ['subprocessors', 'added'],
  },
  {
    title: 'TOM 2026-10-01',
    link: 'https://t.example/a/toms/2026-10-01/changes/',
    pubDate: new Date('2026-10-01T08:00:00Z'),
  },
]

describe('Atom and JSON Feed from the RSS items', () => {
  it('writes well-formed Atom with escaped text, the link as id and the newest date as updated', () => {
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      atomFeed(meta, items),
    ).feed
    expect(feed.title).toBe('A & B <Feed>')
    expect(feed.id).toBe('https://t.example/a/feed.atom')
    expect(feed.updated).toBe('2026-11-20T00:00:00.000Z')
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(items.map((i) => i.link))
    expect(feed.entry[0].title).toBe('Neu: "X" <Inc>')
    expect(feed.entry[0].category.map((c: { '@term': string }) => c['@term'])).toEqual([
      'subprocessors',
      'added',
    ])
  })

  it('writes JSON Feed 1.1 with the same ids', () => {
    const feed = jsonFeed(meta, items)
    expect(jsonFeedSchema.parse(feed)).toEqual(feed)
    expect(feed.feed_url).toBe('https://t.example/a/feed.json')
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.link))
    expect(feed.items[1]).toMatchObject({
      content_text: 'TOM 2026-10-01',
      date_published: '2026-10-01T08:00:00.000Z',
      tags: [],
    })
  })

  it('an empty feed is valid in both', () => {
    expect(new XMLParser().parse(atomFeed(meta, [])).feed.updated).toBe('1970-01-01T00:00:00.000Z')
    expect(jsonFeed(meta, []).items).toEqual([])
  })
})
