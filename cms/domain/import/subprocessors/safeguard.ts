import type { TransferSafeguard } from '../../safeguards'
import { EU_EEA } from './locations'

const RULES: ReadonlyArray<[TransferSafeguard, RegExp]> = [
  ['dpf', /privacy framework|\bdpf\b/i],
  [
    'scc',
    /standardvertragsklausel|standard contractual|\bsccs?\b|standarddatenschutzklausel|art\.?\s*46/i,
  ],
  ['bcr', /\bbcr\b|binding corporate|verbindliche interne/i],
  ['adequacy', /angemessenheit|adequacy|art\.?\s*45/i],
  [
    'eu-eea',
    /^(?:eu|ewr|eea|eu\/ewr|eu\/eea|keine|none|nicht erforderlich|not required|n\/a|[-–—])$|keine drittland|no third.country/i,
  ],
]

/** A safeguard cell in words → the transfer safeguard; null when the words name none. */
export function safeguardFrom(text: string): TransferSafeguard | null {
  const t = text.trim()
  for (const [value, re] of RULES) if (re.test(t)) return value
  return null
}

/** Without a stated safeguard: EU/EEA-only processing needs none; elsewhere it must be asked for. */
export function defaultSafeguard(codes: string[]): TransferSafeguard | null {
  return codes.length > 0 && codes.every((c) => EU_EEA.has(c)) ? 'eu-eea' : null
}
