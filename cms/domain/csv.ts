/**
 * CSV (RFC 4180) for exports that people open in spreadsheets: every field quoted, CRLF line
 * ends, and text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * prefixed with an apostrophe — objections and notices carry text typed by the public.
 */
export type CsvValue = string | number | boolean | null | undefined

const cell = (value: CsvValue) => {
  const text = value == null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
