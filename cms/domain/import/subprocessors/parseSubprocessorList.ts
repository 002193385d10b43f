import { parse as parseCsv } from 'csv-parse/sync'
import { ParseError } from '../../parser/errors'
import { htmlToText } from '../html'
import { mapColumns, type SubprocessorColumn } from './columns'
import { parseLocations } from './locations'
import { defaultSafeguard, safeguardFrom } from './safeguard'
import { type SubprocessorDraft, type SubprocessorListImport, subprocessorListImportSchema } from './schema'

type Cells = Partial<Record<SubprocessorColumn, string>>
interface RawEntry { cells: Cells; line: number }

const LEGAL_FORM_END = /^(.*?\b(?:GmbH & Co\. KG|GmbH|gGmbH|AG|SE|KGaA|KG|OHG|UG(?: \(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|B\.V\.|N\.V\.|S\.A\.S\.|SAS|S\.A\.|SARL|S\.à r\.l\.|S\.r\.l\.|plc|Oy|AB|ApS|A\/S))(?:\s*[,–—-]\s*|\s+)(.*\d.*)$/u

/** "Cloudflare, Inc., 101 Townsend St, San Francisco" → name and address. */
export function splitNameAndAddress(cell: string): { name: string; address?: string } {
  const text = cell.replace(/\s*<br\s*\/?>\s*/gi, ', ').replace(/\s+/g, ' ').trim()
  const byForm = LEGAL_FORM_END.exec(text)
  if (byForm) return { name: byForm[1]!.trim(), address: byForm[2]!.trim() }
  const comma = text.indexOf(',')
  if (comma > 0 && /\d/.test(text.slice(comma))) return { name: text.slice(0, comma).trim(), address: text.slice(comma + 1).trim() }
  return { name: text }
}

function fromRows(rows: { cells: string[]; line: number }[], warnings: SubprocessorListImport['warnings']): RawEntry[] {
  const [header, ...body] = rows
  if (!header) return []
  const columns = mapColumns(header.cells)
  if (!columns.includes('name')) throw new ParseError(header.line, `no column names the subprocessor; expected a heading such as "Name", "Unternehmen" or "Entity" (found: ${header.cells.join(', ')})`)
  columns.forEach((c, i) => c === null && warnings.push({ line: header.line, message: `column "${header.cells[i]}" is not one of name, address, purpose, location, safeguard; its cells are not imported` }))
  return body.map((row) => {
    const cells: Cells = {}
    columns.forEach((c, i) => {
      const value = row.cells[i]?.trim()
      if (c && value && !cells[c]) cells[c] = value
    })
    return { cells, line: row.line }
  })
}

/** "- Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen – Hosting – Deutschland (EU)" */
function fromListItem(text: string, line: number): RawEntry {
  const parts = text.split(/\s+[–—|]\s+|\s+-\s+/)
  const [nameAddress = '', purpose = '', ...rest] = parts
  return { cells: { name: nameAddress, purpose, locations: rest.join(', ') }, line }
}

function normalise(raw: RawEntry, warnings: SubprocessorListImport['warnings']): SubprocessorDraft | null {
  const { name, address: inlineAddress } = splitNameAndAddress(raw.cells.name ?? '')
  if (!name || name === '—') {
    warnings.push({ line: raw.line, message: 'entry without a name; skipped' })
    return null
  }
  const address = raw.cells.address ?? inlineAddress
  // A safeguard in parentheses after the locations ("USA (Standardvertragsklauseln)").
  let locationText = raw.cells.locations ?? ''
  let safeguardText = raw.cells.safeguard ?? ''
  const parenthesis = /\(([^)]*)\)/.exec(locationText)
  if (parenthesis && safeguardFrom(parenthesis[1]!)) {
    safeguardText ||= parenthesis[1]!
    locationText = locationText.replace(parenthesis[0], '')
  }
  let { codes, unknown } = parseLocations(locationText)
  if (codes.length === 0 && address) {
    const fromAddress = parseLocations(address.split(',').pop() ?? '')
    if (fromAddress.codes.length > 0) {
      codes = fromAddress.codes
      warnings.push({ line: raw.line, message: `${name}: location taken from the address (${codes.join(', ')})` })
    }
  }
  if (unknown.length > 0) warnings.push({ line: raw.line, message: `${name}: "${unknown.join('", "')}" is not a country; check the locations` })
  if (codes.length === 0) warnings.push({ line: raw.line, message: `${name}: no processing location found; add one before publishing` })
  let safeguard = safeguardText ? safeguardFrom(safeguardText) : null
  if (safeguardText && !safeguard) warnings.push({ line: raw.line, message: `${name}: safeguard "${safeguardText}" not recognised; set to "other"` })
  safeguard ??= safeguardText ? 'other' : defaultSafeguard(codes)
  if (!safeguard) {
    warnings.push({ line: raw.line, message: `${name}: processing outside the EU/EEA (${codes.join(', ')}) without a stated safeguard; set to "other"` })
    safeguard = 'other'
  }
  const purpose = raw.cells.purpose?.replace(/\s*<br\s*\/?>\s*/gi, '; ').trim() ?? ''
  if (!purpose) warnings.push({ line: raw.line, message: `${name}: no purpose given` })
  return { name, ...(HAS_LEGAL_FORM.test(name) ? { legalEntity: name } : {}), ...(address ? { address } : {}), purpose, locations: codes, transferSafeguard: safeguard, line: raw.line }
}

const HAS_LEGAL_FORM = /\b(?:GmbH|AG|SE|KG|UG|Inc|Ltd|LLC|LLP|B\.V|N\.V|SARL|SAS|S\.A|plc|Limited|Oy|AB|ApS)\b/
const PIPE_ROW = /^\s*\|(.*)\|\s*$/
const ALIGNMENT = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/
const BULLET = /^\s*(?:[-*•–▪]|\d+[.)])\s+(.*)$/

