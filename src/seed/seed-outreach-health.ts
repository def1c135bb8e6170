import type { Payload } from 'payload'
import sharp from 'sharp'
import { beijingDay } from '@/features/health/rules/health-review'
import { DEMO_ARTICLES, DEMO_EVENTS } from './demo-outreach'
import { DEMO_HEALTH_TOPICS } from './demo-health-topics'
import { lexicalParagraphs } from './lexical-paragraphs'

type Report = { created: string[]; kept: string[] }
const context = { disableRevalidate: true }
const DAY_MS = 86_400_000

/** Two pictures drawn here (no downloads): simple shapes, described by their alt text. */
const PICTURES = {
  family: {
    filename: 'demo-outreach-family.png',
    alt: '插图：一对年轻夫妇牵着孩子站在绿树和房屋前',
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="1440" height="810"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fde7d6"/><stop offset="1" stop-color="#f7c9a8"/></linearGradient></defs><rect width="1440" height="810" fill="url(#s)"/><circle cx="1180" cy="170" r="90" fill="#f59e42"/><rect y="620" width="1440" height="190" fill="#7fb069"/><rect x="140" y="360" width="300" height="260" fill="#fff7ee"/><polygon points="120,370 290,230 460,370" fill="#8f1d1d"/><rect x="250" y="480" width="80" height="140" fill="#8f1d1d"/><circle cx="640" cy="330" r="46" fill="#6b3e26"/><rect x="600" y="380" width="80" height="200" rx="30" fill="#3c6e91"/><circle cx="800" cy="320" r="46" fill="#6b3e26"/><rect x="760" y="370" width="80" height="210" rx="30" fill="#b8141b"/><circle cx="720" cy="430" r="32" fill="#6b3e26"/><rect x="694" y="465" width="52" height="115" rx="20" fill="#f2b134"/><circle cx="1100" cy="480" r="110" fill="#4f8a3c"/><rect x="1088" y="540" width="24" height="90" fill="#6b3e26"/></svg>`,
  },
  community: {
    filename: 'demo-outreach-community.png',
    alt: '插图：社区活动室里，医生在给居民讲解健康知识',
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="1440" height="810"><rect width="1440" height="810" fill="#e8f1f8"/><rect x="120" y="120" width="620" height="360" rx="12" fill="#ffffff" stroke="#3c6e91" stroke-width="8"/><rect x="170" y="190" width="380" height="28" fill="#3c6e91"/><rect x="170" y="250" width="520" height="20" fill="#9fbfd6"/><rect x="170" y="300" width="480" height="20" fill="#9fbfd6"/><rect x="170" y="350" width="500" height="20" fill="#9fbfd6"/><circle cx="880" cy="300" r="52" fill="#6b3e26"/><rect x="835" y="355" width="90" height="230" rx="30" fill="#ffffff" stroke="#8f1d1d" stroke-width="6"/><rect y="640" width="1440" height="170" fill="#c7d9e8"/>${[260, 460, 660, 1060, 1260].map((x, i) => `<circle cx="${x}" cy="600" r="40" fill="#6b3e26"/><rect x="${x - 50}" y="640" width="100" height="150" rx="30" fill="${['#b8141b', '#f2b134', '#4f8a3c', '#3c6e91', '#8f1d1d'][i]}"/>`).join('')}</svg>`,
  },
} as const

async function ensurePicture(payload: Payload, key: keyof typeof PICTURES, report: Report) {
  const picture = PICTURES[key]
  const found = await payload.find({ collection: 'media', where: { filename: { equals: picture.filename } }, limit: 1, depth: 0, select: { filename: true } })
  if (found.docs[0]) {
    report.kept.push(`media:${picture.filename}`)
    return found.docs[0].id
  }
  const data = await sharp(Buffer.from(picture.svg)).png({ compressionLevel: 9 }).toBuffer()
  const created = await payload.create({
    collection: 'media',
    data: { alt: picture.alt },
    file: { data, mimetype: 'image/png', name: picture.filename, size: data.length },
    context,
  })
  report.created.push(`media:${picture.filename}`)
  return created.id
}

async function idsByCode(payload: Payload, collection: 'services' | 'districts', codes: string[]) {
  const found = await payload.find({ collection, where: { code: { in: codes } }, limit: codes.length, depth: 0, pagination: false, select: { code: true } })
  return new Map(found.docs.map((doc) => [doc.code, doc.id]))
}

async function exists(payload: Payload, collection: 'outreach-articles' | 'events' | 'health-topics', slug: string) {
  const found = await payload.count({ collection, where: { slug: { equals: slug } } })
  return found.totalDocs > 0
}

/** Beijing wall-clock time `inDays` from now, e.g. 09:30 a week from today. */
const beijingAt = (now: Date, inDays: number, time: string) => new Date(`${beijingDay(new Date(now.getTime() + inDays * DAY_MS))}T${time}:00+08:00`).toISOString()

const monthsAgo = (now: Date, months: number) => {
  const date = new Date(now)
  date.setUTCMonth(date.getUTCMonth() - months)
  return date.toISOString()
}

/** Outreach articles, events and health pages; idempotent by slug. */
export async function seedOutreachHealth(payload: Payload, report: Report, now: Date = new Date()) {
  const pictures = { family: await ensurePicture(payload, 'family', report), community: await ensurePicture(payload, 'community', report) }

  for (const article of DEMO_ARTICLES) {
    if (await exists(payload, 'outreach-articles', article.slug)) {
      report.kept.push(`outreach-articles:${article.slug}`)
      continue
    }
    await payload.create({
      collection: 'outreach-articles',
      data: {
        title: article.title,
        slug: article.slug,
        kind: article.kind,
        summary: article.summary,
        body: lexicalParagraphs(article.paragraphs),
        tags: article.tags,
        image: article.image ? pictures[article.image] : undefined,
        publishedAt: new Date(now.getTime() - article.daysAgo * DAY_MS).toISOString(),
        _status: 'published',
      },
      context,
    })
    report.created.push(`outreach-articles:${article.slug}`)
  }

  const stations = await payload.find({
    collection: 'service-stations',
    where: { key: { in: DEMO_EVENTS.flatMap((event) => (event.station ? [event.station] : [])) } },
    limit: 50,
    depth: 0,
    pagination: false,
    select: { key: true },
  })
  const stationIds = new Map(stations.docs.map((doc) => [doc.key, doc.id]))
  const districtIds = await idsByCode(payload, 'districts', DEMO_EVENTS.flatMap((event) => (event.district ? [event.district] : [])))
  for (const event of DEMO_EVENTS) {
    if (await exists(payload, 'events', event.slug)) {
      report.kept.push(`events:${event.slug}`)
      continue
    }
    await payload.create({
      collection: 'events',
      data: {
        title: event.title,
        slug: event.slug,
        startsAt: beijingAt(now, event.inDays, event.start),
        endsAt: beijingAt(now, event.inDays, event.end),
        place: event.place,
        station: event.station ? stationIds.get(event.station) : undefined,
        district: event.district ? districtIds.get(event.district) : undefined,
        summary: event.summary,
        description: lexicalParagraphs(event.paragraphs),
        registration: event.registration,
        tags: event.tags,
        image: event.image ? pictures[event.image] : undefined,
        _status: 'published',
      },
      context,
    })
    report.created.push(`events:${event.slug}`)
  }

  const serviceIds = await idsByCode(payload, 'services', [...new Set(DEMO_HEALTH_TOPICS.flatMap((topic) => topic.services))])
  for (const topic of DEMO_HEALTH_TOPICS) {
    if (await exists(payload, 'health-topics', topic.slug)) {
      report.kept.push(`health-topics:${topic.slug}`)
      continue
    }
    await payload.create({
      collection: 'health-topics',
      data: {
        title: topic.title,
        slug: topic.slug,
        summary: topic.summary,
        keyFacts: topic.keyFacts.map((fact) => ({ fact })),
        sections: topic.sections.map((section) => ({ heading: section.heading, body: lexicalParagraphs(section.paragraphs) })),
        faq: topic.faq,
        relatedServices: topic.services.flatMap((code) => (serviceIds.has(code) ? [serviceIds.get(code)!] : [])),
        medicalReviewer: topic.reviewer,
        reviewerEmail: 'health-review@example.gov.cn',
        // The next review defaults to twelve months later: over a year ago means overdue now.
        lastReviewedAt: monthsAgo(now, topic.reviewedMonthsAgo),
        tags: topic.tags,
        sensitive: topic.sensitive ?? false,
        _status: 'published',
      },
      context,
    })
    report.created.push(`health-topics:${topic.slug}`)
  }
}
