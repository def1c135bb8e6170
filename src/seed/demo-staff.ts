import type { StaffRole } from '@/platform/access/roles'

/** Demo accounts, one per role. Seeded only by `npm run demo`; the README lists them. The handler gets the daily digest. */
export const DEMO_STAFF: { email: string; password: string; name: string; roles: StaffRole[]; feedbackDigest?: boolean }[] = [
  { email: 'admin@demo.cdjsw.local', password: 'Demo-Guanli-2026', name: '王管理', roles: ['admin'] },
  { email: 'editor@demo.cdjsw.local', password: 'Demo-Bianji-2026', name: '李编辑', roles: ['editor'] },
  { email: 'reviewer@demo.cdjsw.local', password: 'Demo-Shenhe-2026', name: '张审核', roles: ['reviewer'] },
  { email: 'handler@demo.cdjsw.local', password: 'Demo-Banli-2026', name: '刘办理', roles: ['handler'], feedbackDigest: true },
]
