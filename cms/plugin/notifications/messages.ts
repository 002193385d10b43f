import type { SendMailOptions } from 'nodemailer'
import { type MailBrand, mailHtml } from './mailLayout'
import type { Locale } from '../translations/language'
import { mailTexts } from './mailTexts'

/** The mails subscribers receive, in German or English: plain text and HTML in the company's design. */

export type { MailBrand } from './mailLayout'

const text = (paragraphs: string[], links: Array<[string, string]>) =>
  `${[...paragraphs, ...links.map(([label, url]) => `${label}: ${url}`)].join('\n\n')}\n`

export function confirmationMail(args: {
  to: string
  from: string
  locale: Locale
  companyName: string
  confirmUrl: string
  brand?: MailBrand
}): SendMailOptions {
  const m = mailTexts[args.locale]
  const paragraphs = [m.confirmIntro(args.companyName), m.confirmAsk, m.confirmNotYou]
  const links: Array<[string, string]> = [[m.confirmButton, args.confirmUrl]]
  const subject = m.confirmSubject(args.companyName)
  return {
    to: args.to,
    from: args.from,
    subject,
    text: text(paragraphs, links),
    html: mailHtml({
      locale: args.locale,
      companyName: args.companyName,
      brand: args.brand,
      title: subject,
      blocks: [{ paragraphs, links }],
      footer: m.footer(args.companyName),
    }),
  }
}

interface TomChangePartArgs {
  locale: Locale
  companyName: string
  version: string
  title: string
  effectiveDate: string
  changeSummary?: string
  changesUrl: string
}

const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(iso))

/** One change inside a notification mail; several changes within the batch window share a mail. */
export interface MailPart {
  subject: string
  paragraphs: string[]
  links: Array<[string, string]>
}

interface NotificationMailArgs {
  to: string
  from: string
  locale: Locale
  companyName: string
  parts: MailPart[]
  unsubscribeUrl: string
  messageId: string
  brand?: MailBrand
}

/** The mail to one subscriber, with RFC 8058 one-click unsubscribe headers. */
export function notificationMail(a: NotificationMailArgs): SendMailOptions {
  const m = mailTexts[a.locale]
  const single = a.parts.length === 1
  const subject = single ? a.parts[0]!.subject : m.batchSubject(a.companyName, a.parts.length)
  const unsubscribe: [string, string] = [m.unsubscribe, a.unsubscribeUrl]
  const paragraphs = a.parts.flatMap((p, i) => [
    ...(single ? [] : [`${i + 1}. ${p.subject}`]),
    ...p.paragraphs,
    ...p.links.map(([label, url]) => `${label}: ${url}`),
  ])
  return {
    to: a.to,
    from: a.from,
    subject,
    text: `${[...paragraphs, `${unsubscribe[0]}: ${unsubscribe[1]}`].join('\n\n')}\n`,
    html: mailHtml({
      locale: a.locale,
      companyName: a.companyName,
      brand: a.brand,
      title: subject,
      blocks: a.parts.map((p) => ({
        heading: single ? undefined : p.subject,
        paragraphs: p.paragraphs,
        links: p.links,
      })),
      footer: m.footer(a.companyName),
      unsubscribe,
    }),
    messageId: a.messageId,
    headers: {
      'List-Unsubscribe': `<${a.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

/** A material change of a company's TOMs. */
export function tomChangePart(a: TomChangePartArgs): MailPart {
  const m = mailTexts[a.locale]
  const date = formatDate(a.effectiveDate, a.locale)
  return {
    subject: m.tomSubject(a.companyName, a.version, date),
    paragraphs: [
      m.tomIntro(a.companyName, a.title, a.version, date),
      ...(a.changeSummary ? [m.tomSummary(a.changeSummary)] : []),
    ],
    links: [[m.tomLink, a.changesUrl]],
  }
}

interface SubprocessorChangePartArgs {
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
  const m = mailTexts[a.locale]
  const what = m.subKind[a.kind]
  const deadline = a.objectionDeadline ? formatDate(a.objectionDeadline, a.locale) : undefined
  return {
    subject: `${a.companyName}: ${what} (${a.vendor})${deadline ? m.subObjectSubject(deadline) : ''}`,
    paragraphs: [
      `${a.companyName}: ${what} – ${a.vendor}.`,
      ...(a.purpose ? [m.subPurpose(a.purpose, a.locations.join(', '))] : []),
      ...(a.note ? [a.note] : []),
      m.subEffective(formatDate(a.effectiveAt, a.locale)),
      ...(deadline ? [m.subObject(deadline, a.objectTo)] : []),
    ],
    links: [[m.subLink, a.pageUrl]],
  }
}
