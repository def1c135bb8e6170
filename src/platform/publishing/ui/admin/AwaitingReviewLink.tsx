import { Button } from '@payloadcms/ui'
import type { BeforeListTableServerProps, CollectionSlug } from 'payload'

/**
 * Above each content list: how many pages were published without review and still await a
 * reviewer's approval, with a link that filters the list to them.
 */
export async function AwaitingReviewLink({ payload, user, collectionConfig }: BeforeListTableServerProps) {
  const slug = collectionConfig.slug as CollectionSlug
  const { totalDocs } = await payload.count({
    collection: slug,
    where: { awaitingReview: { equals: true } },
    overrideAccess: false,
    user: user as never,
  })
  if (totalDocs === 0) return null
  const href = `${payload.config.routes.admin}/collections/${slug}?where[or][0][and][0][awaitingReview][equals]=true`
  return (
    <div style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
      <Button buttonStyle="primary" el="link" size="small" to={href}>
        只看未经审核发布、待审核的内容
      </Button>
      <span>
        未经审核发布、待审核 <strong>{totalDocs}</strong> 篇（须由另一位审核员在审核台点击“补充审核通过”）
      </span>
    </div>
  )
}
