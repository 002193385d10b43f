import type { Payload } from 'payload'

/**
 * The one Payload instance of a build, for the content loaders. Opening it checks the database
 * first: a missing, corrupt or unmigrated database fails the build with a message saying what to
 * run. Astro runs this module inside Vite's module runner, so the build process cannot import
 * this very instance; it finds the closer on globalThis (cms/build/astroBuildProcess.mjs) — an
 * open MongoDB connection would otherwise keep the process alive after the build.
 */
let instance: Promise<Payload> | undefined
export function payloadForBuild(): Promise<Payload> {
  if (!instance) {
    // Imported when first used: a build from the published snapshot never loads Payload.
    const opened = import('../cms/database/open').then(({ openPayload }) =>
      openPayload({ requireReady: true }),
    )
    instance = opened
    ;(globalThis as Record<symbol, unknown>)[Symbol.for('trust-center.closeBuildPayload')] =
      async () => {
        instance = undefined
        await (await opened.catch(() => undefined))?.destroy()
      }
  }
  return instance
}
