import type { SendMailOptions } from 'nodemailer'

/** The mails subscribers receive, in German or English, as plain text and HTML. */

export type Locale = 'de' | 'en'

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const html = (paragraphs: string[], links: Array<[string, string]>) =>
  `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}${links
    .map(([label, url]) => `<p><a href="${escape(url)}">${escape(label)}</a></p>`)
    .join('')}</body></html>`
const text = (paragraphs: string[], links: Array<[string, string]>) => `${[...paragraphs, ...links.map(([label, url]) => `${label}: ${url}`)].join('\n\n')}\n`

export function confirmationMail(args: { to: string; from: string; locale: Locale; companyName: string; confirmUrl: string }): SendMailOptions {
  const de = args.locale === 'de'
  const paragraphs = de
    ? [`Sie möchten über Änderungen bei ${args.companyName} informiert werden.`, 'Bitte bestätigen Sie Ihr Abonnement. Ohne Bestätigung wird Ihre Adresse nach 7 Tagen gelöscht.', 'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.']
    : [`You asked to be told about changes at ${args.companyName}.`, 'Please confirm your subscription. Without confirmation your address is deleted after 7 days.', 'If this was not you, ignore this e-mail.']
  const links: Array<[string, string]> = [[de ? 'Abonnement bestätigen' : 'Confirm subscription', args.confirmUrl]]
  return { to: args.to, from: args.from, subject: de ? `Bitte bestätigen: Änderungen bei ${args.companyName}` : `Please confirm: changes at ${args.companyName}`, text: text(paragraphs, links), html: html(paragraphs, links) }
}

export interface TomChangePartArgs {
  locale: Locale
  companyName: string
  version: string
  title: string
  effectiveDate: string
  changeSummary?: string
  changesUrl: string
}

const formatDate = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))

/** One change inside a notification mail; several changes within the batch window share a mail. */
export interface MailPart {
  subject: string
  paragraphs: string[]
  links: Array<[string, string]>
}

export interface NotificationMailArgs {
  to: string
  from: string
  locale: Locale
  companyName: string
  parts: MailPart[]
  unsubscribeUrl: string
  messageId: string
}

/** The mail to one subscriber, with RFC 8058 one-click unsubscribe headers. */
export function notificationMail(a: NotificationMailArgs): SendMailOptions {
  const de = a.locale === 'de'
  const single = a.parts.length === 1
  const subject = single ? a.parts[0]!.subject : de ? `${a.companyName}: ${a.parts.length} Änderungen` : `${a.companyName}: ${a.parts.length} changes`
  const unsubscribe: [string, string] = [de ? 'Abmelden' : 'Unsubscribe', a.unsubscribeUrl]
  const paragraphs = a.parts.flatMap((p, i) => [...(single ? [] : [`${i + 1}. ${p.subject}`]), ...p.paragraphs, ...p.links.map(([label, url]) => `${label}: ${url}`)])
  const htmlBody = a.parts.map((p) => `${single ? '' : `<h2>${escape(p.subject)}</h2>`}${p.paragraphs.map((x) => `<p>${escape(x)}</p>`).join('')}${p.links.map(([label, url]) => `<p><a href="${escape(url)}">${escape(label)}</a></p>`).join('')}`).join('<hr>')
  return {
    to: a.to,
    from: a.from,
    subject,
    text: `${[...paragraphs, `${unsubscribe[0]}: ${unsubscribe[1]}`].join('\n\n')}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${htmlBody}<p><a href="${escape(unsubscribe[1])}">${escape(unsubscribe[0])}</a></p></body></html>`,
    messageId: a.messageId,
    headers: { 'List-Unsubscribe': `<${a.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}

/** A material change of a company's TOMs. */
export function tomChangePart(a: TomChangePartArgs): MailPart {
  const de = a.locale === 'de'
  const date = formatDate(a.effectiveDate, a.locale)
  const paragraphs = de
    ? [`${a.companyName} hat eine neue Fassung der technischen und organisatorischen Maßnahmen veröffentlicht: „${a.title}“, Version ${a.version}, gültig ab ${date}.`, ...(a.changeSummary ? [`Was sich ändert: ${a.changeSummary}`] : [])]
    : [`${a.companyName} has published a new version of its technical and organisational measures: "${a.title}", version ${a.version}, effective ${date}.`, ...(a.changeSummary ? [`What changes: ${a.changeSummary}`] : [])]
  return {
    subject: de ? `${a.companyName}: neue TOM-Version ${a.version} (gültig ab ${date})` : `${a.companyName}: new TOM version ${a.version} (effective ${date})`,
    paragraphs,
    links: [[de ? 'Änderungen ansehen' : 'See the changes', a.changesUrl]],
  }
}

export interface SubprocessorChangePartArgs {
  locale: Locale
  companyName: string
  kind: 'added' | 'changed' | 'removed'
  vendor: string
  purpose?: string
  locations: string[]
  note?: string
  effectiveAt: string
  objectionDeadline?: string
  objectTo?: string
  pageUrl: string
}

/** A subprocessor change with its dates: when it takes effect and until when to object. */
export function subprocessorChangePart(a: SubprocessorChangePartArgs): MailPart {
  const de = a.locale === 'de'
  const what = de ? { added: 'neuer Unterauftragsverarbeiter', changed: 'Änderung bei einem Unterauftragsverarbeiter', removed: 'Unterauftragsverarbeiter entfällt' }[a.kind] : { added: 'new subprocessor', changed: 'subprocessor changed', removed: 'subprocessor removed' }[a.kind]
  const effective = formatDate(a.effectiveAt, a.locale)
  const paragraphs = [
    de ? `${a.companyName}: ${what} – ${a.vendor}.` : `${a.companyName}: ${what} – ${a.vendor}.`,
    ...(a.purpose ? [de ? `Zweck: ${a.purpose}. Standorte: ${a.locations.join(', ')}.` : `Purpose: ${a.purpose}. Locations: ${a.locations.join(', ')}.`] : []),
    ...(a.note ? [a.note] : []),
    de ? `Wirksam ab ${effective}.` : `Effective ${effective}.`,
    ...(a.objectionDeadline
      ? [de ? `Einspruch möglich bis ${formatDate(a.objectionDeadline, a.locale)}${a.objectTo ? ` an ${a.objectTo}` : ''}.` : `You may object until ${formatDate(a.objectionDeadline, a.locale)}${a.objectTo ? ` to ${a.objectTo}` : ''}.`]
      : []),
  ]
  return {
    subject: `${a.companyName}: ${what} (${a.vendor})${a.objectionDeadline ? (de ? `, Einspruch bis ${formatDate(a.objectionDeadline, a.locale)}` : `, objections until ${formatDate(a.objectionDeadline, a.locale)}`) : ''}`,
    paragraphs,
    links: [[de ? 'Unterauftragsverarbeiter ansehen' : 'See the subprocessors', a.pageUrl]],
  }
}
