import { feedConsultations } from '@/platform/feeds/feed-queries'
import { isoTime, sectionFeed } from '@/platform/feeds/section-feed'

// Cached like a page and refreshed hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export const GET = sectionFeed(
  { title: '征求意见', path: '/consultations', feed: '/feeds/consultations.xml' },
  feedConsultations,
  (consultation) => ({
    path: `/consultations/${consultation.slug}`,
    title: consultation.title,
    updated: isoTime(consultation.updatedAt, consultation.opensOn),
    published: isoTime(consultation.opensOn, ''),
    summary: consultation.summary,
  }),
)
