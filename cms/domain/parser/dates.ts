/** Reads dates as TOM documents write them ("01. Juni 2026", "28.10.2019", "June 1, 2026"). */

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  march: 3,
  mar: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  december: 12,
  dez: 12,
  dec: 12,
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null
  return d.toISOString().slice(0, 10)
}

const NUMERIC = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/
const DAY_MONTH_NAME = /(\d{1,2})\.?\s+([A-Za-zÄÖÜäöü]+)\.?\s+(\d{4})/
const MONTH_NAME_DAY = /([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})/
const ISO = /(\d{4})-(\d{2})-(\d{2})/

/** The first date found in `text`, as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  let m = ISO.exec(text)
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!)
  m = NUMERIC.exec(text)
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!)
  m = DAY_MONTH_NAME.exec(text)
  if (m && MONTHS[m[2]!.toLowerCase()]) return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!)
  m = MONTH_NAME_DAY.exec(text)
  if (m && MONTHS[m[1]!.toLowerCase()]) return iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!)
  return null
}

const LABELLED =
  /(letzte aktualisierung|zuletzt aktualisiert|stand|gültig ab|in kraft ab|last updated|effective(?: date| from| as of)?)\s*:?\s*(.*)$/i

/** A date introduced by a label such as "Letzte Aktualisierung:" or "Stand:". */
export function findLabelledDate(line: string): string | null {
  const m = LABELLED.exec(line)
  return m ? findDate(m[2]!) : null
}

/** "Chemnitz, 28.10.2019" — place and date, as documents close before the signatures. */
const PLACE_DATE =
  /^(?:(?:Ort,\s*Datum|Ort\s*\/\s*Datum|Place,\s*date|Place and date):\s*)?[\p{Lu}][\p{L} .'-]{1,40},\s*(?:(?:den|am|the)\s+)?(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.?\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})$/u

export function placeDate(line: string): string | null {
  const m = PLACE_DATE.exec(line.trim())
  return m ? findDate(m[1]!) : null
}
