import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { SendMailOptions } from 'nodemailer'

export interface MailTransport {
  /** Where mail goes, for logs and the admin. */
  description: string
  send(message: SendMailOptions): Promise<{ messageId: string }>
}

/**
 * SMTP when `smtpUrl` is set (SMTP_URL, e.g. smtp://user:pass@host:587); otherwise every mail is
 * written as an .eml file to `outboxDir`, so nothing is lost on a machine without a mail server.
 */
export function createMailTransport({ smtpUrl, outboxDir }: { smtpUrl?: string; outboxDir: string }): MailTransport {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      description: `SMTP ${new URL(smtpUrl).host}`,
      async send(message) {
        const info = await transport.sendMail(message)
        return { messageId: info.messageId }
      },
    }
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    description: `.eml files in ${outboxDir}`,
    async send(message) {
      const info = await transport.sendMail(message)
      mkdirSync(outboxDir, { recursive: true })
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`
      writeFileSync(path.join(outboxDir, name), info.message as Buffer)
      return { messageId: info.messageId }
    },
  }
}
