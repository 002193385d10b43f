import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on loopback that keeps what it receives; it can refuse the next N mails. */
export interface TestSmtp {
  url: string
  mails: ParsedMail[]
  refuseNext(n: number): void
  /** The next mail is held before it is accepted (or kept) until `release`. */
  holdNext(): { arrived: Promise<void>; release: () => void }
  close(): Promise<void>
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const mails: ParsedMail[] = []
  let refusals = 0
  let hold: { arrive: () => void; released: Promise<void> } | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', async () => {
        if (hold) {
          const { arrive, released } = hold
          hold = undefined
          arrive()
          await released
        }
        if (refusals > 0) {
          refusals--
          const error = new Error('451 Temporary failure, try again later') as Error & {
            responseCode: number
          }
          error.responseCode = 451
          return callback(error)
        }
        mails.push(await simpleParser(Buffer.concat(chunks)))
        callback()
      })
    },
  })
  // A client killed mid-mail (the crash tests kill the CMS with SIGKILL) resets its connection;
  // smtp-server reports that as an 'error' event, which unheard would crash the test run. What a
  // test checks is what arrived, in `mails`.
  server.on('error', () => {})
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refuseNext: (n) => (refusals = n),
    holdNext() {
      let arrive!: () => void
      let release!: () => void
      const arrived = new Promise<void>((r) => (arrive = r))
      hold = { arrive, released: new Promise<void>((r) => (release = r)) }
      return { arrived, release }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
