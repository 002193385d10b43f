import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium (installed by .ci/run); test tools cannot download browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (see .ci/run) or set CHROMIUM_PATH`,
    )
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * For a dialog handler's `accept()`: closing a page with `runBeforeUnload` may dismiss its
 * "leave without saving?" dialog before the accept arrives. Anything else is rethrown.
 */
export function pageAlreadyClosed(error: unknown): void {
  if (error instanceof Error && /already handled|closed/i.test(error.message)) return
  throw error
}
