import type { PolicyTopic } from '@/features/policies/rules/policy-topics'

/**
 * Demo policy notices: legacy text files imported the way staff import them (the founding
 * notice among them), then given the metadata an editor would add.
 */
export const DEMO_NOTICE_FILES: { file: string; topic: PolicyTopic; keywords: string[] }[] = [
  { file: 'notice-chengdu-2004-5.txt', topic: 'family-planning', keywords: ['计划生育', '优质服务'] },
  { file: '2006-hiv-prevention.txt', topic: 'hiv-prevention', keywords: ['艾滋病', '四免一关怀'] },
  { file: '2008-rewards-assistance.txt', topic: 'rewards-assistance', keywords: ['奖励扶助'] },
  { file: '2019-floating-population-services.txt', topic: 'floating-population', keywords: ['流动人口', '均等化'] },
  { file: '2021-birth-registration.txt', topic: 'family-planning', keywords: ['生育登记'] },
  { file: '2023-rewards-standard.txt', topic: 'rewards-assistance', keywords: ['奖励扶助', '标准'] },
]

/**
 * The founding notice's source file holds two passages garbled by a double GBK decoding (the
 * importer flags them); the demo publishes them corrected from the printed original, with a public
 * note, as an editor would. The passages are as they stand in the file (Traditional characters).
 */
export const FOUNDING_NOTICE_FILE = 'notice-chengdu-2004-5.txt'
export const FOUNDING_NOTICE_CORRECTIONS = [
  { garbled: '好?;鶎佑媱澤龣C構', corrected: '好。基層計劃生育機構' },
  { garbled: '確?;鶎犹貏e是鄉', corrected: '確保基層特別是鄉' },
]
export const FOUNDING_NOTICE_CHANGE_NOTE = '更正了原文第一部分第（六）项和第三部分第（二）项中两处因文字编码错误产生的乱码，依据印发原件，内容未作其他改动。'

/** 成人口发〔2008〕12号 had its amount changed by 成卫健发〔2023〕7号. */
export const DEMO_AMENDMENT = {
  amended: '成人口发〔2008〕12号',
  by: '成卫健发〔2023〕7号',
  note: '奖励扶助金标准已由成卫健发〔2023〕7号调整',
}

export const DEMO_INTERPRETATION = {
  title: '《关于优化生育登记服务的通知》政策解读',
  interprets: '成卫健办〔2021〕48号',
  paragraphs: [
    '一、为什么要优化生育登记？过去办理生育登记需要多种证明，群众要多次往返。现在只需夫妻双方身份证和结婚证，材料齐全当场办结。',
    '二、在哪里办理？可以在政务服务网上办理，也可以到户籍地或现居住地的乡镇（街道）便民服务中心办理。流动人口在居住地即可办理。',
    '三、老年人或行动不便的家庭怎么办？各地提供帮办代办服务，可拨打12320或当地服务网点电话预约。',
  ],
}
