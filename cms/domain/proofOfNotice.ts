import type { CsvValue } from './csv'

/**
 * Proof of notice: for one change, every notification that was due — e-mail to a confirmed
 * subscriber or POST to a verified webhook endpoint — with when it was queued, tried and
 * delivered, how often, and the last error. Framework-free: the CMS passes the delivery rows.
 */
export interface NoticeRow {
  change: string
  /** The company's slug and the change in words; filled in by the caller, which can look them up. */
  company?: string | null
  changeTitle?: string | null
  channel: 'email' | 'webhook'
  recipient: string
  status: string
  attempts: number
  retried: boolean
  queuedAt: string
  lastAttemptAt: string | null
  deliveredAt: string | null
  reference: string | null
  lastError: string | null
}

export const NOTICE_COLUMNS = [
  'change',
  'company',
  'change_title',
  'channel',
  'recipient',
  'status',
  'attempts',
  'retried',
  'queued_at',
  'last_attempt_at',
  'delivered_at',
  'reference',
  'last_error',
] as const

/** The fields of a delivery row (mail or webhook) that a notice row reads; the CMS's rows fit. */
type Row = {
  readonly [
    field in
      | 'eventKey'
      | 'status'
      | 'attempts'
      | 'createdAt'
      | 'updatedAt'
      | 'sentAt'
      | 'messageId'
      | 'lastAttemptAt'
      | 'deliveredAt'
      | 'lastError'
  ]?: unknown
}
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)

/** Mail deliveries: `sent` means the SMTP server accepted the mail (its Message-ID is the reference). */
export function mailNoticeRow(d: Row, recipient: string): NoticeRow {
  const attempts = Number(d.attempts ?? 0)
  const delivered = d.status === 'sent'
  return {
    change: String(d.eventKey),
    channel: 'email',
    recipient,
    status: delivered ? 'delivered' : String(d.status),
    attempts,
    retried: attempts > 1,
    queuedAt: String(d.createdAt),
    lastAttemptAt: attempts > 0 ? String(d.updatedAt) : null,
    deliveredAt: delivered ? str(d.sentAt) : null,
    reference: str(d.messageId),
    lastError: str(d.lastError),
  }
}

/** Webhook deliveries: `delivered` means the endpoint answered 2xx (the webhook-id is the reference). */
export function webhookNoticeRow(d: Row, recipient: string): NoticeRow {
  const attempts = Number(d.attempts ?? 0)
  return {
    change: String(d.eventKey),
    channel: 'webhook',
    recipient,
    status: String(d.status),
    attempts,
    retried: attempts > 1,
    queuedAt: String(d.createdAt),
    lastAttemptAt: str(d.lastAttemptAt),
    deliveredAt: str(d.deliveredAt),
    reference: str(d.messageId),
    lastError: str(d.lastError),
  }
}

export const noticeCsvRow = (r: NoticeRow): CsvValue[] => [
  r.change,
  r.company,
  r.changeTitle,
  r.channel,
  r.recipient,
  r.status,
  r.attempts,
  r.retried ? 'yes' : 'no',
  r.queuedAt,
  r.lastAttemptAt,
  r.deliveredAt,
  r.reference,
  r.lastError,
]
