import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { splitFrom } from '@trust-center/core/mailSender'

/**
 * SMTP_URL set: every mail — Payload's own (forgot password, invitations) and the plugin's
 * notifications — goes through this Payload e-mail adapter, nodemailer over SMTP. Not set: no
 * adapter here, and the plugin writes each mail as an .eml file to its outbox instead.
 * (Payload's `@payloadcms/email-nodemailer` does the same; its newest release requires another
 * Payload version than the app's, which Payload's dependency check refuses — docs/architecture.md.)
 */
export function smtpEmailAdapter(
  smtpUrl: string | undefined,
  from: string,
): EmailAdapter<{ messageId: string }> | undefined {
  if (!smtpUrl) return undefined
  const { name, address } = splitFrom(from)
  return () => {
    const transport = nodemailer.createTransport(smtpUrl)
    let announced = false
    return {
      name: 'nodemailer',
      defaultFromAddress: address,
      defaultFromName: name,
      async sendEmail(message) {
        if (!announced) {
          announced = true
          process.stdout.write(`trust center: e-mail goes to SMTP ${new URL(smtpUrl).host}\n`)
        }
        const info = await transport.sendMail({ from, ...message })
        return { messageId: info.messageId }
      },
    }
  }
}
