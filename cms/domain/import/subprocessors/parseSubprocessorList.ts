import { parse as parseCsv } from 'csv-parse/sync'
import { classify } from '../../parser/address'
import { ParseError } from '../../parser/errors'
import { note } from '../notes'
import { htmlToText } from '../html'
import { stripFrontMatter, stripMarkupNoise } from '../textSource'
import { mapColumns, type SubprocessorColumn } from './columns'
import { parseLocations } from './locations'
import { defaultSafeguard, safeguardFrom } from './safeguard'
import {
  type SubprocessorDraft,
  type SubprocessorListImport,
  subprocessorListImportSchema,
} from './schema'

type Cells = Partial<Record<SubprocessorColumn, string>>
interface RawEntry {
  cells: Cells
  line: number
}
type Warnings = SubprocessorListImport['warnings']
type Unparsed = SubprocessorListImport['unparsed']

const LEGAL_FORMS = String.raw`GmbH & Co\. KG|GmbH|gGmbH|AG|SE|KGaA|KG|OHG|UG(?: \(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|B\.V\.|N\.V\.|S\.A\.S\.|SAS|S\.A\.|SARL|S\.à r\.l\.|S\.r\.l\.|plc|Oy|AB|ApS|A\/S|Pty Ltd|Corp\.?|Corporation|Co\.|Unlimited Company|DAC|Designated Activity Company`
const LEGAL_FORM_END = new RegExp(
  String.raw`^(.*?\b(?:${LEGAL_FORMS}))(?:\s*[,–—-]\s*|\s+)(.*\d.*)$`,
  'u',
)
const HAS_LEGAL_FORM = new RegExp(String.raw`(?:^|[\s,])(?:${LEGAL_FORMS})(?:$|[\s,)])`, 'u')
const MD_LINK = /\[([^\]]+)\]\(([^)\s]+)\)/
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i
const PIPE_ROW = /^\s*\|(.*)\|\s*$/
const ALIGNMENT = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/
const BULLET = /^\s*(?:[-*•–▪]|\d+[.)])\s+(.*)$/
const MD_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/
const BOLD_LINE = /^\s*(?:[-*•]\s+)?\*\*([^*]+?)\*\*\s*:?\s*$/
const LABELLED = /^\s*(?:[-*•]\s+)?\**([\p{L}][\p{L} /()-]{1,40}?)\**\s*:\**\s*(.+)$/u

const unemphasise = (t: string) =>
  t
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*([^*]+)\*(?=$|[^*\w])/g, '$1$2')
    .replace(/__([^_]+)__/g, '$1')
    .trim()

/** "Cloudflare, Inc., 101 Townsend St, San Francisco" → name and address. */
export function splitNameAndAddress(cell: string): { name: string; address?: string } {
  const text = cell
    .replace(/\s*<br\s*\/?>\s*/gi, ', ')
    .replace(/\s+/g, ' ')
    .trim()
  const byForm = LEGAL_FORM_END.exec(text)
  if (byForm) return { name: byForm[1]!.trim(), address: byForm[2]!.trim() }
  const comma = text.indexOf(',')
  if (comma > 0 && /\d/.test(text.slice(comma)))
    return { name: text.slice(0, comma).trim(), address: text.slice(comma + 1).trim() }
  return { name: text }
}

/** A cell that is no name of its own: a web address, a street or postcode, or a sentence. */
function notAName(text: string): string | null {
  const t = unemphasise(text.replace(MD_LINK, '$1'))
  if (t === '' || t === '—' || t === '-') return 'empty'
  if (URL_ONLY.test(text.trim()) || URL_ONLY.test(t)) return 'a web address'
  if (classify(t) === 'strong' && !HAS_LEGAL_FORM.test(t)) return 'an address'
  if (
    t.split(/\s+/).length > 14 ||
    (/[.!?]$/.test(t) && t.split(/\s+/).length > 6 && !HAS_LEGAL_FORM.test(t))
  )
    return 'a sentence'
  return null
}

