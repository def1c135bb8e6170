import { describe, expect, it } from 'vitest'
import { isCreditCode, replyLetter, letterText, validateApplicationInput } from '@/features/disclosure/rules'

const citizen = {
  applicantType: 'citizen',
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '138 1234 5678',
  description: '2025 年度全市免费孕前优生健康检查项目的实施方案',
  preferredForm: 'email',
  collectionManner: 'email',
  email: 'zhangsan@example.com',
}

describe('an application form', () => {
  it('is accepted with what the national form asks, and no purpose', () => {
    const result = validateApplicationInput({ ...citizen, purpose: '研究', status: 'answered' })
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ name: '张三', idNumber: '11010519491231002X', phone: '13812345678' }) })
    expect(result.ok && 'purpose' in result.data).toBe(false)
  })

  it('checks the ID number by its type, and the type by the applicant', () => {
    expect(validateApplicationInput({ ...citizen, idNumber: '110105194912310021' })).toMatchObject({ ok: false, errors: { idNumber: expect.stringMatching(/身份证/) } })
    expect(validateApplicationInput({ ...citizen, idType: 'credit-code' })).toMatchObject({ ok: false, errors: { idType: expect.any(String) } })
    const organisation = { ...citizen, applicantType: 'organisation', organisationKind: 'research', name: '成都某某研究所', idType: 'credit-code', idNumber: '91510100MA61R8XX1X' }
    expect(validateApplicationInput(organisation)).toMatchObject({ ok: false, errors: { idNumber: expect.stringMatching(/信用代码/) } })
    expect(isCreditCode('91350100M000100Y43')).toBe(true)
    expect(validateApplicationInput({ ...organisation, idNumber: '91350100M000100Y43' })).toMatchObject({ ok: true, data: { organisationKind: 'research' } })
  })

  it('asks an organisation which kind it is (the annual report counts by kind), and a citizen nothing of it', () => {
    const organisation = { ...citizen, applicantType: 'organisation', name: '成都某某律师事务所', idType: 'credit-code', idNumber: '91350100M000100Y43' }
    expect(validateApplicationInput(organisation)).toMatchObject({ ok: false, errors: { organisationKind: expect.stringMatching(/单位类型/) } })
    expect(validateApplicationInput({ ...organisation, organisationKind: 'unknown' })).toMatchObject({ ok: false, errors: { organisationKind: expect.any(String) } })
    expect(validateApplicationInput({ ...organisation, organisationKind: 'legal-service' })).toMatchObject({ ok: true, data: { organisationKind: 'legal-service' } })
    const asCitizen = validateApplicationInput({ ...citizen, organisationKind: 'business' })
    expect(asCitizen.ok && asCitizen.data.organisationKind).toBe(undefined)
  })

  it('asks for the address when paper is posted, and the e-mail when sent by e-mail', () => {
    expect(validateApplicationInput({ ...citizen, email: '', preferredForm: 'paper', collectionManner: 'post' })).toMatchObject({ ok: false, errors: { address: expect.stringMatching(/邮寄/) } })
    expect(validateApplicationInput({ ...citizen, email: '' })).toMatchObject({ ok: false, errors: { email: expect.any(String) } })
    expect(validateApplicationInput({ ...citizen, description: '短' })).toMatchObject({ ok: false, errors: { description: expect.any(String) } })
  })
})

describe('the reply letter', () => {
  it('is dated, names the decision and its ground, and states both remedies', () => {
    const letter = replyLetter({
      authority: '成都市卫生健康委员会',
      trackingCode: 'GK-2026-7Q4M9C',
      applicantName: '张三',
      organisation: false,
      receivedAt: '2026-11-02T02:00:00Z',
      description: citizen.description,
      preferredForm: 'email',
      collectionManner: 'email',
      answer: { type: 'partly-disclosed', provided: '实施方案正文', withheldPart: '参检人员名单', reason: 'third-party', explanation: '名单含个人信息' },
      answeredAt: new Date('2026-11-20T03:00:00Z'),
    })
    const text = letterText(letter)
    expect(letter.date).toBe('2026年11月20日')
    expect(text).toContain('2026年11月2日收到您提出的政府信息公开申请')
    expect(text).toContain('“参检人员名单”涉及商业秘密、个人隐私等')
    expect(text).toContain('第十五条')
    expect(text).toMatch(/60日内向成都市人民政府申请行政复议/)
    expect(text).toMatch(/6个月内依法向人民法院提起行政诉讼/)
  })
})
