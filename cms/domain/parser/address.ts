/**
 * Address blocks — of the controller, the processor or the data protection officer — in a TOM
 * document: names, streets, postcodes, e-mail, phone. They are metadata, never controls or
 * measures. A block is a run of lines (blank lines between them allowed, as HTML paragraphs
 * leave them) that are each address-like, with at least one unmistakable line (street, postcode,
 * e-mail, phone) and one more address line.
 */

export type AddressRole = 'dpo' | 'controller' | 'processor' | 'contact'

const STREET =
  /(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|hof|berg|park)\s*\d{1,4}\s?[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?\s*,?$|^\d{1,5}\s+\p{Lu}[\p{L}.' -]*\s(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|dr\.?|boulevard|blvd\.?|way|place|square)\b|^(?:postfach|p\.?\s?o\.?\s?box)\s*\d+/iu
const POSTCODE =
  /^(?:(?:D|DE|A|AT|CH|L)[-\s])?\d{4,5}\s+\p{Lu}[\p{L}.() -]{1,40}$|^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/u
const EMAIL_LINE = /^(?:e-?mail|mail)?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/i
const PHONE =
  /^(?:tel(?:efon|\.)?|phone|fon|fax|telefax|mobil|mobile|t|f)\s*\.?:?\s*[+\d(][\d\s/().-]{5,}$|^\+\d[\d\s/().-]{6,}$/i
const WEB = /^(?:web(?:site)?:?\s*)?(?:https?:\/\/|www\.)\S+$/i
const SALUTATION = /^(?:herr|frau|mr\.?|mrs\.?|ms\.?|dr\.|prof\.)\s+\p{Lu}/iu
const COMPANY =
  /^[\p{Lu}\d][\p{L}\d&.,'’ -]{0,60}\s(?:GmbH(?: & Co\. KG)?|gGmbH|AG|SE|KGaA|KG|OHG|UG(?: \(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|B\.V\.|N\.V\.|S\.A\.S\.|SAS|S\.A\.|SARL|S\.r\.l\.|plc|Oy|AB|ApS|A\/S|mbB|PartG(?: mbB)?|GbR|eG|AöR|KöR|Partner|Rechtsanwälte|Rechtsanwaltsgesellschaft)\.?,?$/u
const PERSON = /^(?:\p{Lu}[\p{Ll}'’-]+\.?\s){1,3}\p{Lu}[\p{Ll}'’-]+$/u
const COUNTRY =
  /^(?:deutschland|germany|österreich|austria|schweiz|switzerland|luxemburg|luxembourg|niederlande|netherlands|irland|ireland|united kingdom|usa|united states)$/i
const LABEL =
  /^(?:(?:unser(?:e|en)?|der|die|our|the)\s+)?(?:datenschutzbeauftragte[rn]?|externe[rn]? datenschutzbeauftragte[rn]?|data protection officer|dpo|verantwortliche[rn]?|verantwortliche stelle|controller|auftragnehmer|auftraggeber|auftragsverarbeiter|processor|kontakt|contact|anschrift|address|ansprechpartner(?:in)?|z\.\s?hd\.?.*|c\/o.*|vertreten durch.*|represented by.*)\s*:?$/i

export type LineClass = 'strong' | 'company' | 'person' | 'label' | null

export function classify(raw: string): LineClass {
  const line = raw
    .trim()
    .replace(/^\*\*|\*\*$/g, '')
    .replace(/^\*|\*$/g, '')
    .trim()
  if (line === '' || line.length > 120 || /^[-*•]\s/.test(line)) return null
  if (
    EMAIL_LINE.test(line) ||
    PHONE.test(line) ||
    POSTCODE.test(line) ||
    STREET.test(line) ||
    WEB.test(line)
  )
    return 'strong'
  if (SALUTATION.test(line) || COMPANY.test(line)) return 'company'
  if (LABEL.test(line)) return 'label'
  if (COUNTRY.test(line) || PERSON.test(line)) return 'person'
  return null
}

export interface AddressBlock {
  /** 0-based indexes of the lines that form the block. */
  lines: number[]
  role: AddressRole
}

/** The address blocks of a text (lines as split on "\n"). */
export function findAddressBlocks(lines: readonly string[]): AddressBlock[] {
  const blocks: AddressBlock[] = []
  const classes = lines.map(classify)
  // One unrecognised short line between two address lines (a firm name without legal form) belongs to them.
  const near = (k: number, step: number) => {
    for (let m = k + step; m >= 0 && m < lines.length; m += step)
      if (lines[m]!.trim() !== '') return classes[m]
    return null
  }
  classes.forEach((c, k) => {
    const t = lines[k]!.trim()
    if (
      c === null &&
      t !== '' &&
      t.length <= 60 &&
      !/[.:;]$/.test(t) &&
      !/^[-*•]\s/.test(t) &&
      near(k, -1) &&
      near(k, 1) &&
      (near(k, -1) === 'strong' || near(k, 1) === 'strong' || near(k, -1) === 'company')
    )
      classes[k] = 'person'
  })
  let i = 0
  while (i < lines.length) {
    if (classes[i] === null) {
      i++
      continue
    }
    const run: number[] = []
    let j = i
    while (
      j < lines.length &&
      (classes[j] !== null ||
        (lines[j]!.trim() === '' && classes[j + 1] != null && classes[j - 1] != null))
    ) {
      if (classes[j] !== null) run.push(j)
      j++
    }
    const strong = run.filter((k) => classes[k] === 'strong').length
    const addressLike = run.filter(
      (k) => classes[k] === 'strong' || classes[k] === 'company',
    ).length
    if (strong >= 1 && addressLike >= 2) {
      const context = [...run.map((k) => lines[k]!), ...lines.slice(Math.max(0, i - 4), i)]
        .join(' ')
        .toLowerCase()
      const role: AddressRole =
        /datenschutzbeauftragt|data protection officer|\bdpo\b|\bdsb\b/.test(context)
          ? 'dpo'
          : /auftragnehmer|auftragsverarbeiter|\bprocessor\b/.test(context)
            ? 'processor'
            : /verantwortlich|auftraggeber|controller/.test(context)
              ? 'controller'
              : 'contact'
      blocks.push({ lines: run, role })
    }
    i = j
  }
  return blocks
}

export function addressLineSet(lines: readonly string[]): Set<number> {
  return new Set(findAddressBlocks(lines).flatMap((b) => b.lines))
}
