import type { SendMailOptions } from 'nodemailer'

/** The mail an endpoint's owner gets when deliveries kept failing and the endpoint was turned off. */
export function endpointDisabledMail(args: {
  to: string
  from: string
  locale: 'de' | 'en'
  url: string
  companyName: string
  since: string
  lastError: string
  registerUrl: string
}): SendMailOptions {
  const de = args.locale === 'de'
  const text = de
    ? [
        `Ihr Webhook-Endpunkt ${args.url} für Änderungen bei ${args.companyName} hat seit ${args.since} keine Zustellung angenommen und wurde deaktiviert.`,
        `Letzter Fehler: ${args.lastError}`,
        `Registrieren Sie den Endpunkt neu, sobald er wieder erreichbar ist: ${args.registerUrl}`,
        'Verpasste Änderungen finden Sie jederzeit in changes.json und den Feeds.',
      ]
    : [
        `Your webhook endpoint ${args.url} for changes at ${args.companyName} has accepted no delivery since ${args.since} and was disabled.`,
        `Last error: ${args.lastError}`,
        `Register the endpoint again once it is reachable: ${args.registerUrl}`,
        'Changes you missed are always in changes.json and the feeds.',
      ]
  return {
    to: args.to,
    from: args.from,
    subject: de
      ? `Webhook deaktiviert: ${args.companyName}`
      : `Webhook disabled: ${args.companyName}`,
    text: `${text.join('\n\n')}\n`,
  }
}

/**
 * Asks whoever registered an endpoint to confirm the owner's address (double opt-in): until it is
 * confirmed, the CMS sends nothing else to it, so a registration cannot make it mail a stranger.
 */
export function ownerConfirmMail(args: {
  to: string
  from: string
  locale: 'de' | 'en'
  url: string
  companyName: string
  confirmUrl: string
}): SendMailOptions {
  const de = args.locale === 'de'
  const text = de
    ? [
        `Für den Webhook-Endpunkt ${args.url} (Änderungen bei ${args.companyName}) wurde diese Adresse als verantwortlich angegeben.`,
        'Bitte bestätigen Sie die Adresse: Nur dann benachrichtigen wir Sie, wenn der Endpunkt wegen anhaltender Fehler deaktiviert wird.',
        `Adresse bestätigen: ${args.confirmUrl}`,
        'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; wir schreiben Ihnen dann nicht mehr.',
      ]
    : [
        `This address was given as the owner of the webhook endpoint ${args.url} (changes at ${args.companyName}).`,
        'Please confirm the address: only then do we tell you when the endpoint is disabled because it kept failing.',
        `Confirm address: ${args.confirmUrl}`,
        'If this was not you, ignore this e-mail; we will not write to you again.',
      ]
  return {
    to: args.to,
    from: args.from,
    subject: de
      ? `Bitte bestätigen: Webhook bei ${args.companyName}`
      : `Please confirm: webhook at ${args.companyName}`,
    text: `${text.join('\n\n')}\n`,
  }
}