/** Table rows with a header row; a header repeated further down (one table per section) starts again. */
function fromRows(
  rows: { cells: string[]; line: number }[],
  warnings: Warnings,
  unparsed: Unparsed,
): RawEntry[] {
  const entries: RawEntry[] = []
  let columns: (SubprocessorColumn | null)[] | null = null
  for (const row of rows) {
    const mapped = mapColumns(row.cells)
    const looksLikeHeader =
      mapped.includes('name') &&
      row.cells.every((c) => c.split(/\s+/).length <= 6 && !/\d{3}|@|https?:/.test(c))
    if (looksLikeHeader && (!columns || mapped.filter(Boolean).length >= 2)) {
      columns = mapped
      mapped.forEach(
        (c, i) =>
          c === null &&
          row.cells[i]!.trim() &&
          warnings.push({ line: row.line, ...note('unknownColumn', { column: row.cells[i]! }) }),
      )
      continue
    }
    if (!columns) {
      unparsed.push({ line: row.line, text: row.cells.join(' | ') })
      continue
    }
    const cells: Cells = {}
    columns.forEach((c, i) => {
      const value = row.cells[i]?.trim()
      if (c && value && value !== '—' && !cells[c]) cells[c] = value
    })
    // A row whose name cell holds an address, a link or a sentence continues the entry above.
    const reason = notAName(cells.name ?? '')
    const previous = entries[entries.length - 1]
    if (reason && previous) {
      mergeInto(previous, cells, reason)
      continue
    }
    if (reason) {
      unparsed.push({ line: row.line, text: row.cells.join(' | ') })
      continue
    }
    entries.push({ cells, line: row.line })
  }
  if (!columns)
    throw new ParseError(
      rows[0]?.line ?? 1,
      note('noNameColumn', { found: rows[0]?.cells.join(', ') ?? 'nothing' }),
    )
  return entries
}

function mergeInto(entry: RawEntry, cells: Cells, reason: string) {
  const add = (key: SubprocessorColumn, value: string | undefined, separator = '; ') => {
    if (value)
      entry.cells[key] = entry.cells[key] ? `${entry.cells[key]}${separator}${value}` : value
  }
  if (reason === 'a web address') add('url', cells.name, ' ')
  else if (reason === 'an address') add('address', cells.name, ', ')
  else if (reason === 'a sentence') add('purpose', cells.name)
  for (const key of ['purpose', 'locations', 'address', 'safeguard', 'url'] as const)
    if (cells[key]) add(key, cells[key], key === 'address' ? ', ' : '; ')
}

/** "- Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen – Hosting – Deutschland (EU)" */
function fromListItem(text: string, line: number): RawEntry {
  const parts = text.split(/\s+[–—|]\s+|\s+-\s+/)
  const [nameAddress = '', purpose = '', ...rest] = parts
  return { cells: { name: nameAddress, purpose, locations: rest.join(', ') }, line }
}

/**
 * Records: a name standing alone (a heading or a bold line), followed by its details — labelled
 * ("Leistung: Hosting", "Ort: Frankfurt") or recognised by form (an italic purpose, an address,
 * a link, a line of countries).
 */
function fromRecords(
  lines: string[],
  starts: number[],
  warnings: Warnings,
  unparsed: Unparsed,
): RawEntry[] {
  const entries: RawEntry[] = []
  const levelOf = (i: number) => MD_HEADING.exec(lines[i]!)?.[1]!.length ?? 7
  let groupLabel: string | undefined
  starts.forEach((start, k) => {
    const next = starts[k + 1]
    const details = recordDetails(lines, start, next ?? lines.length)
    const name = recordName(lines[start]!)
    const deeperFollows =
      next !== undefined && details.length === 0 && levelOf(next) > levelOf(start)
    const isTitle = isListTitle(name)
    if (isTitle && details.length > 0) {
      for (const d of details) unparsed.push({ line: d.line, text: d.text })
      unparsed.push({ line: start + 1, text: name })
      return
    }
    if (deeperFollows || (details.length === 0 && isTitle)) {
      // A heading over records ("Hosting", "Subprocessors") names their group, not a provider.
      groupLabel =
        deeperFollows && !/unterauftrag|sub-?processor|übersicht|overview|liste|list/i.test(name)
          ? name
          : undefined
      return
    }
    if (details.length === 0) {
      unparsed.push({ line: start + 1, text: name })
      return
    }
    const cells = recordCells(name, details, unparsed)
    if (!cells.purpose && groupLabel) cells.purpose = groupLabel
    entries.push({ cells, line: start + 1 })
  })
  if (entries.length === 0) warnings.push({ line: 1, ...note('noRecord') })
  return entries
}