function detect(text: string, filename?: string): 'csv' | 'table' | 'list' | 'html' {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  if (ext === 'csv' || ext === 'tsv') return 'csv'
  if (ext === 'html' || ext === 'htm' || /^\s*<(?:!doctype|html|table|body|div|ul)/i.test(text)) return 'html'
  const lines = text.split('\n').filter((l) => l.trim())
  if (lines.some((l) => PIPE_ROW.test(l))) return 'table'
  if (lines.some((l) => BULLET.test(l))) return 'list'
  return 'csv'
}

/**
 * Reads a subprocessor list — CSV (comma, semicolon or tab), a Markdown or HTML table, or a
 * bullet list — with German or English column names. Every non-blank line ends up as the header,
 * an entry, or in `unparsed`. Locations become ISO 3166-1 codes.
 */
export function parseSubprocessorList(source: string, filename?: string): SubprocessorListImport {
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new ParseError(1, 'the list is empty')
  let kind = detect(text, filename)
  let lineOf = (line: number) => line
  if (kind === 'html') {
    const converted = htmlToText(text)
    text = converted.text
    lineOf = converted.lineOf
    kind = text.split('\n').some((l) => PIPE_ROW.test(l)) ? 'table' : 'list'
  }
  const warnings: SubprocessorListImport['warnings'] = []
  const unparsed: SubprocessorListImport['unparsed'] = []
  const lines = text.split('\n')
  let raw: RawEntry[] = []
  if (kind === 'csv') {
    const first = lines.find((l) => l.trim()) ?? ''
    const delimiter = [';', '\t', ','].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0]
    let records: { record: string[]; info: { lines: number } }[]
    try {
      records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, trim: true }) as never
    } catch (error) {
      throw new ParseError((error as { lines?: number }).lines ?? 1, `not a readable CSV file (${(error as Error).message})`)
    }
    raw = fromRows(records.map((r) => ({ cells: r.record, line: r.info.lines })), warnings)
  } else if (kind === 'table') {
    const rows: { cells: string[]; line: number }[] = []
    lines.forEach((l, i) => {
      const m = PIPE_ROW.exec(l)
      if (m && !ALIGNMENT.test(l)) rows.push({ cells: m[1]!.split(/(?<!\\)\|/).map((c) => c.trim()), line: i + 1 })
      else if (l.trim() && !ALIGNMENT.test(l)) unparsed.push({ line: i + 1, text: l.trim() })
    })
    raw = fromRows(rows, warnings)
  } else {
    lines.forEach((l, i) => {
      const m = BULLET.exec(l)
      if (m) raw.push(fromListItem(m[1]!.trim(), i + 1))
      else if (l.trim()) unparsed.push({ line: i + 1, text: l.trim() })
    })
  }
  const entries = raw.map((r) => normalise(r, warnings)).filter((e): e is SubprocessorDraft => e !== null)
  if (entries.length === 0) throw new ParseError(1, 'no subprocessors found; expected a table with a name column, a CSV file or a bullet list')
  return subprocessorListImportSchema.parse({
    format: kind,
    entries: entries.map((e) => ({ ...e, line: lineOf(e.line) })),
    warnings: warnings.map((w) => ({ ...w, line: lineOf(w.line) })),
    unparsed: unparsed.map((u) => ({ ...u, line: lineOf(u.line) })),
  })
}
