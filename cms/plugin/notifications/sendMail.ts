import type { SendMailOptions } from 'nodemailer'
import type { Payload, SendEmailOptions } from 'payload'

/**
 * Sends through Payload's configured e-mail adapter (the app's, e.g. SMTP, or the plugin's .eml outbox)
 * and returns the Message-ID the delivery log keeps.
 */
export async function sendMail(
  payload: Payload,
  message: SendMailOptions,
): Promise<{ messageId: string }> {
  // Payload types its options with its own copy of nodemailer's types; the shape is the same.
  const info = (await payload.sendEmail(message as SendEmailOptions)) as
    { messageId?: unknown } | undefined
  const messageId =
    typeof info?.messageId === 'string'
      ? info.messageId
      : typeof message.messageId === 'string'
        ? message.messageId
        : ''
  return { messageId }
}
