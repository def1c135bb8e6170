import { cachedOpenDataFigures } from '@/features/open-data/server/cached'

// Per request from the shared five-minute cache, like figures.csv: same numbers as the page.
export const dynamic = 'force-dynamic'

const NOTE = '群众留言办理情况统计。比率为百分数（保留一位小数），平均答复用时为工作日，无可计算的数据时为 null。统计口径见 /open-data。'

export async function GET() {
  const figures = await cachedOpenDataFigures()
  return new Response(JSON.stringify({ note: NOTE, ...figures }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
