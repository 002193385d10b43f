import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { splitFrom } from '@trust-center/core/mailSender'

interface OutboxSettings {
  /** Folder the .eml files are written to. */
  outboxDir: string
  /** Sender, e.g. "Trust Center <trust-center@example.com>". */
  from: string
}

/**
 * The plugin's e-mail adapter for an app that configures none (no SMTP server): each mail —
 * Payload's own and the plugin's notifications — becomes an .eml file in `outboxDir`, so nothing
 * is lost. With an SMTP server the app sets Payload's official adapter
 * (`@payloadcms/email-nodemailer`) instead, and every mail takes that one path.
 */
export function outboxEmailAdapter(settings: OutboxSettings): EmailAdapter<{ messageId: string }> {
  return ({ payload }) => {
    const { name, address } = splitFrom(settings.from)
    // nodemailer composes the MIME message (headers, encodings, Message-ID); nothing is sent.
    const compose = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'unix',
    })
    let announced = false
    return {
      name: 'trust-center-outbox',
      defaultFromAddress: address,
      defaultFromName: name,
      async sendEmail(message) {
        if (!announced) {
          announced = true
          process.stdout.write(`trust center: e-mail goes to .eml files in ${settings.outboxDir}\n`)
        }
        const info = await compose.sendMail({ from: settings.from, ...message })
        mkdirSync(settings.outboxDir, { recursive: true })
        const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
        writeFileSync(path.join(settings.outboxDir, file), info.message as Buffer)
        payload.logger.debug(`e-mail to ${String(message.to)} written to ${file}`)
        return { messageId: info.messageId }
      },
    }
  }
}
