import type { Metadata } from 'next'

/**
 * The icons in public/ (made by scripts/make-icons.mjs), linked from the public pages and the
 * admin alike. The ICO says 32x32 rather than listing its three sizes so that browsers that read
 * SVG take the sharper icon.svg (Chrome prefers an ICO marked `any` or with more sizes).
 */
export const SITE_ICONS = {
  icon: [
    { url: '/favicon.ico', sizes: '32x32' },
    { url: '/icon.svg', type: 'image/svg+xml' },
  ],
  apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
} satisfies Metadata['icons']
