import type { Payload } from 'payload'
import { DEMO_GUIDES } from './demo-guides'

const context = { disableRevalidate: true }

/** The demo 办事指南, published and marked 示例; kept when a guide with the slug exists. */
export async function seedGuides(payload: Payload, report: { created: string[]; kept: string[] }) {
  const codes = [...new Set(DEMO_GUIDES.flatMap((guide) => guide.services))]
  const services = await payload.find({ collection: 'services', where: { code: { in: codes } }, limit: codes.length, depth: 0, pagination: false, select: { code: true } })
  const serviceIds = new Map(services.docs.map((doc) => [doc.code, doc.id]))
  for (const guide of DEMO_GUIDES) {
    if ((await payload.count({ collection: 'service-guides', where: { slug: { equals: guide.slug } } })).totalDocs > 0) {
      report.kept.push(`service-guides:${guide.slug}`)
      continue
    }
    const basis = []
    for (const phrase of guide.basis) {
      const found = await payload.find({ collection: 'policy-notices', where: { title: { contains: phrase } }, limit: 1, depth: 0, select: { title: true } })
      if (found.docs[0]) basis.push(found.docs[0].id)
    }
    await payload.create({
      collection: 'service-guides',
      data: {
        title: guide.title,
        slug: guide.slug,
        summary: guide.summary,
        example: true,
        audience: guide.audience,
        conditions: guide.conditions.map((text) => ({ text })),
        materials: guide.materials,
        steps: guide.steps,
        timeLimit: guide.timeLimit,
        fee: guide.fee,
        hours: guide.hours,
        phone: guide.phone,
        online: { url: guide.onlineUrl ?? null, label: '天府通办' },
        services: guide.services.flatMap((code) => (serviceIds.has(code) ? [serviceIds.get(code)!] : [])),
        legalBasis: basis,
        faq: guide.faq,
        _status: 'published',
      },
      context,
    })
    report.created.push(`service-guides:${guide.slug}`)
  }
}
