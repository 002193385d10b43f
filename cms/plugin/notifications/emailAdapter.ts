import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export interface MailSettings {
  /** SMTP server (SMTP_URL, e.g. smtp://user:pass@host:587). */
  smtpUrl?: string
  /** Folder for .eml files when there is no SMTP server. */
  outboxDir: string
  /** Sender, e.g. "Trust Center <trust-center@example.com>". */
  from: string
}

/** "Name <address>" → its parts (Payload's adapters state the default sender that way). */
function splitFrom(from: string): { name: string; address: string } {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/)
  return match
    ? { name: match[1]!.trim(), address: match[2]!.trim() }
    : { name: '', address: from.trim() }
}

/**
 * Payload's e-mail adapter for the trust center: nodemailer over SMTP when `smtpUrl` is set,
 * otherwise each mail becomes an .eml file in `outboxDir`, so nothing is lost on a machine
 * without a mail server. Payload's own mails (forgot password, set your password) and the
 * plugin's notifications all take this one path (`payload.sendEmail`).
 */
export function trustCenterEmailAdapter(
  settings: MailSettings,
): EmailAdapter<{ messageId: string }> {
  return ({ payload }) => {
    const { name, address } = splitFrom(settings.from)
    const smtp = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null
    const stream = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'unix',
    })
    const description = smtp
      ? `SMTP ${new URL(settings.smtpUrl!).host}`
      : `.eml files in ${settings.outboxDir}`
    let announced = false
    return {
      name: smtp ? 'trust-center-smtp' : 'trust-center-outbox',
      defaultFromAddress: address,
      defaultFromName: name,
      async sendEmail(message) {
        if (!announced) {
          announced = true
          process.stdout.write(`trust center: e-mail goes to ${description}\n`)
        }
        const mail = { from: settings.from, ...message }
        if (smtp) {
          const info = await smtp.sendMail(mail)
          return { messageId: info.messageId }
        }
        const info = await stream.sendMail(mail)
        mkdirSync(settings.outboxDir, { recursive: true })
        const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
        writeFileSync(path.join(settings.outboxDir, file), info.message as Buffer)
        payload.logger.debug(`e-mail to ${String(message.to)} written to ${file}`)
        return { messageId: info.messageId }
      },
    }
  }
}
