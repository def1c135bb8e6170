/** The public sections named by the founding notice, in the order of the main navigation. */
/** `ready`: the section has its own pages; the others show a plain 'being built' page. */
/** `pages`: its fixed pages besides the landing page and the content pages (for the 网站地图). */
export type SectionPage = { href: string; label: string }
export type Section = { key: string; label: string; href: string; summary: string; holds: string[]; ready?: boolean; pages?: SectionPage[] }

export const SECTIONS: Section[] = [
  {
    key: 'policies',
    label: '政策文件',
    href: '/policies',
    ready: true,
    summary: '人口与计划生育法规、规章和规范性文件，以及政策解读。',
    holds: ['法律法规与地方规章', '市政府及部门规范性文件', '政策解读与办事依据'],
  },
  {
    key: 'guides',
    label: '办事指南',
    href: '/guides',
    ready: true,
    summary: '生育登记、育儿补贴、特别扶助等事项：带什么材料、到哪里办、多久办好、能否网上办。',
    holds: ['申请条件与所需材料清单', '办理流程、时限和地点', '网上办理入口与咨询电话'],
  },
  {
    key: 'outreach',
    label: '婚育新风',
    href: '/outreach',
    ready: true,
    summary: '“婚育新风进万家”活动、宣传故事和各区县的活动安排。',
    holds: ['婚育新风进万家活动动态', '优生优育、关爱女孩、男性参与等宣传', '近期活动与报名方式'],
    pages: [
      { href: '/events', label: '近期活动' },
      { href: '/floating-population', label: '流动人口服务指南' },
    ],
  },
  {
    key: 'health',
    label: '健康与防艾',
    href: '/health',
    ready: true,
    summary: '生殖健康、避孕节育和艾滋病防治知识，由医学专家审核。',
    holds: ['生殖健康与避孕节育知识', '艾滋病预防、检测与治疗', '常见问题解答与宣传折页下载'],
  },
  {
    key: 'stations',
    label: '服务网点',
    href: '/stations',
    ready: true,
    summary: '全市计划生育服务站（所、室）、合作医院和自愿咨询检测点。',
    holds: ['按区（市）县、街道和服务项目查找', '开放时间与联系电话', '流动人口同等享受的服务'],
  },
  {
    key: 'feedback',
    label: '互动交流',
    href: '/feedback',
    ready: true,
    summary: '咨询、建议、投诉、表扬和举报，可凭查询码跟踪办理进度。',
    holds: ['在线提交咨询、建议、投诉', '凭查询码查看办理进度和答复', '留言选登'],
    pages: [
      { href: '/feedback/new', label: '我要留言' },
      { href: '/feedback/track', label: '查询办理进度' },
      { href: '/feedback/replies', label: '留言选登' },
    ],
  },
  {
    key: 'consultations',
    label: '征求意见',
    href: '/consultations',
    ready: true,
    summary: '政策文件起草时公开征求意见：阅读征求意见稿、提交意见，截止后查看意见采纳情况。',
    holds: ['正在征求意见的文件草案', '在线提交意见（可不留姓名）', '已结束的征求意见和意见采纳情况'],
  },
  {
    key: 'open-data',
    label: '公开数据',
    href: '/open-data',
    ready: true,
    summary: '留言办理情况统计：受理量、按时答复率和满意度。',
    holds: ['每月留言受理与答复数量', '按时答复率与满意度', '数据下载（CSV、JSON）'],
  },
  {
    key: 'open-government',
    label: '政府信息公开',
    href: '/open-government',
    ready: true,
    summary: '政府信息公开指南、公开目录、依申请公开、政策解读和政府信息公开工作年度报告。',
    holds: ['政府信息公开指南与公开目录', '依申请公开政府信息', '政策解读与年度报告'],
    pages: [
      { href: '/open-government/guide', label: '政府信息公开指南' },
      { href: '/policies', label: '政府信息公开目录' },
      { href: '/open-government/apply', label: '依申请公开' },
      { href: '/open-government/annual-reports', label: '政府信息公开工作年度报告' },
    ],
  },
]

/** Pages about the site itself, linked from every page's footer (and listed in the 网站地图). */
export const SITE_PAGES: SectionPage[] = [
  { href: '/site-map', label: '网站地图' },
  { href: '/accessibility', label: '无障碍声明' },
  { href: '/site-errors', label: '网站找错' },
  { href: '/search', label: '站内搜索' },
]
