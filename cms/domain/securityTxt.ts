/**
 * security.txt (RFC 9116) from the operator's configuration. Framework-free: the site's route
 * passes the environment and the build time. Without a Contact no file is written (the RFC
 * requires one) and the build warns; Expires is renewed by every build.
 */
export interface SecurityTxtConfig {
  contact: string[]
  policy?: string
  preferredLanguages?: string
  canonical: string
  expiresDays: number
  encryption?: string
  acknowledgments?: string
}

const DEFAULT_EXPIRES_DAYS = 180
const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)

/** The TRUSTCENTER_SECURITY_* variables (an app's checked environment has them). */
export type SecurityTxtEnv = {
  readonly [
    K in
      | 'CONTACT'
      | 'POLICY'
      | 'LANGUAGES'
      | 'CANONICAL'
      | 'EXPIRES_DAYS'
      | 'ENCRYPTION'
      | 'ACKNOWLEDGMENTS' as `TRUSTCENTER_SECURITY_${K}`
  ]?: string
}

/** TRUSTCENTER_SECURITY_* variables; `siteUrl` gives the default Canonical. */
export function securityTxtConfig(
  env: SecurityTxtEnv,
  siteUrl: string,
): { config: SecurityTxtConfig; warnings: string[] } {
  const warnings: string[] = []
  const contact = list(env.TRUSTCENTER_SECURITY_CONTACT).map((c) =>
    c.includes('@') && !/^[a-z]+:/i.test(c) ? `mailto:${c}` : c,
  )
  const usable = /^(mailto:|https:|tel:)/i
  for (const c of contact)
    if (!usable.test(c))
      warnings.push(`security.txt: Contact "${c}" must be a mailto:, https: or tel: URI.`)
  if (!contact.some((c) => usable.test(c)))
    warnings.push(
      'security.txt: TRUSTCENTER_SECURITY_CONTACT is not set (a mailto: or https: URI); /.well-known/security.txt is not published.',
    )
  if (!env.TRUSTCENTER_SECURITY_POLICY)
    warnings.push(
      'security.txt: TRUSTCENTER_SECURITY_POLICY is not set (URL of the vulnerability disclosure policy).',
    )
  const days = Number(env.TRUSTCENTER_SECURITY_EXPIRES_DAYS ?? DEFAULT_EXPIRES_DAYS)
  const expiresDays =
    Number.isInteger(days) && days > 0 && days <= 365 ? days : DEFAULT_EXPIRES_DAYS
  if (expiresDays !== days)
    warnings.push(
      `security.txt: TRUSTCENTER_SECURITY_EXPIRES_DAYS must be 1–365; using ${DEFAULT_EXPIRES_DAYS}.`,
    )
  return {
    config: {
      contact: contact.filter((c) => usable.test(c)),
      policy: env.TRUSTCENTER_SECURITY_POLICY || undefined,
      preferredLanguages: list(env.TRUSTCENTER_SECURITY_LANGUAGES).join(', ') || undefined,
      canonical:
        env.TRUSTCENTER_SECURITY_CANONICAL || new URL('/.well-known/security.txt', siteUrl).href,
      expiresDays,
      encryption: env.TRUSTCENTER_SECURITY_ENCRYPTION || undefined,
      acknowledgments: env.TRUSTCENTER_SECURITY_ACKNOWLEDGMENTS || undefined,
    },
    warnings,
  }
}

/** The file's text, or null without a Contact. */
export function securityTxt(config: SecurityTxtConfig, now: Date): string | null {
  if (config.contact.length === 0) return null
  const expires = new Date(now.getTime() + config.expiresDays * 86_400_000)
  expires.setUTCMilliseconds(0)
  const lines = [
    ...config.contact.map((c) => `Contact: ${c}`),
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    config.encryption && `Encryption: ${config.encryption}`,
    config.acknowledgments && `Acknowledgments: ${config.acknowledgments}`,
    config.preferredLanguages && `Preferred-Languages: ${config.preferredLanguages}`,
    `Canonical: ${config.canonical}`,
    config.policy && `Policy: ${config.policy}`,
  ]
  return `${lines.filter(Boolean).join('\n')}\n`
}
