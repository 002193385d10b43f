import type { Page } from 'playwright-core'

/**
 * The search page's own clock (performance.now(), milliseconds since the navigation started):
 * when the first result link entered the DOM, and when the last input event before it came.
 * Installed before any page script runs; Playwright's polling and page set-up are not in it.
 */
const PROBE = `(() => {
  const marks = { input: null, firstResult: null }
  window.__searchTiming = marks
  addEventListener('input', () => { if (marks.firstResult === null) marks.input = performance.now() }, true)
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.search-result a')) return
    marks.firstResult = performance.now()
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
})()`

export type SearchTiming = {
  /** Navigation start → first result in the DOM. */
  fromNavigation: number
  /** Input event → first result in the DOM (null when the query came in the address). */
  fromInput: number | null
}

/** Call before page.goto: every later document of this page carries the probe. */
export async function probeSearchTiming(page: Page): Promise<void> {
  await page.addInitScript(PROBE)
}

/**
 * Waits for the first result, then reads the page's own figures. Polled from Node with
 * expressions: waitForFunction's predicate is eval'd in the page, which its CSP forbids.
 */
export async function searchTiming(page: Page, timeout = 60_000): Promise<SearchTiming> {
  const until = performance.now() + timeout
  for (;;) {
    const marks = (await page.evaluate(`window.__searchTiming`)) as
      { input: number | null; firstResult: number | null } | undefined
    if (marks?.firstResult != null)
      return {
        fromNavigation: marks.firstResult,
        fromInput: marks.input === null ? null : marks.firstResult - marks.input,
      }
    if (performance.now() > until) throw new Error(`no search result within ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
