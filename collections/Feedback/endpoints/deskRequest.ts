import type { PayloadRequest } from 'payload'
import { hasRole } from '@/platform/access/roles'
import { isCrossSite } from '@/platform/security/cross-site'
import { CROSS_SITE_MESSAGE } from '@/platform/security/rules/cross-site-request'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** A desk form (no JavaScript) or a JSON call: the body as fields, and how to answer. */
export async function readDeskRequest(req: PayloadRequest) {
  const type = req.headers.get('content-type') ?? ''
  const isForm = type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')
  let fields: Record<string, unknown> = {}
  let ids: string[] = []
  try {
    if (isForm && req.formData) {
      const form = await req.formData()
      ids = form.getAll('ids').map(String)
      fields = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'ids').map(([k, v]) => [k, String(v)]))
    } else if (req.json) {
      const body = (await req.json()) as Record<string, unknown>
      if (body && typeof body === 'object') fields = body
      ids = Array.isArray(body?.ids) ? body.ids.map(String) : []
    }
  } catch {
    fields = {}
  }
  // Only back into the admin: a form says where it came from.
  const back = typeof fields.returnTo === 'string' && /^\/admin(\/|$|\?)/.test(fields.returnTo) ? fields.returnTo : null
  const answer = (ok: boolean, message: string, status: number, extra: Record<string, unknown> = {}) => {
    if (isForm && back) {
      const url = new URL(back, 'http://local')
      url.searchParams.set(ok ? 'done' : 'refused', message)
      return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' } })
    }
    return json(ok ? { message, ...extra } : { error: message, ...extra }, ok ? 200 : status)
  }
  return { fields, ids, answer }
}

/** Handlers and admins only, from our own pages only. Null when the request may go on. */
export function refuseDeskRequest(req: PayloadRequest): Response | null {
  if (isCrossSite({ method: req.method ?? 'POST', headers: req.headers })) return json({ error: CROSS_SITE_MESSAGE }, 403)
  if (!hasRole(req.user, 'admin', 'handler')) return json({ error: '只有留言办理员和管理员可以办理留言。' }, req.user ? 403 : 401)
  return null
}
