/**
 * Takes the place of Payload's logo on the admin's login pages: the site's round mark and its
 * name. The name is text, not part of the picture, so it follows the admin's light or dark theme.
 */
export function AdminLogo() {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}>
      <img src="/logo.svg" alt="" width={56} height={56} />
      <span style={{ color: 'var(--theme-elevation-1000)', fontSize: '1.25rem', fontWeight: 600 }}>
        成都市计划生育与生殖健康服务网
      </span>
    </span>
  )
}
