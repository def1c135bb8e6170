/**
 * Chengdu's 20 county-level divisions (12 districts, 5 county-level cities, 3 counties) and three
 * functional areas, each with a few of its streets and townships. Codes are stable: they appear in
 * addresses (/stations?district=jinjiang) and in the stations CSV.
 */
export type ChengduArea = { code: string; name: string; streets: { code: string; name: string }[] }

export const CHENGDU_AREAS: ChengduArea[] = [
  { code: 'jinjiang', name: '锦江区', streets: [{ code: 'jinjiang-chunxilu', name: '春熙路街道' }, { code: 'jinjiang-shuyuanjie', name: '书院街街道' }, { code: 'jinjiang-hejiangting', name: '合江亭街道' }, { code: 'jinjiang-niushikou', name: '牛市口街道' }, { code: 'jinjiang-shizishan', name: '狮子山街道' }] },
  { code: 'qingyang', name: '青羊区', streets: [{ code: 'qingyang-shaocheng', name: '少城街道' }, { code: 'qingyang-caoshijie', name: '草市街街道' }, { code: 'qingyang-funan', name: '府南街道' }, { code: 'qingyang-guanghua', name: '光华街道' }, { code: 'qingyang-jinsha', name: '金沙街道' }] },
  { code: 'jinniu', name: '金牛区', streets: [{ code: 'jinniu-xianlu', name: '西安路街道' }, { code: 'jinniu-simaqiao', name: '驷马桥街道' }, { code: 'jinniu-chadianzi', name: '茶店子街道' }, { code: 'jinniu-yingmenkou', name: '营门口街道' }, { code: 'jinniu-tianhuizhen', name: '天回镇街道' }] },
  { code: 'wuhou', name: '武侯区', streets: [{ code: 'wuhou-jiangxijie', name: '浆洗街街道' }, { code: 'wuhou-yulin', name: '玉林街道' }, { code: 'wuhou-cuqiao', name: '簇桥街道' }, { code: 'wuhou-hongpailou', name: '红牌楼街道' }, { code: 'wuhou-jinyang', name: '晋阳街道' }] },
  { code: 'chenghua', name: '成华区', streets: [{ code: 'chenghua-mengzhuiwan', name: '猛追湾街道' }, { code: 'chenghua-shuangqiaozi', name: '双桥子街道' }, { code: 'chenghua-fuqinglu', name: '府青路街道' }, { code: 'chenghua-baohe', name: '保和街道' }, { code: 'chenghua-longtan', name: '龙潭街道' }] },
  { code: 'longquanyi', name: '龙泉驿区', streets: [{ code: 'longquanyi-longquan', name: '龙泉街道' }, { code: 'longquanyi-damian', name: '大面街道' }, { code: 'longquanyi-shiling', name: '十陵街道' }, { code: 'longquanyi-tongan', name: '同安街道' }] },
  { code: 'qingbaijiang', name: '青白江区', streets: [{ code: 'qingbaijiang-dawan', name: '大弯街道' }, { code: 'qingbaijiang-datong', name: '大同街道' }, { code: 'qingbaijiang-mimou', name: '弥牟镇' }] },
  { code: 'xindu', name: '新都区', streets: [{ code: 'xindu-xindu', name: '新都街道' }, { code: 'xindu-dafeng', name: '大丰街道' }, { code: 'xindu-sanhe', name: '三河街道' }, { code: 'xindu-banzhuyuan', name: '斑竹园街道' }] },
  { code: 'wenjiang', name: '温江区', streets: [{ code: 'wenjiang-liucheng', name: '柳城街道' }, { code: 'wenjiang-gongping', name: '公平街道' }, { code: 'wenjiang-tianfu', name: '天府街道' }, { code: 'wenjiang-yongquan', name: '涌泉街道' }] },
  { code: 'shuangliu', name: '双流区', streets: [{ code: 'shuangliu-dongsheng', name: '东升街道' }, { code: 'shuangliu-jiujiang', name: '九江街道' }, { code: 'shuangliu-huangjia', name: '黄甲街道' }, { code: 'shuangliu-xihanggang', name: '西航港街道' }] },
  { code: 'pidu', name: '郫都区', streets: [{ code: 'pidu-pitong', name: '郫筒街道' }, { code: 'pidu-xipu', name: '犀浦街道' }, { code: 'pidu-tuanjie', name: '团结街道' }, { code: 'pidu-ande', name: '安德街道' }] },
  { code: 'xinjin', name: '新津区', streets: [{ code: 'xinjin-wujin', name: '五津街道' }, { code: 'xinjin-huayuan', name: '花源街道' }, { code: 'xinjin-xingyi', name: '兴义镇' }] },
  { code: 'jianyang', name: '简阳市', streets: [{ code: 'jianyang-jiancheng', name: '简城街道' }, { code: 'jianyang-shehongba', name: '射洪坝街道' }, { code: 'jianyang-shiqiao', name: '石桥镇' }] },
  { code: 'dujiangyan', name: '都江堰市', streets: [{ code: 'dujiangyan-guankou', name: '灌口街道' }, { code: 'dujiangyan-xingfu', name: '幸福街道' }, { code: 'dujiangyan-qingchengshan', name: '青城山镇' }, { code: 'dujiangyan-juyuan', name: '聚源镇' }] },
  { code: 'pengzhou', name: '彭州市', streets: [{ code: 'pengzhou-tianpeng', name: '天彭街道' }, { code: 'pengzhou-zhihe', name: '致和街道' }, { code: 'pengzhou-lichun', name: '丽春镇' }] },
  { code: 'qionglai', name: '邛崃市', streets: [{ code: 'qionglai-linqiong', name: '临邛街道' }, { code: 'qionglai-wenjun', name: '文君街道' }, { code: 'qionglai-yangan', name: '羊安街道' }] },
  { code: 'chongzhou', name: '崇州市', streets: [{ code: 'chongzhou-chongyang', name: '崇阳街道' }, { code: 'chongzhou-sanjiang', name: '三江街道' }, { code: 'chongzhou-huaiyuan', name: '怀远镇' }] },
  { code: 'jintang', name: '金堂县', streets: [{ code: 'jintang-zhaozhen', name: '赵镇街道' }, { code: 'jintang-huaikou', name: '淮口街道' }, { code: 'jintang-guancang', name: '官仓街道' }] },
  { code: 'dayi', name: '大邑县', streets: [{ code: 'dayi-jinyuan', name: '晋原街道' }, { code: 'dayi-anren', name: '安仁镇' }, { code: 'dayi-wangsi', name: '王泗镇' }] },
  { code: 'pujiang', name: '蒲江县', streets: [{ code: 'pujiang-heshan', name: '鹤山街道' }, { code: 'pujiang-shouan', name: '寿安街道' }, { code: 'pujiang-dating', name: '大塘镇' }] },
  { code: 'gaoxin', name: '高新区', streets: [{ code: 'gaoxin-guixi', name: '桂溪街道' }, { code: 'gaoxin-shiyang', name: '石羊街道' }, { code: 'gaoxin-xiaojiahe', name: '肖家河街道' }, { code: 'gaoxin-hezuo', name: '合作街道' }] },
  { code: 'tianfu', name: '天府新区', streets: [{ code: 'tianfu-huayang', name: '华阳街道' }, { code: 'tianfu-zhengxing', name: '正兴街道' }, { code: 'tianfu-xinglong', name: '兴隆街道' }, { code: 'tianfu-jiancha', name: '煎茶街道' }] },
  { code: 'dongbu', name: '东部新区', streets: [{ code: 'dongbu-shibandeng', name: '石板凳街道' }, { code: 'dongbu-sancha', name: '三岔街道' }, { code: 'dongbu-jiajia', name: '贾家街道' }] },
]
