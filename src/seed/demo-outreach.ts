import type { ContentTag } from '@/platform/content/rules/content-tags'

/** Demo outreach articles. `image` names one of the pictures the seed draws with sharp. */
export type DemoArticle = {
  slug: string
  title: string
  kind: 'story' | 'guide' | 'activity'
  summary: string
  paragraphs: string[]
  tags: ContentTag[]
  daysAgo: number
  image?: 'family' | 'community'
}

/** Demo events, placed relative to the seed time (negative days: already held). */
export type DemoEvent = {
  slug: string
  title: string
  inDays: number
  start: string
  end: string
  place: string
  station?: string
  district?: string
  summary: string
  paragraphs: string[]
  registration: { note?: string; contact?: string; phone?: string; email?: string }
  tags: ContentTag[]
  image?: 'family' | 'community'
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'new-family-plan-in-community',
    title: '婚育新风进万家：社区里的“新家庭计划”',
    kind: 'story',
    summary: '锦江区一个社区把孕前优生健康检查、育儿讲座和家庭教育课送到居民家门口，新婚夫妇和新手父母都说实用。',
    paragraphs: [
      '每月第二个周六，社区活动室里总会坐满年轻的夫妇。社区计生服务室和街道服务站一起，把孕前优生、科学育儿和家庭教育的课程送到了居民家门口。',
      '“以前觉得孕前检查是可做可不做的事，听了讲座才知道提前准备有多重要。”刚结婚不久的张女士说。讲座结束后，她和丈夫当场预约了免费孕前优生健康检查。',
      '社区工作人员介绍，活动坚持自愿参加、讲科学、重服务，不收取任何费用。居住在社区的流动人口家庭也可以同样参加。',
    ],
    tags: ['healthy-births', 'male-involvement'],
    daysAgo: 6,
    image: 'family',
  },
  {
    slug: 'caring-for-girls-respect-every-life',
    title: '关爱女孩，从尊重每一个生命开始',
    kind: 'story',
    summary: '生男生女一样好，女孩也是传后人。关爱女孩行动倡导男女平等，让每个孩子都有同样的机会。',
    paragraphs: [
      '“关爱女孩行动”倡导男女平等的婚育观念，关心女孩的健康成长、受教育和发展机会。',
      '国家法律禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠。发现相关违法行为，可以通过本网站“互动交流”栏目或服务热线举报。',
      '在社区，志愿者走访有女孩的家庭，了解她们在上学、健康方面的困难，帮助对接相关的扶助政策。',
    ],
    tags: ['caring-for-girls'],
    daysAgo: 20,
  },
  {
    slug: 'men-share-responsibility',
    title: '男性参与：丈夫也是生殖健康的“责任人”',
    kind: 'guide',
    summary: '避孕、孕前准备和孕期照护，不只是妻子一个人的事。给丈夫们的几条实用建议。',
    paragraphs: [
      '生殖健康是夫妻双方共同的责任。丈夫的理解和参与，能让妻子更安心，也能让家庭更和睦。',
      '- 和妻子一起商量选择避孕方法，主动使用避孕套。',
      '- 计划怀孕时，夫妻一同接受免费孕前优生健康检查，戒烟限酒。',
      '- 妻子怀孕后，陪同产前检查，分担家务，关心她的情绪。',
      '有问题可以到就近的服务网点咨询，也可以拨打服务热线。',
    ],
    tags: ['male-involvement', 'reproductive-health'],
    daysAgo: 35,
    image: 'community',
  },
  {
    slug: 'birth-registration-guide-for-migrant-workers',
    title: '来蓉务工人员办理生育登记指引',
    kind: 'guide',
    summary: '在成都工作生活的外地朋友，可以在现居住地办理生育登记。办理地点、方式和材料准备一次说清楚。',
    paragraphs: [
      '生育登记可以在夫妻一方的户籍地或现居住地办理。在成都居住的流动人口，不必专门回老家办理。',
      '办理地点：现居住地所在街道（乡镇）的计划生育服务站，或区（市）县妇幼保健计划生育服务中心。可以在本网站“服务网点”栏目按区（市）县查找。',
      '材料准备：一般需要夫妻双方的身份证件，具体以办理网点的告知为准。建议出发前先打电话问清楚，避免多跑路。',
      '办理时只需提供与登记有关的信息。如遇到不合理的要求，可以通过“互动交流”栏目反映。',
    ],
    tags: ['floating-population', 'policy-services'],
    daysAgo: 12,
  },
  {
    slug: 'free-pre-pregnancy-checkup-for-migrants',
    title: '流动人口免费孕前优生健康检查怎么预约',
    kind: 'guide',
    summary: '在成都居住、计划怀孕的流动人口夫妇，可以和户籍居民一样免费检查。三步完成预约。',
    paragraphs: [
      '第一步：在“服务网点”栏目选择“免费孕前优生健康检查”，找到离您住处最近的网点。',
      '第二步：打电话预约检查时间，问清需要携带的材料和是否需要空腹。',
      '第三步：夫妻双方按约定时间到网点检查。检查结果出来后，医生会给出评估和建议。',
      '检查免费，流动人口与户籍居民同等享受。',
    ],
    tags: ['floating-population', 'healthy-births'],
    daysAgo: 3,
  },
  {
    slug: 'outreach-month-2026-schedule',
    title: '“婚育新风进万家”宣传服务月活动安排',
    kind: 'activity',
    summary: '宣传服务月期间，各区（市）县将举办义诊咨询、健康讲座和文艺宣传等活动，欢迎居民参加。',
    paragraphs: [
      '宣传服务月期间，各区（市）县计划生育服务机构将深入社区、企业和学校，开展义诊咨询、免费发放避孕药具、健康讲座和文艺宣传等活动。',
      '具体时间、地点和报名方式，请查看“近期活动”页面。所有活动免费参加。',
    ],
    tags: ['policy-services'],
    daysAgo: 1,
  },
]

