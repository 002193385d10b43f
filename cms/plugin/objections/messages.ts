import type { SendMailOptions } from 'nodemailer'
import type { Locale } from '../translations/language'

const day = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(iso))

interface ObjectionMailArgs {
  to: string
  from: string
  locale: Locale
  companyName: string
  change: string
  deadline: string
}

export function objectionConfirmMail(
  args: ObjectionMailArgs & { confirmUrl: string },
): SendMailOptions {
  const de = args.locale === 'de'
  const text = de
    ? [
        `Sie haben Einspruch gegen folgende Änderung bei ${args.companyName} erhoben: ${args.change}.`,
        `Bitte bestätigen Sie den Einspruch bis zum ${day(args.deadline, 'de')} (Ende der Einspruchsfrist). Erst mit der Bestätigung wird er wirksam erfasst und Sie erhalten eine Eingangsnummer.`,
        `Einspruch bestätigen: ${args.confirmUrl}`,
        'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; unbestätigte Einsprüche werden nach 7 Tagen gelöscht.',
      ]
    : [
        `You objected to this change at ${args.companyName}: ${args.change}.`,
        `Please confirm the objection by ${day(args.deadline, 'en')} (end of the objection period). Only a confirmed objection is recorded, and you receive a receipt number.`,
        `Confirm objection: ${args.confirmUrl}`,
        'If this was not you, ignore this e-mail; unconfirmed objections are deleted after 7 days.',
      ]
  return {
    to: args.to,
    from: args.from,
    subject: de
      ? `Bitte bestätigen: Einspruch bei ${args.companyName}`
      : `Please confirm: objection at ${args.companyName}`,
    text: `${text.join('\n\n')}\n`,
  }
}

export function objectionReceiptMail(
  args: ObjectionMailArgs & { receipt: string; submittedAt: string; confirmedAt: string },
): SendMailOptions {
  const de = args.locale === 'de'
  const text = de
    ? [
        `Ihr Einspruch gegen folgende Änderung bei ${args.companyName} ist eingegangen: ${args.change}.`,
        `Eingangsnummer: ${args.receipt}`,
        `Abgegeben: ${args.submittedAt}`,
        `Bestätigt: ${args.confirmedAt}`,
        `Einspruchsfrist: ${day(args.deadline, 'de')}`,
        'Bitte geben Sie die Eingangsnummer bei Rückfragen an.',
      ]
    : [
        `Your objection to this change at ${args.companyName} has been received: ${args.change}.`,
        `Receipt number: ${args.receipt}`,
        `Submitted: ${args.submittedAt}`,
        `Confirmed: ${args.confirmedAt}`,
        `Objection deadline: ${day(args.deadline, 'en')}`,
        'Please quote the receipt number in any correspondence.',
      ]
  return {
    to: args.to,
    from: args.from,
    subject: de
      ? `Eingangsbestätigung ${args.receipt}: Einspruch bei ${args.companyName}`
      : `Receipt ${args.receipt}: objection at ${args.companyName}`,
    text: `${text.join('\n\n')}\n`,
  }
}
