import type { Payload } from 'payload'
import type { ApplicationStep } from '@/features/disclosure/rules'
import { submitApplication } from '@/features/disclosure/server/submit-application'
import { takeApplicationStep } from '@/features/disclosure/server/take-step'

const CITIZEN = { applicantType: 'citizen', idType: 'resident-id', idNumber: '11010519491231002X', phone: '13800001111' }

/** Example applications (示例), through the public form's path; fixed tokens keep reruns idempotent. */
const DEMO_APPLICATIONS: { token: string; fields: Record<string, string>; steps: ApplicationStep[] }[] = [
  {
    token: '0d5c7a10-4b2e-4f6a-8c1d-2e9f0a7b3c01',
    fields: { ...CITIZEN, name: '示例申请人王某', email: 'applicant@example.com', description: '（示例）2025 年成都市免费孕前优生健康检查项目的实施方案', preferredForm: 'email', collectionManner: 'email' },
    steps: [{ kind: 'answer', answer: { type: 'disclosed', provided: '（示例）《2025 年成都市免费孕前优生健康检查项目实施方案》全文随本答复书一并发送。' } }],
  },
  {
    token: '0d5c7a10-4b2e-4f6a-8c1d-2e9f0a7b3c02',
    fields: { ...CITIZEN, name: '示例申请人陈某', address: '成都市青羊区示例路 1 号', description: '（示例）我想了解计生方面的文件', preferredForm: 'paper', collectionManner: 'post' },
    steps: [{ kind: 'request-correction', what: '（示例）请写明所需文件的名称、文号或者发布年份，以及涉及的具体事项。', days: 15 }],
  },
  {
    token: '0d5c7a10-4b2e-4f6a-8c1d-2e9f0a7b3c03',
    fields: { applicantType: 'organisation', organisationKind: 'research', idType: 'credit-code', idNumber: '91350100M000100Y43', phone: '028-87654321', name: '示例研究所', email: 'org@example.com', description: '（示例）2016 年至 2025 年全市计划生育特别扶助金发放人数和金额的统计', preferredForm: 'disc', collectionManner: 'pick-up' },
    steps: [{ kind: 'extend', days: 15, approvedBy: '（示例）政务公开办负责人', reason: '需要调取十年间的档案资料' }],
  },
  {
    token: '0d5c7a10-4b2e-4f6a-8c1d-2e9f0a7b3c04',
    fields: { ...CITIZEN, name: '示例申请人李某', description: '（示例）某区妇幼保健院 2025 年的采购合同', preferredForm: 'inspection', collectionManner: 'on-site' },
    steps: [],
  },
]

export async function seedDisclosure(payload: Payload, report: { created: string[]; kept: string[] }) {
  const handler = (await payload.find({ collection: 'users', where: { email: { equals: 'handler@demo.cdjsw.local' } }, limit: 1, depth: 0 })).docs[0]
  for (const demo of DEMO_APPLICATIONS) {
    const result = await submitApplication(payload, { fields: demo.fields, idempotencyToken: demo.token, honeypot: '' })
    if (!result.ok) throw new Error(`demo application refused: ${JSON.stringify(result.errors)}`)
    const key = `disclosure-applications:${result.trackingCode}`
    if (result.repeated) {
      report.kept.push(key)
      continue
    }
    const doc = (await payload.find({ collection: 'disclosure-applications', where: { trackingCode: { equals: result.trackingCode } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    for (const step of demo.steps) {
      const outcome = await takeApplicationStep(payload, handler ? { ...handler, collection: 'users' } : null, doc.id, step)
      if (!outcome.ok) throw new Error(`demo step ${step.kind} refused: ${outcome.message}`)
    }
    report.created.push(key)
  }
}
