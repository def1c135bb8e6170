import type { Field } from 'payload'
import { POLICY_TOPICS, POLICY_VALIDITY } from '@/features/policies/rules/policy-topics'
import { zh } from '@/platform/admin/labels'

/** The metadata block every disclosed government document shows (政府信息公开). */
export const disclosureMetadata: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'indexNumber',
        type: 'text',
        unique: true,
        index: true,
        label: zh('索引号', 'Index number'),
        admin: { readOnly: true, description: zh('保存时按政务公开设置自动生成。', 'Generated on save.') },
      },
      {
        name: 'documentNumber',
        type: 'text',
        unique: true,
        index: true,
        maxLength: 60,
        label: zh('发文字号', 'Document number'),
        admin: { description: zh('如 成办发〔2004〕5号；各种括号会统一为〔〕。', 'e.g. 成办发〔2004〕5号') },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'issuingAuthority',
        type: 'text',
        required: true,
        index: true,
        maxLength: 80,
        label: zh('发文机关', 'Issuing authority'),
      },
      { name: 'addressees', type: 'text', maxLength: 300, label: zh('主送机关', 'Addressees') },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'dateWritten',
        type: 'date',
        required: true,
        label: zh('成文日期', 'Date written'),
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
      },
      {
        name: 'datePublished',
        type: 'date',
        index: true,
        label: zh('发布日期', 'Date published'),
        admin: { date: { pickerAppearance: 'dayAndTime' }, description: zh('留空则在首次发布时填写。', 'Set on first publish when empty.') },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'topic',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'family-planning',
        label: zh('主题分类', 'Topic'),
        options: POLICY_TOPICS.map(({ value, label }) => ({ value, label })),
      },
      {
        name: 'validity',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'in-force',
        label: zh('有效性', 'Validity'),
        options: POLICY_VALIDITY.map(({ value, label }) => ({ value, label })),
      },
    ],
  },
  {
    name: 'supersededBy',
    type: 'relationship',
    relationTo: 'policy-notices',
    hasMany: true,
    label: zh('修订或替代它的文件', 'Amended or replaced by'),
    admin: { condition: (data) => data?.validity && data.validity !== 'in-force' },
  },
  {
    name: 'validityNote',
    type: 'text',
    maxLength: 200,
    label: zh('有效性说明', 'Validity note'),
    admin: { condition: (data) => data?.validity && data.validity !== 'in-force' },
  },
  {
    name: 'keywords',
    type: 'text',
    hasMany: true,
    maxRows: 10,
    label: zh('主题词', 'Keywords'),
  },
]
