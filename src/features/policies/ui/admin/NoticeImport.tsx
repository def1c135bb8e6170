'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'
import type { NoticeBlock } from '@/features/policies/rules/notice-text'
import type { ImportOutcome } from '@/features/policies/server/import-notices'

const MAX_BYTES = 2 * 1024 * 1024

type ExistingNotice = { id: number | string; title: string; status: 'draft' | 'published'; adminUrl: string }

type Preview = {
  fileName: string
  title: string
  documentNumber: string | null
  addressees: string | null
  dateWritten: string | null
  issuingAuthority: string
  attachments: string[]
  references: string[]
  warnings: string[]
  blocks: NoticeBlock[]
  wasTraditional: boolean
  existing: ExistingNotice | null
  action: 'create' | 'update' | 'skip'
}

type ImportResult = { outcome: ImportOutcome; adminUrl: string | null; error?: string }

type Props = { apiRoute: string; listUrl: string }

const OUTCOME_TEXT: Record<ImportOutcome['status'], string> = {
  imported: '已创建草稿。',
  updated: '已有同一发文字号的草稿，已用本次导入的内容更新该草稿。',
  skipped: '未导入：已有同一发文字号的文件已发布。',
  failed: '导入失败。',
}

const styles = {
  section: { marginTop: '2rem' },
  field: { display: 'block', marginBottom: '1rem' },
  label: { display: 'block', fontWeight: 600, marginBottom: '0.4rem' },
  textarea: {
    width: '100%',
    minHeight: '16rem',
    padding: '0.75rem',
    font: 'inherit',
    lineHeight: 1.6,
    color: 'var(--theme-text)',
    background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s, 4px)',
  },
  hint: { color: 'var(--theme-elevation-650)', margin: '0.4rem 0 0' },
  table: { borderCollapse: 'collapse' as const, width: '100%', maxWidth: '56rem' },
  th: {
    textAlign: 'left' as const,
    verticalAlign: 'top' as const,
    whiteSpace: 'nowrap' as const,
    padding: '0.5rem 1rem 0.5rem 0',
    borderBottom: '1px solid var(--theme-elevation-100)',
    width: '8rem',
  },
  td: { padding: '0.5rem 0', borderBottom: '1px solid var(--theme-elevation-100)' },
  note: {
    padding: '0.75rem 1rem',
    margin: '1rem 0',
    borderLeft: '4px solid var(--theme-warning-500, #d97706)',
    background: 'var(--theme-warning-100, #fef3c7)',
    color: 'var(--theme-text)',
  },
  error: {
    padding: '0.75rem 1rem',
    margin: '1rem 0',
    borderLeft: '4px solid var(--theme-error-500, #dc2626)',
    background: 'var(--theme-error-100, #fee2e2)',
    color: 'var(--theme-text)',
  },
  body: {
    maxWidth: '48rem',
    padding: '1rem 1.5rem',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s, 4px)',
    lineHeight: 1.8,
  },
  blockHeading: { fontSize: '1.25rem', fontWeight: 700, margin: '1.5rem 0 0.5rem' },
  blockSubheading: { fontSize: '1.05rem', fontWeight: 700, margin: '1rem 0 0.4rem' },
  paragraph: { margin: '0 0 0.75rem', textIndent: '2em' },
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

async function postJson(url: string, body: unknown): Promise<{ status: number; data: Record<string, unknown> | null }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, data }
}

const errorOf = (status: number, data: Record<string, unknown> | null) =>
  typeof data?.error === 'string' ? data.error : `服务器返回了无法识别的响应（HTTP ${status}），请稍后再试。`

const orNone = (value: string | null | undefined, none = '未找到') => (value ? value : none)

