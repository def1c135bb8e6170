import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { writeAudit } from '@/platform/audit/writeAudit'
import { applicationDeskPath } from './desk-paths'
import './disclosure-desk.css'

/** The 答复书 tab: the letter as sent, to print and post; it names the applicant, so opening it is audited. */
export async function ReplyLetterView({ doc: shown, initPageResult, routeSegments }: DocumentViewServerProps) {
  const { req } = initPageResult
  const id = String(shown?.id ?? routeSegments[2] ?? '')
  if (!hasRole(req.user, 'admin', 'handler') || !id) return <Gutter><p role="status">只有办理员和管理员可以查看答复书。</p></Gutter>
  const doc = await req.payload.findByID({ collection: 'disclosure-applications', id, depth: 0, overrideAccess: true, select: { trackingCode: true, letter: true } }).catch(() => null)
  if (!doc?.letter) return <Gutter><p role="status">这件申请还没有答复书。</p></Gutter>
  await writeAudit(req, { action: 'disclosure.read-letter', targetCollection: 'disclosure-applications', targetId: doc.id, summary: `查看政府信息公开申请 ${doc.trackingCode} 的答复书` })
  return (
    <Gutter>
      <section className="disclosure-letter-page" aria-label="答复书">
        <p><a href={applicationDeskPath(req.payload.config.routes.admin, doc.id)}>← 返回办理</a>（请用浏览器的打印功能打印本页）</p>
        <div className="disclosure-letter">{doc.letter}</div>
      </section>
    </Gutter>
  )
}
