/**
 * The one frame every e-mail of the site uses: plain HTML with inline styles (mail clients drop
 * <style> and block remote content), system fonts, no images, plus a plain-text twin. Every value
 * put into the HTML goes through `escapeHtml`; every value put on one line is flattened first.
 */

export type RenderedEmail = { subject: string; html: string; text: string }

export type EmailBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'facts'; rows: ReadonlyArray<{ label: string; value: string }> }
  | { type: 'link'; label: string; href: string }
  | { type: 'note'; text: string }

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

/** Control characters and line breaks become one space: safe for subjects and one-line values. */
export function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
    .replace(/\s{2,}/gu, ' ')
    .trim()
}

/** Shortens to `max` characters (not UTF-16 units), adding an ellipsis. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`
}

/** Only absolute http(s) links are made clickable; anything else is shown as text. */
export function httpUrl(href: string): string | null {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

const FONT = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif"
const FOOTER = '此邮件由系统自动发送，请勿直接回复。'

function blockHtml(block: EmailBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${escapeHtml(block.text)}</p>`
    case 'note':
      return `<p style="margin:0 0 16px;padding:12px 14px;background:#fff8e1;border-left:4px solid #c98a00;">${escapeHtml(block.text)}</p>`
    case 'facts':
      return (
        `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">` +
        block.rows
          .map(
            (row) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:normal;color:#555555;white-space:nowrap;">${escapeHtml(oneLine(row.label))}</th>` +
              `<td style="padding:4px 0;font-weight:bold;word-break:break-all;">${escapeHtml(oneLine(row.value))}</td></tr>`,
          )
          .join('') +
        `</table>`
      )
    case 'link': {
      const href = httpUrl(block.href)
      const shown = escapeHtml(oneLine(block.href))
      return href
        ? `<p style="margin:0 0 16px;">${escapeHtml(block.label)}<br><a href="${escapeHtml(href)}" style="color:#0b57a4;text-decoration:underline;word-break:break-all;">${shown}</a></p>`
        : `<p style="margin:0 0 16px;">${escapeHtml(block.label)}<br>${shown}</p>`
    }
  }
}

function blockText(block: EmailBlock): string {
  switch (block.type) {
    case 'paragraph':
      return block.text
    case 'note':
      return `※ ${block.text}`
    case 'facts':
      return block.rows.map((row) => `${oneLine(row.label)}：${oneLine(row.value)}`).join('\n')
    case 'link':
      return `${block.label}\n${oneLine(block.href)}`
  }
}

export function renderEmail(args: {
  siteName: string
  subject: string
  heading: string
  greeting?: string
  blocks: ReadonlyArray<EmailBlock>
}): RenderedEmail {
  const siteName = oneLine(args.siteName)
  const subject = oneLine(args.subject)
  const heading = oneLine(args.heading)
  const body = [...(args.greeting ? [{ type: 'paragraph', text: args.greeting } as const] : []), ...args.blocks]

  const html =
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f2f2f2;">` +
    `<div style="max-width:600px;margin:0 auto;padding:24px 20px;background:#ffffff;color:#1a1a1a;font-family:${FONT};font-size:16px;line-height:1.75;">` +
    `<p style="margin:0 0 20px;padding-bottom:10px;border-bottom:3px solid #b8141b;font-size:15px;font-weight:bold;color:#b8141b;">${escapeHtml(siteName)}</p>` +
    `<h1 style="margin:0 0 20px;font-size:20px;line-height:1.4;">${escapeHtml(heading)}</h1>` +
    body.map(blockHtml).join('') +
    `<p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #dddddd;font-size:13px;color:#666666;">${escapeHtml(siteName)}<br>${escapeHtml(FOOTER)}</p>` +
    `</div></body></html>`

  const text = [siteName, '='.repeat(20), heading, '', ...body.flatMap((block) => [blockText(block), '']), '--', siteName, FOOTER, ''].join('\n')

  return { subject, html, text }
}