interface Detail {
  text: string
  line: number
}

/** The non-blank lines after a record's name, up to the next record. */
const recordDetails = (lines: string[], start: number, end: number): Detail[] =>
  lines
    .slice(start + 1, end)
    .map((l, d) => ({ text: l.trim(), line: start + 2 + d }))
    .filter((d) => d.text !== '')

const recordName = (line: string) =>
  unemphasise((MD_HEADING.exec(line)?.[2] ?? BOLD_LINE.exec(line)?.[1] ?? line).trim())

/** A heading that names the list ("Unterauftragsverarbeiter", "Sub-processors"), not a provider. */
const isListTitle = (name: string) =>
  !HAS_LEGAL_FORM.test(name) &&
  /unterauftrag|auftragsverarbeiter|sub-?processor|\bprocessors\b|dienstleister|übersicht|overview|liste\b|\blist\b|third part|drittanbieter/i.test(
    name,
  )

/** Adds a value to a cell; true, so that a step that took a detail can return it. */
function appendCell(cells: Cells, key: SubprocessorColumn, value: string, separator = '; '): true {
  cells[key] = cells[key] ? `${cells[key]}${separator}${value}` : value
  return true
}

/** A record's cells from its details; a detail that fits no column goes to `unparsed`. */
function recordCells(name: string, details: Detail[], unparsed: Unparsed): Cells {
  const cells: Cells = { name }
  for (const d of details)
    if (!addLabelled(cells, d.text) && !addByForm(cells, d.text))
      unparsed.push({ line: d.line, text: d.text })
  return cells
}

/** "Leistung: Hosting", "Ort: Frankfurt": a label that names a column. */
function addLabelled(cells: Cells, text: string): boolean {
  const labelled = LABELLED.exec(text)
  const column = labelled && !/^https?$/i.test(labelled[1]!) ? mapColumns([labelled[1]!])[0] : null
  if (!labelled || !column) return false
  const separator = column === 'address' ? ', ' : '; '
  return appendCell(
    cells,
    column === 'name' ? 'address' : column,
    unemphasise(labelled[2]!),
    separator,
  )
}

/** A detail recognised by its form: a link, an italic purpose, places, an address. */
function addByForm(cells: Cells, text: string): boolean {
  const plain = unemphasise(text.replace(/^[-*•]\s+/, ''))
  const link = MD_LINK.exec(text)
  if (
    URL_ONLY.test(plain) ||
    (link && unemphasise(text.replace(MD_LINK, '')).replace(/[^\p{L}]/gu, '') === '')
  )
    return appendCell(cells, 'url', link?.[2] ?? plain.replace(/^<|>$/g, ''), ' ')
  if (/^\*[^*].*\*$|^_[^_].*_$/.test(text.trim()) && !cells.purpose)
    return appendCell(cells, 'purpose', plain)
  const places = locationLine(plain)
  if (places) {
    appendCell(cells, 'locations', places.places)
    if (places.safeguard && !cells.safeguard) appendCell(cells, 'safeguard', places.safeguard)
    return true
  }
  const kind = classify(plain)
  if (kind === 'strong' || kind === 'company' || (cells.address && kind === 'person'))
    return appendCell(cells, 'address', plain, ', ')
  if (!cells.purpose && !/\d/.test(plain)) return appendCell(cells, 'purpose', plain)
  // Lines of a street address that match no pattern ("One Front Street, 28th Floor", "Dublin 2, Ireland").
  if (plain.length <= 90 && (/\d/.test(plain) || plain.includes(',')) && !/[.!?]$/.test(plain))
    return appendCell(cells, 'address', plain, ', ')
  return false
}

/** Words before the places of a record's location line ("Rechenzentren in Deutschland und Österreich"). */
const PLACES_INTRO =
  /^(?:(?:rechenzentren|rechenzentrum|serverstandorte?|speicherorte?|standorte?|hosting|verarbeitung|datenverarbeitung|data cent(?:er|re)s?|processing|hosted|servers?)\s+(?:in|im|at)\s+|(?:in|im)\s+)/i

