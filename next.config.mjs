import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath } from 'node:url'
import { fallbackContentSecurityPolicies, privateNoStoreHeaders, securityHeaders } from './src/platform/security/security-headers.mjs'
import { sharedCacheHeaders } from './src/platform/cache/shared-cache-headers.mjs'

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
  // The proxy sees form posts too: without a matching limit it would hand on only their first 10 MB.
  experimental: { globalNotFound: true, serverActions: { bodySizeLimit: '16mb' }, proxyClientMaxBodySize: '16mb' },
  // Several instances: with REDIS_URL, revalidations reach every instance (README, "Several
  // instances"). Read by `next start` too, so the same build runs with or without it.
  ...(process.env.REDIS_URL && {
    cacheHandler: fileURLToPath(new URL('./src/platform/cache/redis-cache-handler.mjs', import.meta.url)),
  }),
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV) },
      ...fallbackContentSecurityPolicies(process.env.NODE_ENV),
      ...privateNoStoreHeaders(),
      // Public pages: a shared cache may hold them one second (nginx, README "Production behind nginx").
      ...sharedCacheHeaders(),
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
