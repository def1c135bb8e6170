/** The services residents look for at a station, in the order the filter lists them. */
export const STATION_SERVICES: { code: string; name: string; summary: string }[] = [
  { code: 'free-contraceptives', name: '免费避孕药具', summary: '避孕套、口服避孕药等国家免费提供的避孕药具，可现场领取，无需证件。' },
  { code: 'pre-pregnancy-checkup', name: '免费孕前优生健康检查', summary: '计划怀孕的夫妇可免费接受孕前优生健康检查和咨询，流动人口同等享受。' },
  { code: 'hiv-testing', name: '艾滋病检测与咨询', summary: '免费、保密的艾滋病咨询和检测，可以不登记真实姓名。' },
  { code: 'reproductive-checkup', name: '生殖健康检查', summary: '常见妇科疾病、生殖道感染的检查与咨询。' },
  { code: 'birth-registration', name: '生育登记与证明办理', summary: '生育登记服务、相关证明的咨询和办理。' },
  { code: 'floating-population', name: '流动人口计划生育服务', summary: '在成都居住的流动人口享有与户籍人口同等的计划生育服务。' },
]
