import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import { tsImport } from 'tsx/esm/api'
import { cmsHeaderRules } from './serve/cmsHeaders.mjs'

// The app's one environment schema (cms/env.ts). Next imports this file as plain JavaScript, so
// tsx compiles that module (Node 20 has no TypeScript of its own).
/** @type {typeof import('./env.ts')} */
const { readEnv } = await tsImport('./env.ts', import.meta.url)

/** The reference CMS app: Payload's admin at /admin and its API at /api. */
const nextConfig = {
  // The workspace packages ship TypeScript source; Next compiles them like the app's own code.
  transpilePackages: [
    '@trust-center/core',
    '@trust-center/payload-plugin',
    '@trust-center/astro-loader',
  ],
  // The app lives in cms/ but imports the project's packages (cms/domain, cms/plugin) and node_modules.
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  poweredByHeader: false,
  async headers() {
    const env = readEnv()
    return cmsHeaderRules({
      dev: env.NODE_ENV === 'development',
      publicUrl: env.TRUSTCENTER_CMS_URL ?? '',
    })
  },
  // pdf.js (through unpdf) is one large self-contained module for Node: load it at run time, unbundled.
  serverExternalPackages: ['unpdf'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