function MetadataTable({ preview }: { preview: Preview }) {
  const rows: [string, string][] = [
    ['标题', preview.title],
    ['发文字号', orNone(preview.documentNumber)],
    ['主送机关', orNone(preview.addressees)],
    ['成文日期', orNone(preview.dateWritten)],
    ['发文机关', preview.issuingAuthority],
    ['附件', preview.attachments.length ? preview.attachments.join('；') : '无'],
    ['引用的文件', preview.references.length ? preview.references.join('；') : '无'],
    ['原文字形', preview.wasTraditional ? '繁体（已转换为简体）' : '简体'],
    ['来源', preview.fileName],
  ]
  return (
    <table style={styles.table}>
      <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.5rem' }}>解析出的文件信息</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={styles.th}>
              {label}
            </th>
            <td style={styles.td}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ConflictNote({ preview }: { preview: Preview }) {
  const { existing } = preview
  if (!existing) return null
  return (
    <div style={styles.note}>
      <strong>发文字号已存在：</strong>
      {existing.status === 'published' ? (
        <>
          发文字号为「{preview.documentNumber}」的文件已发布（<a href={existing.adminUrl}>{existing.title}</a>）。导入不会覆盖已发布的文件；如需修改，请直接编辑该文件。
        </>
      ) : (
        <>
          已有发文字号为「{preview.documentNumber}」的草稿（<a href={existing.adminUrl}>{existing.title}</a>）。创建草稿将用本次内容更新该草稿，不会新建一条。
        </>
      )}
    </div>
  )
}

function NoticeBody({ blocks }: { blocks: NoticeBlock[] }) {
  if (blocks.length === 0) return <p>未找到正文。</p>
  return (
    <div style={styles.body}>
      {blocks.map((block, i) => {
        if (block.type === 'heading') {
          return (
            <h4 key={i} style={styles.blockHeading}>
              {block.text}
            </h4>
          )
        }
        if (block.type === 'subheading') {
          return (
            <h5 key={i} style={styles.blockSubheading}>
              {block.text}
            </h5>
          )
        }
        return (
          <p key={i} style={styles.paragraph}>
            {block.text}
          </p>
        )
      })}
    </div>
  )
}

/** Paste or upload a legacy notice text, preview how it parses, then create a draft from it. */
export function NoticeImport({ apiRoute, listUrl }: Props) {
  const id = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const previewHeading = useRef<HTMLHeadingElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)

  useEffect(() => {
    if (preview && !result) previewHeading.current?.focus()
  }, [preview, result])
  useEffect(() => {
    if (result) resultHeading.current?.focus()
  }, [result])

  // Any change to the input makes the preview stale: the draft must be what was previewed.
  const resetOutput = () => {
    setPreview(null)
    setResult(null)
    setError('')
    setStatus('')
  }

  const onFileChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    resetOutput()
    const chosen = event.target.files?.[0] ?? null
    if (chosen && chosen.size > MAX_BYTES) {
      setFile(null)
      event.target.value = ''
      setError('文件超过 2 MB，无法导入；请拆分或精简后再试。')
      return
    }
    setFile(chosen)
  }

  const clearFile = () => {
    resetOutput()
    setFile(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  const requestBody = async (): Promise<Record<string, string> | null> => {
    if (file) return { base64: toBase64(await file.arrayBuffer()), fileName: file.name }
    if (!text.trim()) {
      setError('请粘贴文本或选择一个文本文件。')
      return null
    }
    if (new TextEncoder().encode(text).byteLength > MAX_BYTES) {
      setError('文本超过 2 MB，无法导入；请拆分或精简后再试。')
      return null
    }
    return { text }
  }

  const runPreview = async () => {
    resetOutput()
    setBusy('preview')
    setStatus('正在解析文本…')
    try {
      const body = await requestBody()
      if (!body) {
        setStatus('')
        return
      }
      const { status: code, data } = await postJson(`${apiRoute}/policy-notices/import/preview`, body)
      if (code !== 200 || !data) {
        setStatus('')
        setError(errorOf(code, data))
        return
      }
      const parsed = data as unknown as Preview
      setPreview(parsed)
      const warnings = parsed.warnings.length ? `，有 ${parsed.warnings.length} 条提示` : ''
      setStatus(`预览已生成：${parsed.title}${warnings}。请核对后点击“创建草稿”。`)
    } catch {
      setStatus('')
      setError('无法连接服务器，请检查网络后重试。')
    } finally {
      setBusy(null)
    }
  }

  const runImport = async () => {
    setError('')
    setBusy('import')
    setStatus('正在创建草稿…')
    try {
      const body = await requestBody()
      if (!body) {
        setStatus('')
        return
      }
      const { status: code, data } = await postJson(`${apiRoute}/policy-notices/import`, body)
      if (!data || typeof data.outcome !== 'object') {
        setStatus('')
        setError(errorOf(code, data))
        return
      }
      const imported = data as unknown as ImportResult
      setResult(imported)
      setStatus(`${OUTCOME_TEXT[imported.outcome.status]}${imported.outcome.reason ? imported.outcome.reason : ''}`)
    } catch {
      setStatus('')
      setError('无法连接服务器，请检查网络后重试。')
    } finally {
      setBusy(null)
    }
  }

  const textId = `${id}-text`
  const fileId = `${id}-file`
  const fileHintId = `${id}-file-hint`
  const succeeded = result && (result.outcome.status === 'imported' || result.outcome.status === 'updated')

  return (
    <div>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void runPreview()
        }}
      >
        <div style={styles.field}>
          <label htmlFor={textId} style={styles.label}>
            粘贴文件全文
          </label>
          <textarea
            id={textId}
            value={text}
            disabled={Boolean(file)}
            onChange={(event) => {
              resetOutput()
              setText(event.target.value)
            }}
            style={styles.textarea}
            spellCheck={false}
          />
        </div>
        <div style={styles.field}>
          <label htmlFor={fileId} style={styles.label}>
            或选择文本文件（.txt，最大 2 MB）
          </label>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept=".txt,text/plain"
            aria-describedby={fileHintId}
            onChange={onFileChange}
          />
          <p id={fileHintId} style={styles.hint}>
            {file ? `将使用所选文件「${file.name}」，上面粘贴的文本不会使用。` : '选择文件后，将使用文件内容而不是粘贴的文本。'}
          </p>
          {file ? (
            <Button buttonStyle="secondary" size="small" type="button" onClick={clearFile}>
              清除所选文件
            </Button>
          ) : null}
        </div>
        <Button buttonStyle="primary" type="submit" disabled={busy !== null}>
          {busy === 'preview' ? '正在预览…' : '预览'}
        </Button>
      </form>

      <p role="status" aria-live="polite" style={{ minHeight: '1.5em', margin: '1rem 0' }}>
        {status}
      </p>
      <div role="alert" aria-live="assertive">
        {error ? <p style={styles.error}>{error}</p> : null}
      </div>

      {preview ? (
        <section style={styles.section} aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
            预览
          </h2>
          <ConflictNote preview={preview} />
          <MetadataTable preview={preview} />

          <h3 style={{ marginTop: '1.5rem' }}>提示</h3>
          {preview.warnings.length ? (
            <ul>
              {preview.warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          ) : (
            <p>没有提示，解析结果完整。</p>
          )}

          <h3 style={{ marginTop: '1.5rem' }}>正文</h3>
          <NoticeBody blocks={preview.blocks} />

          <div style={{ marginTop: '1.5rem' }}>
            <Button buttonStyle="primary" type="button" onClick={() => void runImport()} disabled={busy !== null || preview.action === 'skip' || Boolean(succeeded)}>
              {busy === 'import' ? '正在创建草稿…' : preview.action === 'update' ? '创建草稿（更新原有草稿）' : '创建草稿'}
            </Button>
            {preview.action === 'skip' ? <p style={styles.hint}>该发文字号的文件已发布，不能通过导入覆盖。</p> : null}
          </div>
        </section>
      ) : null}

      {result ? (
        <section style={styles.section} aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
            导入结果
          </h2>
          <p>
            {OUTCOME_TEXT[result.outcome.status]}
            {result.outcome.reason ? ` ${result.outcome.reason}` : ''}
          </p>
          {result.adminUrl ? (
            <p>
              <a href={result.adminUrl}>{succeeded ? `打开草稿：${result.outcome.title ?? ''}` : `查看已有文件：${result.outcome.title ?? ''}`}</a>
            </p>
          ) : null}
          <p>
            <a href={listUrl}>返回政策文件列表</a>
          </p>
        </section>
      ) : null}
    </div>
  )
}
