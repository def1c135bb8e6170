import { Link } from '@payloadcms/ui'
import type { BeforeListTableServerProps } from 'payload'
import { consultationPhase, PHASE_LABELS } from '@/features/consultations/rules'
import { commentCounts } from '@/features/consultations/server/comment-counts'

const cell = { padding: '0.25rem 0.75rem 0.25rem 0', textAlign: 'left' as const }

/** Above the list of comments: each recent consultation with its counts, a link filtering the list to it. */
export async function CommentCounts({ payload, user }: BeforeListTableServerProps) {
  const consultations = await payload.find({
    collection: 'consultations',
    sort: '-closesOn',
    limit: 10,
    depth: 0,
    draft: true,
    select: { title: true, opensOn: true, closesOn: true },
    overrideAccess: false,
    user: user as never,
  })
  if (consultations.docs.length === 0) return null
  const rows = await Promise.all(consultations.docs.map(async (doc) => ({ doc, counts: await commentCounts(payload, doc.id) })))
  const list = `${payload.config.routes.admin}/collections/consultation-comments`
  return (
    <table style={{ margin: '0 0 1rem', borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>各项征求意见收到的意见</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>征求意见</th>
          <th scope="col" style={cell}>状态</th>
          <th scope="col" style={cell}>收到</th>
          <th scope="col" style={cell}>同意公开</th>
          <th scope="col" style={cell}>待审核</th>
          <th scope="col" style={cell}>已公开</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ doc, counts }) => (
          <tr key={doc.id}>
            <td style={cell}>
              <Link href={`${list}?where[or][0][and][0][consultation][equals]=${encodeURIComponent(String(doc.id))}`}>{doc.title}</Link>
            </td>
            <td style={cell}>{doc.opensOn && doc.closesOn ? PHASE_LABELS[consultationPhase({ opensOn: doc.opensOn, closesOn: doc.closesOn }, new Date())] : ''}</td>
            <td style={cell}>{counts.received}</td>
            <td style={cell}>{counts.withConsent}</td>
            <td style={cell}>{counts.awaitingReview}</td>
            <td style={cell}>{counts.published}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
