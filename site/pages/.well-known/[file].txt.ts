import type { APIRoute } from 'astro'
import { securityTxt, securityTxtConfig } from '@trust-center/core/securityTxt'
import { readEnv } from '../../../cms/env'

/**
 * /.well-known/security.txt (RFC 9116) from TRUSTCENTER_SECURITY_* at build time. Without a
 * Contact the file is left out (getStaticPaths returns nothing) and the build warns.
 */
const configured = () => securityTxtConfig(readEnv(), import.meta.env.SITE)

export function getStaticPaths() {
  const { config, warnings } = configured()
  for (const warning of warnings) console.warn(`trust center: ${warning}`)
  return config.contact.length > 0 ? [{ params: { file: 'security' } }] : []
}

export const GET: APIRoute = () =>
  new Response(securityTxt(configured().config, new Date()), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
