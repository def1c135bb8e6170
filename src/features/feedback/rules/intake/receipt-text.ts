/** The receipt as a plain-text file a resident can keep ("下载为文本文件"), CRLF for every editor. */
export type ReceiptTextInput = {
  siteName: string
  trackingCode: string
  accessKey: string
  trackUrl: string
  /** e.g. 2026年12月11日, already formatted. */
  replyDue?: string
}

export function receiptText(input: ReceiptTextInput): string {
  return [
    `${input.siteName} 留言回执`,
    '',
    `查询码：${input.trackingCode}`,
    `查询密码：${input.accessKey}`,
    ...(input.replyDue ? [`答复期限：${input.replyDue}前（节假日不计）`] : []),
    '',
    `查看办理进度和答复：${input.trackUrl}`,
    '',
    '查询密码只显示这一次，我们也无法找回；凭查询码和查询密码可以看到留言的全部内容，请妥善保管，不要告诉他人。',
    '',
  ].join('\r\n')
}

/** A file name that names the code and nothing else. */
export const receiptFileName = (trackingCode: string) => `liuyan-huizhi-${trackingCode.replace(/[^A-Za-z0-9-]/g, '')}.txt`
