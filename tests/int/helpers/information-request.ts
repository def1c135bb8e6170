/** An information request (依申请公开) as a citizen fills in the form, with every personal detail given. */
export const INFORMATION_REQUEST = {
  applicantType: 'citizen',
  name: '李明',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  email: 'liming@example.test',
  address: '成都市武侯区人民南路四段 1 号',
  description: '2025 年成都市免费孕前优生健康检查项目的实施方案及经费安排',
  preferredForm: 'email',
  collectionManner: 'email',
}
