/**
 * Measures written as prose. A paragraph that is a list of short noun phrases separated by commas
 * or semicolons ("Manuelles Schließsystem, Lichtschranken / Bewegungsmelder, Schlüsselregelung
 * (Schlüsselausgabe etc.)") names several measures; a sentence names one.
 */

/** Words that make a clause a sentence: finite verbs, pronouns, relative words (German, English). */
const SENTENCE_WORD =
  /\b(?:wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|kann|können|muss|müssen|soll|sollen|darf|dürfen|erfolgt|erfolgen|gibt|gilt|gelten|besteht|bestehen|befindet|befinden|verfügt|verfügen|wir|unser|unsere|unseren|uns|sie|es|er|dass|welche|welcher|die\s+\w+\s+(?:ist|sind|wird|werden)|is|are|was|were|be|been|being|has|have|had|will|shall|should|must|can|could|may|might|does|do|did|we|our|us|they|their|it|its|which|that|who|whose)\b/i
const MAX_WORDS = 10

/** Splits at commas and semicolons outside parentheses and quotes. */
function splitTopLevel(text: string): { parts: string[]; semicolon: boolean } {
  const parts: string[] = []
  let depth = 0
  let current = ''
  let semicolon = false
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++
    else if ((ch === ')' || ch === ']') && depth > 0) depth--
    if ((ch === ',' || ch === ';') && depth === 0) {
      if (ch === ';') semicolon = true
      parts.push(current)
      current = ''
      continue
    }
    current += ch
  }
  parts.push(current)
  return { parts: parts.map((p) => p.trim()), semicolon }
}

/** Abbreviations whose dot ends no sentence ("Aktenvernichter (mind. Stufe 3)"). */
const ABBREVIATION =
  /\b(?:mind|max|min|ca|ggf|bzw|inkl|zzgl|bspw|vgl|Nr|Abs|Art|z\.\s?B|d\.\s?h|u\.\s?a|e\.\s?g|i\.\s?e|incl|approx|no)\./gi

const ENDS_IN_ABBREVIATION = new RegExp(`${ABBREVIATION.source}$`, 'i')

/**
 * "an einem sicheren, ausgelagerten Ort": a part that starts with a small letter after a part that
 * ends in an inflected adjective goes on that part, where the other parts start with capitals.
 */
function joinSharedAdjectives(split: { parts: string[]; semicolon: boolean }) {
  const capitals = split.parts.filter((p) => /^\p{Lu}/u.test(p)).length
  if (capitals < 2) return split
  const parts: string[] = []
  for (const p of split.parts) {
    const previous = parts[parts.length - 1]
    if (previous && /^\p{Ll}/u.test(p) && /\s\p{Ll}+(?:en|em|er|es|e)$/u.test(previous))
      parts[parts.length - 1] = `${previous}, ${p}`
    else parts.push(p)
  }
  return { ...split, parts }
}

const isPhrase = (p: string) =>
  p !== '' &&
  p.split(/\s+/).length <= MAX_WORDS &&
  p.length <= 90 &&
  !SENTENCE_WORD.test(p) &&
  !/[.!?:]\s+\S/.test(p.replace(ABBREVIATION, ''))

/** A capitalised phrase of several words, or a noun of the kinds measures are named by. */
const namesAMeasure = (p: string) =>
  /^\p{Lu}/u.test(p) &&
  (p.split(/\s+/).length >= 2 ||
    /(?:ung|ungen|heit|keit|ion|tät|system|systeme|anlage|anlagen)$/.test(p))

/**
 * The measures a paragraph lists, or null when it is a sentence (or a single phrase). The last
 * item may be joined with "und"/"and"/"sowie"; "Ver- und Entsorgung" keeps its "und".
 */
export function asPhraseList(paragraph: string): string[] | null {
  const text = paragraph
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\.$/, (dot) =>
      /\b(?:etc|usw|bzw|ggf|z\.\s?B)\.$/i.test(paragraph.trim()) ? dot : '',
    )
  if (text.endsWith(':') || text.length > 600) return null
  const { parts, semicolon } = joinSharedAdjectives(splitTopLevel(text))
  if (parts.length < 2 || parts.some((p) => !isPhrase(p))) return null
  // Two comma-separated words may be a phrase ("Köln, Deutschland"); lists have three, a semicolon,
  // or two parts that each name a measure ("Audit-Log aller Änderungen, Signierte Updates").
  if (parts.length < 3 && !semicolon && !parts.every(namesAMeasure)) return null
  const last = parts[parts.length - 1]!
  const joined = /^(.+?)\s+(?:und|sowie|and|as well as|or|oder)\s+(.+)$/.exec(last)
  // "in anonymisierter oder pseudonymisierter Form": two adjectives sharing one noun stay one item.
  const sharedNoun =
    joined !== null &&
    /\s\p{Ll}\S*$/u.test(joined[1]!) &&
    /^\p{Ll}\S*\s+\p{Lu}\S*$/u.test(joined[2]!)
  if (
    joined &&
    !sharedNoun &&
    !/-$/.test(joined[1]!) &&
    joined[1]!.split(/\s+/).length <= 5 &&
    joined[2]!.split(/\s+/).length <= 5
  )
    parts.splice(parts.length - 1, 1, joined[1]!, joined[2]!)
  return parts.map((p) => p.replace(/^(?:und|and|sowie|or|oder)\s+/i, '').trim()).filter(Boolean)
}

/**
 * A paragraph that states a control's aim in a sentence and then lists its measures on the next
 * line ("Unbefugten ist der Zutritt … zu verwehren.\nManuelles Schließsystem, Sicherheitsschlösser"):
 * the sentence is the control's text, the list its measures. The list may follow on the same line.
 */
export function leadAndList(paragraph: string): { lead: string; items: string[] } | null {
  const text = paragraph.replace(/\s*\n\s*/g, ' ')
  for (const end of text.matchAll(/[.:]\s+(?=\p{Lu})/gu)) {
    const lead = text.slice(0, end.index + 1).trim()
    if (ENDS_IN_ABBREVIATION.test(lead)) continue
    const items = asPhraseList(text.slice(end.index + end[0].length))
    if (items) return { lead, items }
  }
  return null
}
