'use client'

import { Button } from '@payloadcms/ui'
import React, { useId, useRef, useState } from 'react'
import type { StationCsvProblem } from '@/features/stations/rules'
import type { StationImportReport, StationPreviewRow } from '@/features/stations/server/import-stations'

const MAX_BYTES = 2 * 1024 * 1024

type Preview = { fileName: string; rows: StationPreviewRow[]; problems: StationCsvProblem[] }
type Props = { apiRoute: string; listUrl: string }

const box = (color: string) => ({
  padding: '0.75rem 1rem',
  margin: '1rem 0',
  borderLeft: `4px solid var(--theme-${color}-500)`,
  background: `var(--theme-${color}-100)`,
  color: 'var(--theme-text)',
})
const styles = {
  field: { display: 'block', marginBottom: '1rem' },
  label: { display: 'block', fontWeight: 600, marginBottom: '0.4rem' },
  textarea: {
    width: '100%',
    minHeight: '12rem',
    padding: '0.75rem',
    font: '0.9rem/1.5 monospace',
    color: 'var(--theme-text)',
    background: 'var(--theme-input-bg, var(--theme-elevation-0))',
    border: '1px solid var(--theme-elevation-150)',
  },
  table: { borderCollapse: 'collapse' as const, width: '100%', maxWidth: '64rem' },
  cell: { textAlign: 'left' as const, padding: '0.4rem 0.75rem 0.4rem 0', borderBottom: '1px solid var(--theme-elevation-100)' },
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

async function postJson(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null
  if (!response.ok) throw new Error(typeof data?.error === 'string' ? data.error : `服务器返回了错误（HTTP ${response.status}），请稍后再试。`)
  return data
}

function Problems({ problems }: { problems: StationCsvProblem[] }) {
  if (problems.length === 0) return <p>没有发现问题。</p>
  return (
    <div style={box('warning')}>
      <p style={{ margin: 0, fontWeight: 600 }}>以下 {problems.length} 个问题所在的行将被跳过，修改后可再次导入：</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message}</li>
        ))}
      </ul>
    </div>
  )
}

/** Paste or upload a stations CSV, preview it with its problems, then import the good rows. */
export function StationImport({ apiRoute, listUrl }: Props) {
  const id = useId()
  const previewHeading = useRef<HTMLHeadingElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)
  const [text, setText] = useState('')
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null)
  const [error, setError] = useState('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [report, setReport] = useState<StationImportReport | null>(null)

  const input = () => (file ? { base64: file.base64, fileName: file.name } : { text })
  const reset = () => {
    setPreview(null)
    setReport(null)
    setError('')
  }

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    reset()
    const chosen = event.target.files?.[0]
    if (!chosen) return setFile(null)
    if (chosen.size > MAX_BYTES) {
      setFile(null)
      setError('文件超过 2 MB，无法导入；请拆分后再试。')
      return
    }
    setFile({ name: chosen.name, base64: toBase64(await chosen.arrayBuffer()) })
  }

  async function run(kind: 'preview' | 'import') {
    setBusy(kind)
    setError('')
    try {
      if (kind === 'preview') {
        setReport(null)
        setPreview((await postJson(`${apiRoute}/service-stations/import/preview`, input())) as unknown as Preview)
        requestAnimationFrame(() => previewHeading.current?.focus())
      } else {
        setReport((await postJson(`${apiRoute}/service-stations/import`, input())) as unknown as StationImportReport)
        requestAnimationFrame(() => resultHeading.current?.focus())
      }
    } catch (failure) {
      setError(failure instanceof Error && failure.message !== 'Failed to fetch' ? failure.message : '无法连接服务器，请检查网络后重试。')
    } finally {
      setBusy(null)
    }
  }

  return (
    <div>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void run('preview')
        }}
      >
        <label htmlFor={`${id}-text`} style={styles.label}>
          粘贴 CSV 内容
        </label>
        <textarea id={`${id}-text`} value={text} disabled={Boolean(file)} spellCheck={false} style={styles.textarea} onChange={(e) => (reset(), setText(e.target.value))} />
        <div style={{ ...styles.field, marginTop: '1rem' }}>
          <label htmlFor={`${id}-file`} style={styles.label}>
            或选择 CSV 文件（最大 2 MB）
          </label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
          {file ? <p>将使用所选文件「{file.name}」，上面粘贴的内容不会使用。</p> : null}
        </div>
        <Button buttonStyle="primary" type="submit" disabled={busy !== null}>
          {busy === 'preview' ? '正在预览…' : '预览'}
        </Button>
      </form>

      <div role="alert">{error ? <p style={box('error')}>{error}</p> : null}</div>

      {preview ? (
        <section aria-labelledby={`${id}-preview`} style={{ marginTop: '2rem' }}>
          <h2 id={`${id}-preview`} ref={previewHeading} tabIndex={-1}>
            预览：{preview.rows.length} 行可以导入
          </h2>
          <Problems problems={preview.problems} />
          {preview.rows.length > 0 ? (
            <table style={styles.table}>
              <thead>
                <tr>
                  {['行', '编号', '名称', '区域', '服务项目', '导入后'].map((h) => (
                    <th key={h} scope="col" style={styles.cell}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.key}>
                    <td style={styles.cell}>{row.line}</td>
                    <td style={styles.cell}>{row.key}</td>
                    <td style={styles.cell}>{row.name}</td>
                    <td style={styles.cell}>{[row.district, row.street].filter(Boolean).join(' ')}</td>
                    <td style={styles.cell}>{row.services} 项</td>
                    <td style={styles.cell}>{row.action === 'update' ? '更新已有网点' : '新建'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p style={{ marginTop: '1rem' }}>
            新建的网点保存为草稿，已发布网点的修改保存为待发布的草稿；请由另一位审核员审核后发布。
          </p>
          <Button buttonStyle="primary" type="button" disabled={busy !== null || preview.rows.length === 0 || report !== null} onClick={() => void run('import')}>
            {busy === 'import' ? '正在导入…' : `导入 ${preview.rows.length} 行`}
          </Button>
        </section>
      ) : null}

      {report ? (
        <section aria-labelledby={`${id}-result`} style={{ marginTop: '2rem' }}>
          <h2 id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
            导入结果
          </h2>
          <p>
            新建 {report.created} 个，更新 {report.updated} 个，跳过 {report.problems.length} 个问题行{report.failed ? `，保存失败 ${report.failed} 个` : ''}。
          </p>
          {report.failed ? (
            <ul style={box('error')}>
              {report.outcomes
                .filter((o) => o.status === 'failed')
                .map((o) => (
                  <li key={o.key}>{o.reason}</li>
                ))}
            </ul>
          ) : null}
          <p>
            <a href={listUrl}>返回服务网点列表</a>
          </p>
        </section>
      ) : null}
    </div>
  )
}
