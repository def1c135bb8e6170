// Health details that are sensitive personal information once tied to someone (PIPL art. 28):
// pregnancy and its ending, HIV, infertility, contraception procedures, sexually transmitted
// infections. Longer forms first, so that the whole phrase is masked.
const TERMS = [
  String.raw`(?:怀孕|妊娠|孕)(?:\d{1,2}|[一二三四五六七八九十两半]{1,3})(?:个多?月|周|天)`,
  '怀孕', '早孕', '孕周', '宫外孕', '胎停', '怀(?:上|了)?(?:二胎|三胎|头胎|二孩|三孩)', '怀不上', '怀上了',
  '人工流产', '药物流产', '流产', '人流(?![量密较拥])', '药流', '引产', '打胎', '堕胎',
  'HIV', '艾滋病病毒', '艾滋病', '艾滋', '感染者', '阳性', '携带者',
  '不孕不育', '不孕症', '不孕', '不育症', '不育', '试管婴儿', '试管',
  '上环', '取环', '结扎', '避孕',
  '性病', '梅毒', '淋病', '尖锐湿疣', 'STI', 'STD',
]

/** One alternation of every term, for a RegExp (case-insensitive for HIV, STI, STD). */
export const HEALTH_TERM_PATTERN = `(?:${TERMS.join('|')})`
