import type { CollectionBeforeChangeHook } from 'payload'
import { formatIndexNumber } from '@/features/policies/rules/notice-text'
import { POLICY_TOPICS } from '@/features/policies/rules/policy-topics'

/** Gives a new notice its 索引号: the configured pattern with the next sequence of its year. */
export const assignIndexNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.indexNumber || data.indexNumber) return data
  const year = new Date(data.dateWritten ?? Date.now()).getFullYear()
  const [settings, last] = await Promise.all([
    req.payload.findGlobal({ slug: 'policy-settings', depth: 0, req }),
    req.payload.find({
      collection: 'policy-notices',
      where: { year: { equals: year } },
      sort: '-indexSequence',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { indexSequence: true },
      overrideAccess: true,
      req,
    }),
  ])
  const sequence = (last.docs[0]?.indexSequence ?? 0) + 1
  const topicCode = POLICY_TOPICS.find((topic) => topic.value === data.topic)?.code
  return {
    ...data,
    indexSequence: sequence,
    indexNumber: formatIndexNumber(settings.indexNumberPattern, {
      authorityCode: settings.authorityCode,
      year,
      topicCode,
      sequence,
    }),
  }
}
