import config from '@payload-config'
import { getNextRequestI18n } from '@payloadcms/next/utilities'
import { cookies, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

/**
 * What the login page needs of its request, once per request (the layout and the page both ask):
 * Payload, the admin's language (Payload's own choice: its language cookie, else the browser's
 * Accept-Language) and its theme as Payload's RootLayout picks it on the server.
 */
export const loginRequest = cache(async () => {
  const payload = await getPayload({ config })
  const i18n = await getNextRequestI18n({ config: payload.config })
  const cookieStore = await cookies()
  const requestHeaders = await headers()
  const prefix = payload.config.cookiePrefix || 'payload'
  const configured = payload.config.admin.theme
  const theme =
    configured === 'light' || configured === 'dark'
      ? configured
      : ([
          cookieStore.get(`${prefix}-theme`)?.value,
          // a structured header: Chromium sends the token quoted ("dark")
          requestHeaders.get('sec-ch-prefers-color-scheme')?.replaceAll('"', ''),
        ].find((value) => value === 'light' || value === 'dark') ?? 'light')
  return { payload, i18n, theme, headers: requestHeaders, themeCookie: `${prefix}-theme` }
})
