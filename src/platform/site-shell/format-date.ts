const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false })

/** 2004-01-14, as dates are written on Chinese government sites, in Beijing time. */
export function formatDay(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date)
}

/** 2004-01-14 09:30, the PubDate format of the government site monitoring meta tags. */
export function formatDayTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : `${dayFormat.format(date)} ${timeFormat.format(date)}`
}

/** 2004年1月14日, for sentences. */
export function formatDayChinese(value: string | Date | null | undefined): string {
  const day = formatDay(value)
  if (!day) return ''
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}
