/** Plausible settings for the demo; the numbers are illustrative, not real registrations. */
export const DEMO_SITE_SETTINGS = {
  siteName: '成都市计划生育与生殖健康服务网',
  authorityName: '成都市卫生健康委员会',
  authorityAddress: '四川省成都市青羊区（演示地址）',
  hotlines: [
    { label: '全国卫生健康热线', number: '12320' },
    { label: '市计划生育服务咨询电话', number: '028-12345678' },
  ],
  icpNumber: '蜀ICP备00000000号（演示）',
  siteIdCode: '5101000000',
  policeRecordNumber: '川公网安备 00000000000000号（演示）',
}
