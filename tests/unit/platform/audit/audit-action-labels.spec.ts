import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUDIT_ACTION_LABELS } from '../../../../collections/AuditLog/actionLabels'

const ROOT = path.resolve(__dirname, '../../../..')
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(relative)
    return /\.tsx?$/.test(entry.name) ? [relative] : []
  })

/** Every action name written to the audit log, as a literal in a file that writes entries. */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of [...sourceFiles('src'), ...sourceFiles('collections')]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
    // Feature actions are named by their prefix wherever they are declared (retention passes get theirs as a constant).
    for (const match of text.matchAll(/'((?:feedback|disclosure|moderation|publishing|consultations|site-errors|subscriptions)\.[a-z-]+)'/g)) found.set(match[1], file)
    if (!/writeAudit\(|collection: 'audit-log',\s*\n\s*data:/.test(text)) continue
    for (const match of text.matchAll(/action: '([a-z-]+(?:\.[a-z-]+)?)',\s*(?:summary|targetCollection|actor)/g)) found.set(match[1], file)
  }
  return found
}

describe('audit action names', () => {
  it('give every action the site writes a Chinese name for the list, its filter and the CSV', () => {
    const written = writtenActions()
    expect(written.size).toBeGreaterThan(15)
    const unnamed = [...written].filter(([action]) => !AUDIT_ACTION_LABELS[action]).map(([action, file]) => `${action} (${file})`)
    expect(unnamed).toEqual([])
  })

  it('name the steps written from templates (publishing.*, moderation.*, disclosure.*) by their desk labels', () => {
    expect(AUDIT_ACTION_LABELS['publishing.withdraw']).toBe('发布流程：撤回')
    expect(AUDIT_ACTION_LABELS['moderation.approve']).toBe('公开文本：批准公开')
    expect(AUDIT_ACTION_LABELS['disclosure.extend']).toBe('公开申请：延长答复期限')
    expect(Object.values(AUDIT_ACTION_LABELS).every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true)
  })
})
