import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { type AdminServer, startAdmin } from './adminServer'
import { reviewSituation } from './adminWorkflowSetup'
import { launchChromium } from './chromium'
import { startTestPayload, type TestPayload } from './payload'

export interface ReviewAdmin {
  t: TestPayload
  s: Awaited<ReturnType<typeof reviewSituation>>
  admin: AdminServer
  browser: Browser
}

/**
 * The admin review tests' setup: a test Payload holding the review situation, the production
 * admin on its database (warmed by one request), Chromium, and the folder for screenshots. What
 * started is closed again when a later step fails.
 */
export async function startReviewAdmin(shots: string): Promise<ReviewAdmin> {
  const started: Partial<ReviewAdmin> = {}
  try {
    started.t = await startTestPayload()
    started.s = await reviewSituation(started.t.payload)
    started.admin = await startAdmin({
      DATABASE_URI: process.env.DATABASE_URI,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      TRUSTCENTER_DATA_DIR: started.t.dataDir,
    })
    started.browser = await launchChromium()
    mkdirSync(shots, { recursive: true })
    // First requests compile nothing in production, but fill caches.
    await fetch(`${started.admin.url}/admin/login`)
    return started as ReviewAdmin
  } catch (error) {
    await closeReviewAdmin(started)
    throw error
  }
}

export async function closeReviewAdmin({ t, admin, browser }: Partial<ReviewAdmin>) {
  await browser?.close()
  await admin?.close()
  await t?.close()
}