/**
 * A record's line that names only places, perhaps with the transfer safeguard in parentheses
 * ("USA, Japan (Standardvertragsklauseln, Angemessenheitsbeschluss Japan)").
 */
function locationLine(line: string): { places: string; safeguard?: string } | null {
  const withSafeguard = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(line)
  const safeguard =
    withSafeguard && safeguardFrom(withSafeguard[2]!) ? withSafeguard[2]!.trim() : undefined
  const places = (safeguard ? withSafeguard![1]! : line).replace(PLACES_INTRO, '').trim()
  if (/\d/.test(places)) return null
  const { codes, unknown } = parseLocations(places)
  return codes.length > 0 && unknown.length === 0
    ? { places, ...(safeguard ? { safeguard } : {}) }
    : null
}

/** Footnote marks ("Kundensupport-Chat¹", "USA²", "Hosting*") are no part of a cell's value. */
const FOOTNOTE = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[\p{L})])\*{1,3}(?=[\s,;/)]|$)/gu

// Long: one rule per column of a subprocessor entry, in the entry's order.
function normalise(entry: RawEntry, warnings: Warnings): SubprocessorDraft | null {
  const raw: RawEntry = {
    ...entry,
    cells: Object.fromEntries(
      Object.entries(entry.cells).map(([k, v]) => [k, v?.replace(FOOTNOTE, '')]),
    ),
  }
  let nameCell = raw.cells.name ?? ''
  let url = raw.cells.url ? (MD_LINK.exec(raw.cells.url)?.[2] ?? raw.cells.url.trim()) : undefined
  const link = MD_LINK.exec(nameCell)
  if (link) {
    url ??= link[2]
    nameCell = nameCell.replace(MD_LINK, '$1')
  }
  const split = splitNameAndAddress(unemphasise(nameCell))
  let name = split.name
  if (!name || name === '—') {
    warnings.push({ line: raw.line, ...note('entryWithoutName') })
    return null
  }
  // "Sentry (Functional Software, Inc.)": the legal entity in parentheses.
  let legalEntity: string | undefined
  const inParentheses = /^(.+?)\s*\(([^()]+)\)$/.exec(name)
  if (inParentheses && HAS_LEGAL_FORM.test(inParentheses[2]!))
    legalEntity = inParentheses[2]!.trim()
  else if (HAS_LEGAL_FORM.test(name)) legalEntity = name
  name = name.replace(/\s+/g, ' ')
  const address =
    [raw.cells.address, split.address]
      .filter(Boolean)
      .map((a) => unemphasise(a!.replace(/\s*<br\s*\/?>\s*/gi, ', ')))
      .join(', ') || undefined
  // A safeguard in parentheses after the locations ("USA (Standardvertragsklauseln)").
  let locationText = unemphasise(raw.cells.locations ?? '')
  let safeguardText = unemphasise(raw.cells.safeguard ?? '')
  for (const m of [...locationText.matchAll(/\(([^)]*)\)/g)]) {
    if (safeguardFrom(m[1]!) && safeguardFrom(m[1]!) !== 'eu-eea') {
      safeguardText ||= m[1]!
      locationText = locationText.replace(m[0], '')
    }
  }
  let { codes, unknown } = parseLocations(locationText)
  if (codes.length === 0 && raw.cells.corporateLocation) {
    const seat = parseLocations(unemphasise(raw.cells.corporateLocation))
    codes = seat.codes
    if (codes.length > 0)
      warnings.push({
        line: raw.line,
        ...note('seatAsLocation', { name, codes: codes.join(', ') }),
      })
  }
  if (codes.length === 0 && address) {
    const fromAddress = parseLocations(address.split(',').pop() ?? '')
    if (fromAddress.codes.length > 0) {
      codes = fromAddress.codes
      warnings.push({
        line: raw.line,
        ...note('locationFromAddress', { name, codes: codes.join(', ') }),
      })
    }
  }
  const regions = unknown.filter((u) =>
    /^(?:eu|ewr|eea|eu\/ewr|europa|europe|european union|europäische union|weltweit|worldwide|global)$/i.test(
      u,
    ),
  )
  unknown = unknown.filter((u) => !regions.includes(u))
  if (unknown.length > 0)
    warnings.push({
      line: raw.line,
      ...note('notACountry', { name, places: unknown.join('", "') }),
    })
  const incomplete: ('purpose' | 'locations' | 'safeguard')[] = []
  if (codes.length === 0) {
    incomplete.push('locations')
    warnings.push({
      line: raw.line,
      ...note('noLocation', { name, regions: regions.join('", "') }),
    })
  }
  let safeguard = safeguardText ? safeguardFrom(safeguardText) : null
  if (safeguardText && !safeguard)
    warnings.push({
      line: raw.line,
      ...note('unknownSafeguard', { name, safeguard: safeguardText }),
    })
  safeguard ??= safeguardText ? 'other' : defaultSafeguard(codes)
  if (!safeguard && codes.length === 0 && regions.some((r) => /eu|ewr|eea|europ/i.test(r)))
    safeguard = 'eu-eea'
  if (!safeguard) {
    incomplete.push('safeguard')
    if (codes.length > 0)
      warnings.push({
        line: raw.line,
        ...note('noSafeguardOutsideEu', { name, codes: codes.join(', ') }),
      })
    safeguard = 'other'
  }
  const purpose = unemphasise(raw.cells.purpose?.replace(/\s*<br\s*\/?>\s*/gi, '; ') ?? '')
  if (!purpose) {
    incomplete.push('purpose')
    warnings.push({ line: raw.line, ...note('noPurpose', { name }) })
  }
  return {
    name,
    ...(legalEntity ? { legalEntity } : {}),
    ...(address ? { address } : {}),
    purpose,
    locations: codes,
    transferSafeguard: safeguard,
    ...(url ? { url } : {}),
    ...(incomplete.length ? { incomplete } : {}),
    line: raw.line,
  }
}

