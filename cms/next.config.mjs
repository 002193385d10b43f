import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'

/** The reference CMS app: Payload's admin at /admin and its API at /api. */
const nextConfig = {
  // The app lives in cms/ but imports the project's shared code (cms/domain) and node_modules.
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  // pdf.js (through unpdf) is one large self-contained module for Node: load it at run time, unbundled.
  serverExternalPackages: ['unpdf'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
