import type { Payload } from 'payload'
import { ERROR_REPORT_SUBMISSION } from '@/features/site-errors/access/errorReportAccess'
import { lexicalParagraphs } from '@/seed/lexical-paragraphs'

type Report = { created: string[]; kept: string[] }

/** The demo 政府信息公开指南, published and marked 示例: its five required parts. */
export const DEMO_DISCLOSURE_GUIDE = {
  title: '政府信息公开指南',
  slug: 'guide' as const,
  summary: '本机关主动公开哪些政府信息、怎样申请公开、多长时间答复、是否收费，以及对答复不满意怎么办。（示例）',
  published: [
    '本机关依照《中华人民共和国政府信息公开条例》主动公开以下政府信息（示例）：',
    '- 机构职能、负责人信息、办公地址和联系电话',
    '- 人口与计划生育方面的规范性文件和政策解读，见“政府信息公开目录”',
    '- 计划生育奖励扶助、特别扶助等事项的办事指南',
    '- 计划生育服务网点名录和开放时间',
    '- 留言办理情况统计（“数据公开”页面）',
    '主动公开的信息自形成或者变更之日起 20 个工作日内在本网站公开，可以检索、查看和下载。',
  ],
  howToApply: [
    '公民、法人或者其他组织可以向本机关申请获取没有主动公开的政府信息，不需要说明用途。',
    '- 在本网站“依申请公开”页面在线提交申请',
    '- 信函申请：寄至本机关政府信息公开工作机构，信封注明“政府信息公开申请”（示例地址见页面底部）',
    '- 当面申请：工作日 9:00—12:00、13:30—17:30 到本机关办公室填写申请表',
    '申请时请写明申请人姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征，以及获取信息的方式（纸质、电子邮件、光盘或者现场查阅）。',
  ],
  timeLimits: [
    '能够当场答复的，当场答复。不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长的，经负责人同意并告知申请人，延长期限最长不超过 20 个工作日。',
    '申请内容不明确的，我们会在收到申请之日起 7 个工作日内一次性告知需要补正的事项；答复期限自收到补正后的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请。',
    '节假日不计入期限，调休上班日计入。',
  ],
  fees: ['依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以依照国家规定收取信息处理费（示例：本机关至今未收取过）。'],
  remedies: [
    '认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报。',
    '也可以自知道该行政行为之日起 60 日内依法申请行政复议，或者自知道之日起 6 个月内依法提起行政诉讼。',
  ],
}

const DEMO_ERROR_REPORTS = [
  { pageUrl: '/policies', description: '示例：政策文件列表第二页有一条文件的发布日期显示为 1970-01-01。', email: 'zhaocuo.demo@example.cn' },
  { pageUrl: '/stations', description: '示例：锦江区某服务站的电话号码少了一位，打不通。' },
  { pageUrl: '/health', description: '示例：“避孕方法”页面里“紧急避孕”一段有错别字。', email: 'zhaocuo.demo2@example.cn', answer: '感谢指正，错别字已改正。' },
]

/** The guide (published through the seed, as the desk would) and three demo 网站找错 reports, one answered. */
export async function seedOpenGovernment(payload: Payload, report: Report) {
  const context = { disableRevalidate: true }
  const found = await payload.count({ collection: 'open-government-pages', where: { slug: { equals: 'guide' } } })
  if (found.totalDocs > 0) report.kept.push('open-government-pages:guide')
  else {
    const guide = DEMO_DISCLOSURE_GUIDE
    await payload.create({
      collection: 'open-government-pages',
      data: {
        title: guide.title,
        slug: guide.slug,
        summary: guide.summary,
        example: true,
        published: lexicalParagraphs(guide.published),
        howToApply: lexicalParagraphs(guide.howToApply),
        timeLimits: lexicalParagraphs(guide.timeLimits),
        fees: lexicalParagraphs(guide.fees),
        remedies: lexicalParagraphs(guide.remedies),
        _status: 'published',
      },
      context,
    })
    report.created.push('open-government-pages:guide')
  }
  if ((await payload.count({ collection: 'site-error-reports' })).totalDocs > 0) {
    report.kept.push('site-error-reports')
    return
  }
  for (const demo of DEMO_ERROR_REPORTS) {
    const created = await payload.create({
      collection: 'site-error-reports',
      data: { pageUrl: demo.pageUrl, description: demo.description, email: demo.email } as never,
      context: { ...context, [ERROR_REPORT_SUBMISSION]: true },
      overrideAccess: false,
      user: null,
    })
    if (demo.answer) {
      await payload.update({ collection: 'site-error-reports', id: created.id, data: { status: 'answered', outcome: 'corrected', answer: demo.answer }, context })
    }
    report.created.push(`site-error-reports:${created.reference}`)
  }
}
