import type { ServerProps } from 'payload'

/** In the admin's side navigation: one's own second factor, and what each role may do. */
export function AccountNavLinks({ user }: ServerProps) {
  if (!user) return null
  return (
    <nav aria-label="账户安全" style={{ display: 'flex', flexDirection: 'column', gap: '0.4rem', margin: '1rem 0' }}>
      <a href="/admin/second-factor">动态验证码（两步验证）</a>
      <a href="/admin/staff-roles">各角色的权限</a>
    </nav>
  )
}
