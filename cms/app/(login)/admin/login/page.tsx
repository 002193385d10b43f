/*
 * The admin's login page, rendered on the server as a plain form: usable as soon as its HTML and
 * styles have arrived, before (and without) the admin's scripts. Payload's own login view renders
 * its form in the browser only, after Payload's UI bundle has loaded and `/api/users/me` has
 * answered (docs/performance.md, "The admin"). Same markup and classes as Payload's form, so the
 * same look; it posts to Payload's own login endpoint (loginScripts.ts).
 */
import { payloadFaviconDark, payloadFaviconLight } from '@payloadcms/ui/assets'
import { PayloadLogo } from '@payloadcms/ui/shared'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import type { CollectionSlug } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import { loginRequest } from './loginRequest'
import { submitScript } from './loginScripts'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const src = (asset: unknown) =>
  typeof asset === 'object' && asset ? (asset as { src: string }).src : String(asset)

export async function generateMetadata(): Promise<Metadata> {
  const { i18n, payload } = await loginRequest()
  return {
    title: `${i18n.t('authentication:login')}${payload.config.admin.meta?.titleSuffix ?? ''}`,
    robots: { index: false, follow: false },
    icons: [
      { rel: 'icon', type: 'image/png', sizes: '32x32', url: src(payloadFaviconDark) },
      {
        rel: 'icon',
        type: 'image/png',
        sizes: '32x32',
        media: '(prefers-color-scheme: dark)',
        url: src(payloadFaviconLight),
      },
    ],
  }
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { payload, i18n, headers } = await loginRequest()
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const requested = (await searchParams).redirect
  // Payload's own check: only a path on this site, never another origin.
  const target = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: requested ?? '' })
  const { user } = await payload.auth({ headers })
  if (user) redirect(target) // signed in already, as Payload's login view does
  const userSlug = payload.config.admin.user as CollectionSlug
  // nobody to sign in as yet: Payload's own first-user page, as Payload's admin sends one there
  if ((await payload.count({ collection: userSlug })).totalDocs === 0)
    redirect(`${adminRoute}${payload.config.admin.routes.createFirstUser}`)
  const { t } = i18n
  return (
    <section className="login template-minimal template-minimal--width-normal">
      <div className="template-minimal__wrap">
        <div className="login__brand">
          <PayloadLogo />
        </div>
        <form
          action={`${apiRoute}/${userSlug}/login`}
          className="login__form form"
          data-redirect={target}
          data-unknown-error={t('error:unknown')}
          id="login-form"
          method="POST"
        >
          <div
            className="banner banner--type-error login__error"
            hidden
            id="login-error"
            role="alert"
          />
          <div className="login__form__inputWrap">
            <div className="field-type email" style={{ flex: '1 1 auto' }}>
              <label className="field-label" htmlFor="field-email">
                {t('general:email')}
                <span className="required">*</span>
              </label>
              <div className="field-type__wrap">
                <input autoComplete="email" id="field-email" name="email" required type="email" />
              </div>
            </div>
            <div className="field-type password" style={{ flex: '1 1 auto' }}>
              <label className="field-label" htmlFor="field-password">
                {t('general:password')}
                <span className="required">*</span>
              </label>
              <div className="field-type__wrap">
                <div>
                  <input
                    autoComplete="current-password"
                    id="field-password"
                    name="password"
                    required
                    type="password"
                  />
                </div>
              </div>
            </div>
          </div>
          <a href={`${adminRoute}${payload.config.admin.routes.forgot}`}>
            {t('authentication:forgotPasswordQuestion')}
          </a>
          <div className="form-submit">
            <button
              className="btn btn--icon-style-without-border btn--size-large btn--withoutPopup btn--style-primary"
              type="submit"
            >
              <span className="btn__content">
                <span className="btn__label">{t('authentication:login')}</span>
              </span>
            </button>
          </div>
        </form>
        <script dangerouslySetInnerHTML={{ __html: submitScript }} />
      </div>
    </section>
  )
}