const splitRow = (line: string) =>
  PIPE_ROW.exec(line)![1]!
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'))

/** Where records start: headings and lines that are a bold name only, each followed by details. */
function recordStarts(lines: string[]): number[] {
  const starts: number[] = []
  lines.forEach((l, i) => {
    if (MD_HEADING.test(l) || (BOLD_LINE.test(l) && !LABELLED.test(l.replace(/\*\*/g, ''))))
      starts.push(i)
  })
  return starts
}

/**
 * Reads a subprocessor list as companies publish it — CSV (comma, semicolon or tab), Markdown or
 * HTML tables (one or several, with German or English column names), bullet lists, or records (a
 * heading or bold name with its details) — from text, HTML or a .docx's HTML. Every non-blank
 * line ends up as a header, an entry, or in `unparsed`. Locations become ISO 3166-1 codes.
 */
export function parseSubprocessorList(source: string, filename?: string): SubprocessorListImport {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') throw new ParseError(1, note('listEmpty'))
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1]
  const found: Found = { warnings: [], unparsed: [] }
  const { format, raw, lineOf } =
    ext === 'csv' || ext === 'tsv'
      ? { format: 'csv' as const, raw: fromCsv(text, found.warnings, found.unparsed), lineOf: same }
      : fromMarkup(text, ext, found)
  const entries = raw
    .map((r) => normalise(r, found.warnings))
    .filter((e): e is SubprocessorDraft => e !== null)
  if (entries.length === 0) throw new ParseError(1, note('noSubprocessors'))
  return subprocessorListImportSchema.parse({
    format,
    entries: entries.map((e) => ({ ...e, line: lineOf(e.line) })),
    warnings: found.warnings.map((w) => ({ ...w, line: lineOf(w.line) })),
    unparsed: found.unparsed
      .map((u) => ({ ...u, line: lineOf(u.line) }))
      .sort((a, b) => a.line - b.line),
  })
}

/** What a reading collects besides entries. */
interface Found {
  warnings: Warnings
  unparsed: Unparsed
}

interface Read {
  format: SubprocessorListImport['format']
  raw: RawEntry[]
}

const same = (line: number) => line

/** Text, Markdown or HTML: the entries of whichever form the lines take. */
function fromMarkup(
  source: string,
  ext: string | undefined,
  found: Found,
): Read & { lineOf: (line: number) => number } {
  const text = stripMarkupNoise(stripFrontMatter(source).text)
  const tagLines = text.split('\n').filter((l) => /^\s*<\/?[a-zA-Z][\w:-]*[\s>/]/.test(l)).length
  const isHtml =
    ext === 'html' ||
    ext === 'htm' ||
    tagLines >= 2 ||
    /^\s*<(?:!doctype|html|table|body|div|ul|h[1-6]|p)\b/i.test(text)
  if (!isHtml) return { ...fromLines(text, found), lineOf: same }
  const converted = htmlToText(text, { markup: true })
  return { ...fromLines(converted.text, found), lineOf: converted.lineOf }
}

