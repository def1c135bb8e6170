import type { Payload, PayloadRequest } from 'payload'
import { STAFF_ROLES, type StaffRole } from '@/platform/access/roles'

export type Grant = 'all' | 'some' | 'none'
export type PermissionRow = { slug: string; label: string; kind: 'collection' | 'global'; grants: Record<StaffRole, Partial<Record<Operation, Grant>>> }
export type Operation = 'read' | 'create' | 'update' | 'delete'

const COLLECTION_OPERATIONS: Operation[] = ['read', 'create', 'update', 'delete']
const GLOBAL_OPERATIONS: Operation[] = ['read', 'update']

type Labelled = { labels?: { plural?: unknown }; label?: unknown; slug: string }
const zhLabel = (thing: Labelled) => {
  const label = thing.labels?.plural ?? thing.label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, unknown>).zh ?? thing.slug)
  return thing.slug
}

type AccessFn = (args: { req: PayloadRequest; data?: unknown; id?: unknown }) => unknown

/**
 * What each role may do with each collection and global, found by asking the very access functions
 * Payload runs (the collection configs' `access`), for a stand-in user holding only that role:
 * `true` is 全部, a query is 部分 (only matching documents: one's own, one's department, published),
 * `false` is 不可.
 */
export async function rolePermissions(payload: Payload): Promise<PermissionRow[]> {
  const ask = async (fn: AccessFn | undefined, role: StaffRole): Promise<Grant> => {
    if (!fn) return 'none'
    const user = { id: -1, collection: 'users', email: 'role-page@invalid', roles: [role] }
    const req = { user, payload, context: {}, headers: new Headers(), t: ((key: string) => key) as unknown, i18n: {} } as unknown as PayloadRequest
    try {
      const result = await fn({ req })
      return result === true ? 'all' : result && typeof result === 'object' ? 'some' : 'none'
    } catch {
      return 'some'
    }
  }
  const rows: PermissionRow[] = []
  const entries = [
    ...payload.config.collections.filter((c) => !c.slug.startsWith('payload-')).map((c) => ({ kind: 'collection' as const, config: c, ops: COLLECTION_OPERATIONS })),
    ...payload.config.globals.map((g) => ({ kind: 'global' as const, config: g, ops: GLOBAL_OPERATIONS })),
  ]
  for (const { kind, config, ops } of entries) {
    const grants = {} as PermissionRow['grants']
    for (const role of STAFF_ROLES) {
      grants[role] = {}
      for (const op of ops) grants[role][op] = await ask((config.access as Record<string, AccessFn | undefined>)[op], role)
    }
    if (STAFF_ROLES.every((role) => ops.every((op) => grants[role][op] === 'none'))) continue
    rows.push({ slug: config.slug, label: zhLabel(config as unknown as Labelled), kind, grants })
  }
  return rows
}
