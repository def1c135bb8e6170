// Chinese surnames, for telling a name from an ordinary word: the most common single-character
// ones (together about nine in ten people; ranking of the 2020 census household register,
// Ministry of Public Security) and the compound ones still in use.

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏' +
  '苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚' +
  '邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄牛柳樊葛安齐伍倪温耿关兰殷季申欧褚骆单包卜童凌聂' +
  '鲁宁左管柴俞翟谷符岳鲍麦华蒲祝路甘屈阮游粟靳戚冉苟霍纪滕邢岑蓝梅饶裴米车焦晏祁鄢郎荣项舒' +
  '涂詹卿喻'

const COMPOUND = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文',
  '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '闻人', '申屠', '澹台',
  '太史', '万俟', '钟离', '宗政', '濮阳', '淳于', '单于', '赫连', '拓跋', '第五',
]

/** Compound surnames first, so that 欧阳 is not read as 欧 with a given name 阳…. */
export const SURNAME_PATTERN = `(?:${COMPOUND.join('|')}|[${[...new Set(SINGLE)].join('')}])`

/** Whether a text starts with a surname from the list. */
export const startsWithSurname = (text: string) => new RegExp(`^${SURNAME_PATTERN}`).test(text)
