import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './src/lib/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never overwrite the build `npm run demo` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // chinese-days ships an ES module inside a package marked CommonJS, which Turbopack refuses to
  // bundle; the server loads it from node_modules instead.
  serverExternalPackages: ['chinese-days'],
  reactStrictMode: true,
  // Feedback forms carry up to 3 attachments of 5 MB each.
  experimental: { globalNotFound: true, serverActions: { bodySizeLimit: '16mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