/** Tables first, then records, then a bullet list; otherwise the text is read as CSV. */
function fromLines(text: string, found: Found): Read {
  const lines = text.split('\n')
  const tableLines = lines
    .map((l, i) => (PIPE_ROW.test(l) && !ALIGNMENT.test(l) ? i : -1))
    .filter((i) => i >= 0)
  const tabLines = lines
    .map((l, i) => (l.split('\t').filter((c) => c.trim()).length >= 2 ? i : -1))
    .filter((i) => i >= 0)
  const starts = recordStarts(lines)
  const bullets = lines.filter((l) => BULLET.test(l) && !BOLD_LINE.test(l)).length
  if (tableLines.length >= 2 || tabLines.length >= 2)
    return { format: 'table', raw: fromTable(lines, tableLines, tabLines, found) }
  if (
    starts.length >= 2 &&
    starts.filter((s, k) => (starts[k + 1] ?? lines.length) - s > 1).length >= 2 &&
    bullets < starts.length * 2
  ) {
    lines
      .slice(0, starts[0])
      .forEach((l, i) => l.trim() && found.unparsed.push({ line: i + 1, text: l.trim() }))
    return { format: 'records', raw: fromRecords(lines, starts, found.warnings, found.unparsed) }
  }
  if (bullets > 0) return { format: 'list', raw: fromList(lines, found.unparsed) }
  return { format: 'csv', raw: fromCsv(text, found.warnings, found.unparsed) }
}

/** Pipe rows (Markdown) or, without two of them, tab-separated rows; other lines are unparsed. */
function fromTable(lines: string[], tableLines: number[], tabLines: number[], found: Found) {
  const pipes = tableLines.length >= 2
  const rowLines = pipes ? tableLines : tabLines
  const rows = rowLines.map((i) => ({
    cells: pipes ? splitRow(lines[i]!) : lines[i]!.split('\t').map((c) => c.trim()),
    line: i + 1,
  }))
  const raw = fromRows(rows, found.warnings, found.unparsed)
  const used = new Set(rowLines)
  lines.forEach(
    (l, i) =>
      !used.has(i) &&
      l.trim() &&
      !ALIGNMENT.test(l) &&
      found.unparsed.push({ line: i + 1, text: l.trim() }),
  )
  return raw
}

/** One entry per bullet; a bullet that is no name continues the entry above. */
function fromList(lines: string[], unparsed: Unparsed): RawEntry[] {
  const raw: RawEntry[] = []
  lines.forEach((l, i) => {
    const m = BULLET.exec(l)
    const item = m ? fromListItem(m[1]!.trim(), i + 1) : null
    if (item && !notAName(splitNameAndAddress(item.cells.name ?? '').name)) raw.push(item)
    else if (m && raw.length > 0)
      mergeInto(raw[raw.length - 1]!, { name: m[1]!.trim() }, notAName(m[1]!) ?? 'a sentence')
    else if (l.trim()) unparsed.push({ line: i + 1, text: l.trim() })
  })
  return raw
}

function fromCsv(text: string, warnings: Warnings, unparsed: Unparsed): RawEntry[] {
  const first = text.split('\n').find((l) => l.trim()) ?? ''
  const delimiter = [';', '\t', ',']
    .map((d) => [d, first.split(d).length] as const)
    .sort((a, b) => b[1] - a[1])[0]![0]
  let records: { record: string[]; info: { lines: number } }[]
  try {
    // csv-parse types its result as rows whatever `info` says; with `info` each is { record, info }.
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }) as never
  } catch (error) {
    throw new ParseError(
      (error as { lines?: number }).lines ?? 1,
      note('badCsv', { reason: (error as Error).message }),
    )
  }
  return fromRows(
    records.map((r) => ({ cells: r.record, line: r.info.lines })),
    warnings,
    unparsed,
  )
}
