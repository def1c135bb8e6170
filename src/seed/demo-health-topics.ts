import type { ContentTag } from '@/platform/content/rules/content-tags'

/**
 * Demo health pages. Medically conservative on purpose: no statistics, no dosages beyond "ask a
 * doctor", and every page points to the stations and the hotline. `reviewedMonthsAgo` places the
 * last review relative to the seed time; `overdue` makes the next review fall in the past.
 */
export type DemoHealthTopic = {
  slug: string
  title: string
  summary: string
  keyFacts: string[]
  sections: { heading: string; paragraphs: string[] }[]
  faq: { question: string; answer: string }[]
  services: string[]
  tags: ContentTag[]
  sensitive?: boolean
  reviewer: { name: string; title: string }
  reviewedMonthsAgo: number
  overdue?: boolean
}

const GYN = { name: '李文静', title: '主任医师，成都市妇幼保健院' }
const CDC = { name: '王建国', title: '副主任医师，市疾病预防控制中心' }

export const DEMO_HEALTH_TOPICS: DemoHealthTopic[] = [
  {
    slug: 'contraception-methods',
    title: '避孕方法：怎样选择适合自己的方法',
    summary: '常用避孕方法的特点、紧急避孕的注意事项，以及到哪里免费领取避孕药具。',
    keyFacts: [
      '避孕方法有多种，包括避孕套、口服避孕药、宫内节育器、皮下埋植剂和绝育手术等，适合的方法因人而异。',
      '避孕套是既能避孕、又能降低艾滋病等性传播感染风险的方法。',
      '国家免费提供避孕套、口服避孕药等避孕药具，可到计划生育服务站等网点领取。',
      '紧急避孕只是无保护性生活或避孕失败后的补救办法，不能代替常规避孕。',
      '选择或更换避孕方法前，可以先向医生咨询。',
    ],
    sections: [
      {
        heading: '常用的避孕方法',
        paragraphs: [
          '- 避孕套：使用方便，每次性生活全程正确使用，既能避孕，也能降低性传播感染的风险。',
          '- 口服避孕药：需要按时服用，漏服会影响效果；有某些疾病的人不宜服用，请先咨询医生。',
          '- 宫内节育器、皮下埋植剂：一次放置可以长期避孕，需要由医生放置和取出，并按时复查。',
          '- 绝育手术：适合不再打算生育的夫妇，一般不可逆，应当慎重考虑。',
        ],
      },
      {
        heading: '怎样选择',
        paragraphs: [
          '选择避孕方法时，可以考虑自己的年龄、健康状况、生育打算、使用是否方便，以及是否需要同时预防性传播感染。',
          '夫妻双方共同商量、共同承担避孕责任。服务网点的医生会为您介绍各种方法的利弊，帮助您知情选择。',
        ],
      },
      {
        heading: '紧急避孕',
        paragraphs: [
          '发生无保护性生活或避孕失败（如避孕套破裂）后，可以使用紧急避孕药。服用越早，效果越好；具体服用时限和方法请按药品说明书或遵医嘱。',
          '紧急避孕药的效果不如常规避孕方法，也不能反复多次使用。如果月经推迟，请及时检查。',
        ],
      },
    ],
    faq: [
      { question: '领取免费避孕药具需要带证件吗？', answer: '在本市计划生育服务站（所、室）领取避孕套、口服避孕药等免费避孕药具，可以现场领取，无需出示证件。' },
      { question: '口服避孕药会影响以后怀孕吗？', answer: '一般情况下，停用口服避孕药后生育能力会逐渐恢复。如有疑虑，请在使用前和计划怀孕前咨询医生。' },
      { question: '放置宫内节育器后需要复查吗？', answer: '需要。请按医生告知的时间复查；如出现腹痛、异常出血或发热等情况，请及时就医。' },
    ],
    services: ['free-contraceptives', 'reproductive-checkup'],
    tags: ['contraception', 'reproductive-health'],
    reviewer: GYN,
    reviewedMonthsAgo: 2,
  },
  {
    slug: 'hiv-voluntary-counselling-testing',
    title: '艾滋病自愿咨询检测：免费、保密',
    summary: '艾滋病如何传播、什么时候应该检测、到哪里检测，以及检测后怎么办。检测免费、保密。',
    keyFacts: [
      '艾滋病病毒（HIV）只通过性接触、血液和母婴三种途径传播；握手、拥抱、共同进餐、共用办公用品等日常接触不会传播。',
      '感染 HIV 后可能多年没有症状，是否感染只能通过检测得知。',
      '自愿咨询检测免费、保密，可以不登记真实姓名。',
      '发生高危行为后请尽快咨询：暴露后阻断用药越早越好，最迟不超过 72 小时。',
      '国家为感染者提供免费抗病毒治疗。及早治疗、坚持服药，可以有效控制病情。',
      '《艾滋病防治条例》规定，未经本人或监护人同意，任何单位和个人不得公开感染者的姓名、住址、工作单位、病史等可能推断出其身份的信息。',
    ],
    sections: [
      {
        heading: '什么时候应该检测',
        paragraphs: [
          '有过无保护的性行为、与他人共用注射器具，或者性伴侣感染了 HIV，都建议接受检测。计划怀孕和已经怀孕的妇女也应当检测。',
          '检测存在“窗口期”：感染后需要一段时间才能检测出来，时间长短与检测方法有关。结果为阴性但近期有过高危行为的，请按医生建议复查。',
        ],
      },
      {
        heading: '检测怎么做',
        paragraphs: [
          '到自愿咨询检测门诊或提供检测服务的网点，医生会先和您单独交谈，了解情况并解答疑问，在您同意后采血检测。',
          '初筛结果为阳性的，还需要做确证检测，确证后才能诊断。整个过程中，您的信息都会被保密。',
        ],
      },
      {
        heading: '检测结果为阳性怎么办',
        paragraphs: [
          '不要慌张。医生会告诉您下一步怎么做，并转介到定点医院接受免费抗病毒治疗和随访。',
          '坚持规范治疗，可以有效控制病毒，保护自己的健康，也能大大降低传给性伴侣的风险。',
        ],
      },
    ],
    faq: [
      { question: '检测要花钱吗？', answer: '在自愿咨询检测门诊和提供检测服务的网点，艾滋病咨询和检测是免费的。' },
      { question: '检测要登记身份证吗？结果会告诉别人吗？', answer: '自愿咨询检测可以不登记真实姓名。检测结果只告知您本人，依法保密，不会告诉您的家人或单位。' },
      { question: '自己买试剂检测可靠吗？', answer: '自检试剂可以作为初步筛查。结果为阳性的，必须到医疗机构或疾病预防控制中心做确证检测；结果为阴性但仍在窗口期内的，需要按时复查。' },
      { question: '发生了高危行为，现在该怎么办？', answer: '请尽快到医院感染科、急诊或疾病预防控制中心咨询是否需要暴露后阻断用药。用药越早越好，最迟不超过 72 小时。' },
    ],
    services: ['hiv-testing'],
    tags: ['hiv-prevention'],
    sensitive: true,
    reviewer: CDC,
    reviewedMonthsAgo: 3,
  },
  {
    slug: 'pre-pregnancy-checkup',
    title: '免费孕前优生健康检查',
    summary: '计划怀孕的夫妇可以免费接受孕前优生健康检查，流动人口同等享受。了解检查内容和预约方式。',
    keyFacts: [
      '计划怀孕的夫妇可以免费接受孕前优生健康检查，在成都居住的流动人口同等享受。',
      '建议在计划怀孕前 3 到 6 个月接受检查，留出时间处理发现的问题。',
      '检查包括健康教育、病史询问、体格检查、实验室和影像学检查、风险评估和咨询指导。',
      '计划怀孕前后补充叶酸可以降低胎儿神经管缺陷的风险，请在医生指导下服用。',
    ],
    sections: [
      {
        heading: '谁可以参加',
        paragraphs: [
          '准备怀孕的夫妇，包括在本市居住的流动人口夫妇。夫妻双方最好一同参加检查。',
        ],
      },
      {
        heading: '怎样预约和需要带什么',
        paragraphs: [
          '可以先打电话给就近的服务网点预约，问清检查时间和需要携带的材料。一般需要带夫妻双方的身份证件，流动人口可同时带上居住证。',
          '部分检查需要空腹，请按网点告知做好准备。',
        ],
      },
      {
        heading: '检查之后',
        paragraphs: [
          '医生会根据检查结果给出评估和建议。发现需要治疗的问题，会建议您先治疗再怀孕，或转到相关专科。',
        ],
      },
    ],
    faq: [
      { question: '不是成都户籍也能免费检查吗？', answer: '可以。在本市居住的流动人口与户籍居民同等享受免费孕前优生健康检查。' },
      { question: '已经怀孕了还能做吗？', answer: '孕前优生健康检查是为计划怀孕的夫妇准备的。已经怀孕的，请到医疗保健机构建档并按时产前检查。' },
    ],
    services: ['pre-pregnancy-checkup'],
    tags: ['healthy-births', 'floating-population'],
    reviewer: GYN,
    reviewedMonthsAgo: 4,
  },
  {
    slug: 'adolescent-reproductive-health',
    title: '青春期生殖健康：给青少年和家长的话',
    summary: '青春期身体和心理的变化、保护自己的基本知识，以及遇到困惑时可以向谁求助。',
    keyFacts: [
      '青春期是身体发育和心理变化较快的时期，出现的多数变化都是正常的。',
      '月经、遗精是正常的生理现象，注意个人卫生即可。',
      '有疑问可以向家长、老师、校医或医生请教，也可以拨打热线咨询。',
      '任何人都无权强迫他人发生性行为。遭遇性侵害时，请尽快告诉信任的大人、报警（110）并就医。',
    ],
    sections: [
      {
        heading: '身体的变化',
        paragraphs: [
          '青春期开始的早晚因人而异。身高、体形、声音和第二性征的变化都是成长的一部分，不必和别人比较。',
          '如果月经长期不规律、经期腹痛严重，或有其他让你担心的情况，请告诉家长并到医院检查。',
        ],
      },
      {
        heading: '保护自己',
        paragraphs: [
          '了解自己的身体，尊重自己和他人的身体界限。过早发生性行为可能带来意外怀孕和性传播感染等风险。',
          '如有性行为，每次全程正确使用安全套，可以预防意外怀孕和性传播感染。',
        ],
      },
      {
        heading: '给家长的建议',
        paragraphs: [
          '用平和、科学的态度和孩子谈论身体和成长，让孩子知道遇到问题可以随时来找您。',
        ],
      },
    ],
    faq: [
      { question: '向医生咨询，医生会告诉我的家长吗？', answer: '医生会尊重和保护你的隐私。遇到可能危及你安全的情况时，医生会和你商量如何寻求家长或其他人的帮助。' },
    ],
    services: ['reproductive-checkup'],
    tags: ['reproductive-health'],
    sensitive: true,
    reviewer: GYN,
    // Shown past its review date: the page carries the notice to readers.
    reviewedMonthsAgo: 14,
    overdue: true,
  },
  {
    slug: 'prevent-mother-to-child-transmission',
    title: '预防艾滋病、梅毒和乙肝母婴传播',
    summary: '孕妇免费接受艾滋病、梅毒和乙肝检测，发现感染及时干预，可以大大降低孩子被感染的风险。',
    keyFacts: [
      '孕妇感染艾滋病、梅毒或乙肝，可能在怀孕、分娩或哺乳时传给孩子。',
      '国家为孕产妇免费提供艾滋病、梅毒和乙肝检测。',
      '建议在孕早期、首次产前检查时接受这三项检测。',
      '发现感染后及时接受规范的治疗和干预，可以大大降低孩子被感染的风险。',
    ],
    sections: [
      {
        heading: '为什么要检测',
        paragraphs: [
          '感染这三种疾病的孕妇常常没有明显症状。只有检测，才能及早发现并采取措施保护孩子。',
        ],
      },
      {
        heading: '发现感染怎么办',
        paragraphs: [
          '医生会为您提供规范的治疗和随访，并在分娩、喂养和孩子出生后的检查与预防接种方面给出具体建议。',
          '母亲乙肝表面抗原阳性的，新生儿需要在出生后尽早注射乙肝疫苗和乙肝免疫球蛋白。',
          '喂养方式请听从医生的建议。您和孩子的信息都会被保密。',
        ],
      },
    ],
    faq: [
      { question: '检测需要付费吗？', answer: '孕产妇的艾滋病、梅毒和乙肝检测是免费的，请在产前检查时向医生提出。' },
      { question: '检测结果会被别人知道吗？', answer: '不会。检测结果依法保密，只告知您本人。' },
    ],
    services: ['hiv-testing', 'pre-pregnancy-checkup'],
    tags: ['hiv-prevention', 'healthy-births'],
    sensitive: true,
    reviewer: CDC,
    reviewedMonthsAgo: 5,
  },
  {
    slug: 'floating-population-family-planning-services',
    title: '流动人口计划生育服务',
    summary: '在成都居住的流动人口，与户籍居民同等享受免费避孕药具、孕前优生健康检查和生殖健康咨询等服务。',
    keyFacts: [
      '在成都居住的流动人口与户籍居民享有同等的计划生育服务。',
      '免费避孕药具、孕前优生健康检查、生殖健康咨询等服务，都可以在现居住地的服务网点获得。',
      '生育登记可以在现居住地办理，所需材料以网点告知为准，可以先打电话问清楚。',
      '办理服务时，工作人员不会要求您提供与服务无关的个人信息。',
    ],
    sections: [
      {
        heading: '可以获得哪些服务',
        paragraphs: [
          '- 免费避孕药具：到就近的服务站（所、室）领取。',
          '- 免费孕前优生健康检查：计划怀孕的夫妇可预约。',
          '- 生殖健康咨询和检查：常见妇科疾病、生殖道感染的咨询。',
          '- 生育登记与相关证明的咨询和办理。',
        ],
      },
      {
        heading: '到哪里办',
        paragraphs: [
          '到您现在居住地所在街道（乡镇）的计划生育服务站，或社区计生服务室。不知道去哪里，可以在“服务网点”中按区（市）县和服务项目查找，也可以拨打热线咨询。',
        ],
      },
    ],
    faq: [
      { question: '必须回户籍地办理吗？', answer: '不必。上面列出的服务都可以在现居住地办理。' },
      { question: '办理需要居住证吗？', answer: '不同服务所需材料不同，请先打电话问清楚。领取免费避孕药具无需出示证件。' },
    ],
    services: ['floating-population', 'free-contraceptives', 'pre-pregnancy-checkup'],
    tags: ['floating-population', 'policy-services', 'contraception'],
    reviewer: GYN,
    reviewedMonthsAgo: 1,
  },
]
