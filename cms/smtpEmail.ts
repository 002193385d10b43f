import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** "Name <address>" → its parts, as Payload's adapters take the default sender. */
function splitFrom(from: string): { name: string; address: string } {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  return match
    ? { name: match[1]!.trim(), address: match[2]!.trim() }
    : { name: '', address: from.trim() }
}

/**
 * SMTP_URL set: every mail — Payload's own (forgot password, invitations) and the plugin's
 * notifications — goes through Payload's official nodemailer adapter. Not set: no adapter here,
 * and the plugin writes each mail as an .eml file to its outbox instead.
 */
export function smtpEmailAdapter(
  smtpUrl: string | undefined,
  from: string,
): Promise<EmailAdapter> | undefined {
  if (!smtpUrl) return undefined
  const { name, address } = splitFrom(from)
  const official = nodemailerAdapter({
    defaultFromAddress: address,
    defaultFromName: name,
    transport: nodemailer.createTransport(smtpUrl),
    // Checking the server costs a connection at every start of Payload (setup, CLI, tests);
    // a wrong server shows in the delivery log's errors instead.
    skipVerify: true,
  })
  return official.then((adapterOf) => (args) => {
    const adapter = adapterOf(args)
    let announced = false
    return {
      ...adapter,
      sendEmail: (message) => {
        if (!announced) {
          announced = true
          process.stdout.write(`trust center: e-mail goes to SMTP ${new URL(smtpUrl).host}\n`)
        }
        return adapter.sendEmail(message)
      },
    }
  })
}
