/*
 * The root layout of the admin's login page alone (app/(login)/admin/login): Payload's styles
 * and theme without Payload's client providers, so the page's HTML is the form itself
 * (docs/performance.md, "The admin"). Every other admin page is under app/(payload).
 */
import '@payloadcms/next/css'
import '../(payload)/custom.scss'
import './login.scss'
import type React from 'react'
import { loginRequest } from './admin/login/loginRequest'
import { themeScript } from './admin/login/loginScripts'

const Layout = async ({ children }: { children: React.ReactNode }) => {
  const { i18n, payload, theme, themeCookie } = await loginRequest()
  return (
    <html data-theme={theme} dir="LTR" lang={i18n.language} suppressHydrationWarning>
      <head>
        <style>{'@layer payload-default, payload;'}</style>
        <script
          dangerouslySetInnerHTML={{
            __html: themeScript(themeCookie, String(payload.config.admin.theme)),
          }}
        />
      </head>
      <body>{children}</body>
    </html>
  )
}

export default Layout
