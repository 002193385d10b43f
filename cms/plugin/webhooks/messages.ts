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
