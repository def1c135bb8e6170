/**
 * Demo 办事指南, all marked 示例: their facts follow the usual shape of these services in Sichuan
 * and Chengdu but are not verified against the current rules, and each page says so. `basis`
 * finds the demo notices the guide rests on by a phrase of their title.
 */
export type DemoGuide = {
  slug: string
  title: string
  summary: string
  audience: string
  conditions: string[]
  materials: { name: string; note?: string; optional?: boolean }[]
  steps: { title: string; detail?: string }[]
  timeLimit: string
  fee: string
  hours: string
  phone: string
  onlineUrl?: string
  services: string[]
  basis: string[]
  faq: { question: string; answer: string }[]
}

const OFFICE_HOURS = '工作日 9:00—12:00，13:30—17:00（法定节假日除外）'
const TIANFU = 'https://tfwb.cdsc.example.gov.cn/'

export const DEMO_GUIDES: DemoGuide[] = [
  {
    slug: 'shengyu-dengji',
    title: '生育登记',
    summary: '生育第一个、第二个或第三个子女的夫妻，在孩子出生前后办理登记，俗称“准生证”，用于享受孕产期保健和生育保险等待遇。',
    audience: '户籍在成都或在成都居住的夫妻（流动人口可在现居住地办理）',
    conditions: ['夫妻双方或一方户籍在本市，或在本市居住', '办理时已怀孕或子女已出生'],
    materials: [
      { name: '夫妻双方居民身份证', note: '原件' },
      { name: '结婚证', note: '原件' },
      { name: '户口簿', note: '原件；流动人口提供居住证', optional: true },
      { name: '孕检证明或出生医学证明', note: '复印件 1 份', optional: true },
    ],
    steps: [
      { title: '网上或窗口申请', detail: '在天府通办填写生育登记，或到户籍地、居住地的街道（乡镇）便民服务中心提交。' },
      { title: '当场核对', detail: '材料齐全的当场登记；网上申请的在线核对。' },
      { title: '领取登记信息', detail: '登记结果可在网上查询、打印，不需要再跑窗口。' },
    ],
    timeLimit: '材料齐全的当场办结；网上申请 1 个工作日内',
    fee: '不收费',
    hours: OFFICE_HOURS,
    phone: '028-12345',
    onlineUrl: TIANFU,
    services: ['birth-registration', 'floating-population'],
    basis: ['优化生育登记服务'],
    faq: [
      { question: '“准生证”还需要办吗？', answer: '现在实行生育登记服务，不再审批。登记后即可享受相关服务，很多地方也把它叫作“准生证”。' },
      { question: '夫妻不在户籍地居住，能在现住地登记吗？', answer: '可以。流动人口与户籍人口同等办理，可在现居住地的街道（乡镇）或网上办理。' },
    ],
  },
  {
    slug: 'zai-shengyu-dengji',
    title: '再生育登记',
    summary: '已有子女的夫妻生育下一个子女时办理登记，与生育登记在同一窗口、同一平台办理。',
    audience: '已生育子女、准备再生育的夫妻',
    conditions: ['夫妻双方或一方户籍在本市，或在本市居住', '已有子女的情况如实填写'],
    materials: [
      { name: '夫妻双方居民身份证', note: '原件' },
      { name: '结婚证', note: '原件' },
      { name: '现有子女的出生医学证明或户口簿', note: '复印件 1 份' },
    ],
    steps: [
      { title: '网上或窗口申请', detail: '在天府通办或街道（乡镇）便民服务中心填写再生育登记。' },
      { title: '核对信息', detail: '工作人员核对家庭子女情况，材料齐全的当场登记。' },
      { title: '查询结果', detail: '登记结果可在网上查询。' },
    ],
    timeLimit: '材料齐全的当场办结',
    fee: '不收费',
    hours: OFFICE_HOURS,
    phone: '028-12345',
    onlineUrl: TIANFU,
    services: ['birth-registration'],
    basis: ['优化生育登记服务'],
    faq: [{ question: '二孩、三孩还要审批吗？', answer: '不需要审批，实行登记服务，俗称“二孩登记”“三孩登记”。' }],
  },
  {
    slug: 'yuer-butie',
    title: '育儿补贴申领',
    summary: '为 3 周岁以下婴幼儿按月发放的育儿补贴，由父母一方申领，按规定直接发到本人账户。',
    audience: '3 周岁以下婴幼儿的父母或其他监护人',
    conditions: ['婴幼儿未满 3 周岁', '已办理出生登记（落户）'],
    materials: [
      { name: '申领人居民身份证', note: '原件' },
      { name: '婴幼儿出生医学证明', note: '原件或电子证照' },
      { name: '户口簿', note: '原件' },
      { name: '本人银行卡（社会保障卡）账号', note: '用于发放' },
    ],
    steps: [
      { title: '提交申请', detail: '在天府通办“育儿补贴”事项中填写，或到街道（乡镇）便民服务中心提交。' },
      { title: '审核', detail: '区（市）县卫生健康部门审核资格。' },
      { title: '发放', detail: '审核通过后按月发放到申领人账户。' },
    ],
    timeLimit: '受理后 15 个工作日内审核',
    fee: '不收费',
    hours: OFFICE_HOURS,
    phone: '028-12345',
    onlineUrl: TIANFU,
    services: ['birth-registration'],
    basis: [],
    faq: [{ question: '育儿补贴可以补领吗？', answer: '一般可按规定补领未领的月份，具体以当地经办窗口答复为准。' }],
  },
  {
    slug: 'jihua-shengyu-tebie-fuzhu',
    title: '计划生育特别扶助申请',
    summary: '独生子女伤残或死亡的家庭（“失独”“伤残”家庭）的父母，符合条件的可按月领取特别扶助金，并享受就医等帮扶。',
    audience: '独生子女伤残或死亡、未再生育或收养子女的夫妻，女方年满 49 周岁',
    conditions: ['曾响应号召只生育一个子女', '独生子女伤残（三级以上）或死亡', '现无存活子女或未再收养', '女方年满 49 周岁'],
    materials: [
      { name: '夫妻双方居民身份证和户口簿', note: '原件和复印件各 1 份' },
      { name: '独生子女父母光荣证或相关证明', note: '原件', optional: true },
      { name: '子女残疾证或死亡证明', note: '原件和复印件各 1 份' },
      { name: '本人银行卡（社会保障卡）账号', note: '用于发放' },
    ],
    steps: [
      { title: '本人申请', detail: '到户籍所在地村（社区）提出申请，填写申请表。' },
      { title: '初审和公示', detail: '村（社区）初审，在本村（社区）公示，保护个人隐私只公示必要信息。' },
      { title: '审核确认', detail: '街道（乡镇）复核，区（市）县卫生健康部门审批。' },
      { title: '按月发放', detail: '确认后从次年起按月发放到本人账户。' },
    ],
    timeLimit: '每年集中申报，审批结果在公示期满后告知',
    fee: '不收费',
    hours: OFFICE_HOURS,
    phone: '028-12345',
    services: ['floating-population'],
    basis: ['奖励扶助'],
    faq: [{ question: '不方便出门，能由家人代办吗？', answer: '可以委托家人代为申请，需要带上委托书和双方身份证。' }],
  },
  {
    slug: 'liudong-renkou-jisheng-fuwu',
    title: '流动人口计划生育服务',
    summary: '在成都居住的流动人口，与户籍人口同等享受免费避孕药具、孕前优生健康检查、生育登记等服务，就近在居住地办理。',
    audience: '户籍不在成都、在成都居住的育龄人群',
    conditions: ['在成都居住（有居住证或能说明居住情况）'],
    materials: [
      { name: '居民身份证', note: '原件' },
      { name: '居住证', note: '原件；没有的可说明居住地址', optional: true },
      { name: '结婚证', note: '办理生育登记时提供', optional: true },
    ],
    steps: [
      { title: '就近到服务网点', detail: '到居住地的社区计生服务室或街道（乡镇）服务站，或拨打电话咨询。' },
      { title: '说明需要的服务', detail: '领取避孕药具、预约孕前检查或办理生育登记。' },
      { title: '当场办理或预约', detail: '能当场办的当场办，需要检查的预约时间。' },
    ],
    timeLimit: '当场办理；检查需预约',
    fee: '不收费',
    hours: '各网点开放时间见网点页面',
    phone: '12320',
    services: ['floating-population', 'free-contraceptives', 'pre-pregnancy-checkup'],
    basis: ['流动人口'],
    faq: [{ question: '回老家办理和在成都办理有区别吗？', answer: '没有区别。在成都居住即可在成都办理，不必回户籍地。' }],
  },
  {
    slug: 'mianfei-yunqian-jiancha',
    title: '免费孕前优生健康检查',
    summary: '计划怀孕的夫妻（含流动人口）可免费接受孕前健康检查和风险评估，降低出生缺陷风险。',
    audience: '计划怀孕的夫妻，至少一方户籍在成都或在成都居住',
    conditions: ['计划在 6 个月内怀孕', '夫妻双方一起参加效果最好'],
    materials: [
      { name: '夫妻双方居民身份证', note: '原件' },
      { name: '结婚证', note: '原件', optional: true },
    ],
    steps: [
      { title: '预约', detail: '拨打区（市）县妇幼保健院或服务站电话预约，或到网点现场预约。' },
      { title: '检查', detail: '空腹前往，完成问诊、体检和化验。' },
      { title: '领取结果和咨询', detail: '约 1 周后领取结果，医生给出怀孕前的建议。' },
    ],
    timeLimit: '检查当天完成，约 1 周出结果',
    fee: '不收费',
    hours: OFFICE_HOURS,
    phone: '12320',
    services: ['pre-pregnancy-checkup'],
    basis: [],
    faq: [{ question: '检查前要注意什么？', answer: '检查当天早上空腹，女方避开月经期，带上身份证。' }],
  },
]
