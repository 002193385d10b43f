import { readEnv } from '../../cms/env'

/** Where the CMS answers the site's forms (subscribe); set TRUSTCENTER_CMS_URL at build time. */
export const cmsUrl = (readEnv().TRUSTCENTER_CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')
