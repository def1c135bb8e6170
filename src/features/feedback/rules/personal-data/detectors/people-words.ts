// Words around names of people, as residents and handlers write them.

/** Relatives and people close to the writer: 我爱人刘芳, 邻居张某某; also who a health detail is about. */
export const KIN =
  '爱人|丈夫|老公|妻子|老婆|媳妇|前妻|前夫|配偶|未婚妻|未婚夫|男朋友|女朋友|男友|女友|女儿|儿子|孩子|' +
  '闺女|母亲|父亲|妈妈|爸爸|我妈|我爸|婆婆|公公|岳母|岳父|丈母娘|老丈人|姐姐|妹妹|哥哥|弟弟|女婿|儿媳|' +
  '孙子|孙女|外孙女|外孙|奶奶|爷爷|外婆|外公|姥姥|姥爷|嫂子|弟媳|侄子|侄女|外甥女|外甥|舅舅|舅妈|' +
  '姑姑|叔叔|伯伯|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟|姨妈|姑妈|干妈|亲戚|邻居|同事|朋友|' +
  '室友|房东|租客'

/** Roles after which a name follows: 经办人李娜, 医生王建国, 患者刘某. */
export const ROLES =
  '联系人|经办人|工作人员|办事员|窗口人员|医生|大夫|护士长|护士|老师|申请人|当事人|患者|病人|产妇|孕妇|' +
  '家属|负责人|接待人|民警|社工|网格员|专干|被举报人|举报人|投诉人'

/** Where the writer names someone outright; any two to four characters, or a Latin name. */
export const INTRODUCTIONS = String.raw`我叫|我的名字[叫是]|本人姓名[是为:]?|(?:姓名|名字|联系人|署名|签名|落款|留言人|来信人|反映人|家长)\s*[:是为叫]`

/** Where the writer names themselves or someone, if a surname follows: 我是王小明，叫李秀珍. */
export const SELF = '我是|本人(?:是|叫)?|叫|名叫'

/** Titles after a full name: 王建国医生, 张丽主任 (王医生 alone names no one). */
export const TITLES =
  '护士长|副主任|主任|医生|医师|大夫|护士|老师|科长|处长|局长|站长|所长|院长|书记|经理|同志|女士|' +
  '先生|律师|警官|师傅|专员|干事|专干|镇长|乡长|村长|社长|组长|队长|部长|主席|教授|阿姨|大姐|同学|' +
  '大妈|大爷|大叔|大娘|大哥|婆婆|奶奶|爷爷'

/**
 * Characters that end a name as read here: function words and verbs that follow a name
 * (王强在…, 李娜说…), pronouns, and the first characters of the titles names rarely hold. 某 is not among them:
 * 张某某 is how a name is half-hidden, and still points at someone.
 */
export const NOT_IN_NAME = new Set(
  '的了是在和与及或说讲问答称告让叫给把被对向跟同很都也就又还已曾正会能可要不没未来去到打做办将' +
    '等们以而但却态表接回处帮找骂推拒带领签收填交看听想觉认希投反于因由从所前后上下今昨目现本住' +
    '患得一这那其该此每各他她你您我它医护主副总科站局院处律警镇乡阿' +
    '，。、；：！？,.;:!?（）()《》“”"\'【】 \n\t',
)

/**
 * Ordinary words that begin with a surname character; never names. Checked against the start
 * of a candidate, so 常务 also covers 常务副….
 */
export const ORDINARY_WORDS = [
  '常务', '常规', '常年', '常住', '高级', '高龄', '高危', '高血', '高兴', '安全', '安排', '安置',
  '方便', '方面', '方式', '方法', '方案', '关于', '关系', '关注', '关心', '文件', '文化', '金额',
  '金牌', '白天', '包括', '任何', '任务', '万一', '万元', '于是', '向来', '华西', '江湖', '黄金',
  '明星', '温柔', '石化', '宁可', '施工', '龙头', '秦岭', '孔子', '路上', '路口', '车辆', '车上',
  '米粉', '管理', '管床', '单位', '单独', '单亲', '申请', '严重', '严格', '宋体', '易于', '齐全',
  '牛奶', '康复', '左右', '甘肃', '毛病', '邵阳', '余额', '叶酸', '程序', '钱款', '武侯', '成华',
  '常常', '马上', '何时', '何况', '何必', '何处', '高度', '方可', '方能', '宁愿', '周末', '周岁',
  '周边', '周围', '周期', '周内', '周年', '周一', '周二', '周三', '周四', '周五', '周六', '周日',
]
