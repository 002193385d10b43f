import type { Page } from 'playwright-core'

/** Steps in Payload's admin as a person takes them: the login form, react-select fields, the toast. */

export async function logIn(
  page: Page,
  adminUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${adminUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
}

export async function logOut(page: Page, adminUrl: string): Promise<void> {
  await page.goto(`${adminUrl}/admin/logout`)
  await page.waitForURL((url) => url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
}

/** Opens the react-select of field `name` and picks the option whose text matches. */
export async function setSelect(page: Page, name: string, option: string | RegExp): Promise<void> {
  const field = page.locator(`#field-${name}`)
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/**
 * The text of the next toast the admin shows (Sonner) once it has an outcome: the "Submitting…"
 * toast the form shows while the request runs is skipped.
 */
export async function toastText(page: Page): Promise<string> {
  const toast = page.locator('[data-sonner-toast]:not([data-type="loading"])').first()
  await toast.waitFor({ timeout: 60_000 })
  return (await toast.innerText()).trim()
}
