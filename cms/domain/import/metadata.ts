import { type AddressRole, findAddressBlocks } from '../parser/address'
import type { TomDocument } from '../tom-schema'

/**
 * What a document says about itself besides its measures: offered to the editor as suggestions
 * (company name, contact and DPO addresses, subprocessors named in the text), never written into
 * the company or its subprocessor list without a person confirming them.
 */
export interface MetadataSuggestions {
  title: string
  effectiveDate: string | null
  companyName?: string
  emails: { address: string; role: 'dpo' | 'contact'; line: number }[]
  subprocessors: { name: string; line: number }[]
  /** Address blocks (controller, processor, DPO): metadata for the company, never measures. */
  contacts: { role: AddressRole; lines: string[]; line: number }[]
}

const LEGAL_FORM =
  /\b((?:[\p{Lu}\d][\p{L}\d&.'’-]*,?[ \t]+){0,4}(?:GmbH & Co\. KG|GmbH|gGmbH|AG|SE|KGaA|KG|OHG|UG(?: \(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|B\.V\.|N\.V\.|S\.A\.S\.|SAS|S\.A\.|SARL|S\.à r\.l\.|S\.r\.l\.|plc|Oy|AB|ApS|A\/S))(?![\p{L}])/gu
/** Providers often named without their legal form. */
const KNOWN_PROVIDERS =
  /\b(Amazon Web Services|AWS|Microsoft Azure|Microsoft 365|Google Cloud|Google Workspace|Hetzner|IONOS|OVHcloud|OVH|Cloudflare|Akamai|DigitalOcean|Salesforce|Twilio|SendGrid|Mailgun|Mailchimp|Stripe|Zendesk|HubSpot|Atlassian|Slack|Zoom|Datadog|Sentry|Fastly|Telekom|STACKIT|Scaleway)\b/g
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const DPO = /datenschutzbeauftragt|\bdsb\b|\bdpo\b|data protection officer|privacy officer/i

const clean = (name: string) =>
  name
    .replace(/^(?:[A-Za-z]\.\s*)+/, '')
    .replace(/^(?:der|die|the|von|by|durch|from)\s+/i, '')
    .replace(/[,\s]+$/, '')
    .trim()

export function suggestMetadata(text: string, doc: TomDocument): MetadataSuggestions {
  const lines = text.split('\n')
  const addresses = findAddressBlocks(lines)
  const addressRole = new Map<number, AddressRole>(
    addresses.flatMap((b) => b.lines.map((k) => [k, b.role] as [number, AddressRole])),
  )
  const head = [doc.title, doc.preamble ?? '', doc.closing ?? ''].join('\n')
  const companyName = [...head.matchAll(LEGAL_FORM)]
    .map((m) => clean(m[1]!))
    .find((n) => n.split(/\s+/).length >= 2)
  const emails: MetadataSuggestions['emails'] = []
  const named = new Map<string, number>()
  lines.forEach((line, i) => {
    for (const m of line.matchAll(EMAIL)) {
      const context = `${lines[i - 1] ?? ''} ${line}`
      if (!emails.some((e) => e.address === m[0]))
        emails.push({
          address: m[0],
          role: DPO.test(context) || addressRole.get(i) === 'dpo' ? 'dpo' : 'contact',
          line: i + 1,
        })
    }
    // A firm in an address block is the controller, the processor or the DPO's — no subprocessor.
    if (addressRole.has(i)) return
    for (const m of [...line.matchAll(LEGAL_FORM), ...line.matchAll(KNOWN_PROVIDERS)]) {
      const name = clean(m[1]!)
      if (name.split(/\s+/).length < 1 || !/\p{Lu}/u.test(name[0] ?? '')) continue
      if (
        companyName &&
        (name === companyName || companyName.includes(name) || name.includes(companyName))
      )
        continue
      if (![...named.keys()].some((n) => n.includes(name) || name.includes(n)))
        named.set(name, i + 1)
    }
  })
  return {
    title: doc.title,
    effectiveDate: doc.effectiveDate,
    ...(companyName ? { companyName } : {}),
    emails,
    subprocessors: [...named].map(([name, line]) => ({ name, line })),
    contacts: addresses.map((b) => ({
      role: b.role,
      lines: b.lines.map((k) => lines[k]!.trim().replace(/^\*\*|\*\*$/g, '')),
      line: b.lines[0]! + 1,
    })),
  }
}
