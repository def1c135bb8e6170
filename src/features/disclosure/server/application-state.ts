import type { ApplicationState, ApplicationStatus } from '@/features/disclosure/rules'

type StoredApplication = {
  status?: string | null
  receivedAt?: string | null
  corrections?: { requestedAt?: string | null; dueDay?: string | null; what?: string | null; answeredAt?: string | null; answer?: string | null }[] | null
  extension?: { days?: number | null; approvedBy?: string | null; reason?: string | null; at?: string | null } | null
}

/** A stored application as the rules read it. */
export function applicationStateOf(doc: StoredApplication): ApplicationState {
  const ext = doc.extension
  return {
    status: (doc.status ?? 'received') as ApplicationStatus,
    receivedAt: doc.receivedAt ?? new Date(0).toISOString(),
    corrections: (doc.corrections ?? []).map((c) => ({ requestedAt: c.requestedAt ?? '', dueDay: c.dueDay ?? '', what: c.what ?? '', answeredAt: c.answeredAt, answer: c.answer })),
    extension: ext?.days ? { days: ext.days, approvedBy: ext.approvedBy ?? '', reason: ext.reason ?? '', at: ext.at ?? '' } : null,
  }
}
