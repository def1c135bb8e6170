/** Where the 410 page of each section sends readers instead. */
export const GONE_SECTIONS: Record<string, { list: string; label: string }> = {
  policies: { list: '/policies', label: '政策文件' },
  outreach: { list: '/outreach', label: '婚育新风' },
  events: { list: '/events', label: '活动' },
  health: { list: '/health', label: '健康与防艾' },
  stations: { list: '/stations', label: '服务网点' },
  site: { list: '/', label: '首页' },
}

/** The section of a retired address: /policies/xyz → policies; anything else → site. */
export function goneSectionOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? ''
  return first in GONE_SECTIONS ? first : 'site'
}