export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: 'caring-for-girls-awareness-day',
    title: '关爱女孩主题宣传日',
    inDays: -45,
    start: '09:30',
    end: '11:30',
    place: '春熙路街道社区服务中心广场',
    station: 'jinjiang-001',
    district: 'jinjiang',
    summary: '政策宣传、法律咨询和亲子互动，倡导男女平等的婚育观念。',
    paragraphs: ['现场设有政策咨询台和法律咨询台，并为家庭准备了亲子互动游戏。'],
    registration: { note: '免费参加，无需报名' },
    tags: ['caring-for-girls'],
  },
  {
    slug: 'hiv-prevention-community-counselling',
    title: '防艾知识社区宣传与免费咨询',
    inDays: -20,
    start: '09:00',
    end: '12:00',
    place: '武侯区玉林街道便民服务中心门前',
    station: 'wuhou-004',
    district: 'wuhou',
    summary: '防艾知识宣传、免费咨询和发放宣传资料。咨询保密，不登记姓名。',
    paragraphs: ['疾病预防控制中心的医生现场解答关于艾滋病预防、检测和治疗的问题。咨询保密，不登记姓名。'],
    registration: { note: '免费参加，无需报名' },
    tags: ['hiv-prevention'],
  },
  {
    slug: 'newlyweds-healthy-births-talk',
    title: '新婚夫妇优生优育讲座',
    inDays: -8,
    start: '14:30',
    end: '16:00',
    place: '青羊区妇幼保健计划生育服务中心三楼会议室',
    station: 'qingyang-001',
    district: 'qingyang',
    summary: '孕前准备、叶酸补充和免费孕前优生健康检查介绍。',
    paragraphs: ['主讲：区妇幼保健计划生育服务中心妇产科医生。讲座后可现场预约免费孕前优生健康检查。'],
    registration: { note: '请提前电话报名', phone: '028-86123456' },
    tags: ['healthy-births'],
    image: 'family',
  },
  {
    slug: 'migrant-workers-reproductive-health-clinic',
    title: '流动人口生殖健康义诊（务工人员专场）',
    inDays: 7,
    start: '18:30',
    end: '20:30',
    place: '金牛区驷马桥街道务工人员服务驿站',
    station: 'jinniu-002',
    district: 'jinniu',
    summary: '下班后也能来：生殖健康咨询、免费避孕药具发放和孕前检查预约，流动人口同等享受。',
    paragraphs: [
      '为方便务工人员，义诊安排在晚上。现场提供生殖健康咨询、免费避孕药具和免费孕前优生健康检查预约。',
      '无需携带证件，也无需提前报名。',
    ],
    registration: { note: '免费参加，无需报名', phone: '028-83300000' },
    tags: ['floating-population', 'reproductive-health'],
    image: 'community',
  },
  {
    slug: 'men-and-reproductive-health-talk',
    title: '男性参与生殖健康讲座',
    inDays: 14,
    start: '19:00',
    end: '20:30',
    place: '成华区双桥子街道社区活动中心',
    station: 'chenghua-002',
    district: 'chenghua',
    summary: '丈夫在避孕、孕前准备和孕期照护中能做什么？欢迎夫妻一同参加。',
    paragraphs: ['讲座由服务站医生主讲，内容包括避孕方法、孕前准备和孕期照护，留有答疑时间。'],
    registration: { note: '名额有限，请电话或邮件报名', contact: '刘老师', phone: '028-84400000', email: 'chenghua-talk@example.gov.cn' },
    tags: ['male-involvement', 'reproductive-health'],
  },
  {
    slug: 'parents-class-adolescent-health',
    title: '青春期健康家长课堂',
    inDays: 21,
    start: '10:00',
    end: '11:30',
    place: '锦江区书院街街道便民服务中心二楼',
    station: 'jinjiang-002',
    district: 'jinjiang',
    summary: '怎样和孩子谈论成长与身体？给家长的青春期健康课。',
    paragraphs: ['适合有 10 至 16 岁孩子的家长参加。课堂上不会要求家长透露孩子的任何个人情况。'],
    registration: { note: '请电话报名', phone: '028-83667914' },
    tags: ['reproductive-health', 'floating-population'],
  },
]
