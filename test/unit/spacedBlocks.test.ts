import { describe, expect, it } from 'vitest'
import { spacedBlocks } from '../../cms/build/spacedBlocks'

const text = (html: string) => spacedBlocks(html).replace(/<[^>]*>/g, '')

describe('spacedBlocks (the HTML handed to Pagefind)', () => {
  it('separates the texts of cells, terms, headings and lines', () => {
    expect(text('<dl><dt>Wirksam ab</dt><dd><time>1. März 2027</time></dd></dl>')).toBe(
      'Wirksam ab 1. März 2027 ',
    )
    expect(text('<tr><th>Unternehmen</th><th>Zweck</th><th>Standorte</th></tr>')).toBe(
      'Unternehmen Zweck Standorte ',
    )
    expect(text('Beispiel Hosting AG<br><span>fiktiv</span>')).toBe('Beispiel Hosting AG fiktiv')
    expect(text('<strong>Neu: X</strong><span class="badge">übernommen</span>')).toBe(
      'Neu: X übernommen',
    )
  })

  it('leaves words inside inline markup and text before a closing tag alone', () => {
    expect(text('<p><mark>Zutritt</mark>skontrolle</p>')).toBe('Zutrittskontrolle')
    expect(text('<p>TLS-<em>Verschlüsselung</em></p> end')).toBe('TLS-Verschlüsselung end')
    expect(spacedBlocks('<td>a</td>\n<td>b</td>')).toBe('<td>a</td>\n<td>b</td>')
  })
})
