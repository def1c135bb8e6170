export type NoticeImportFailure = 'empty' | 'binary' | 'no-title'

const MESSAGES: Record<NoticeImportFailure, string> = {
  empty: '文件是空的',
  binary: '这不是文本文件',
  'no-title': '未找到标题',
}

/** A notice that cannot be imported at all; `message` is shown to staff as it is. */
export class NoticeImportError extends Error {
  readonly reason: NoticeImportFailure

  constructor(reason: NoticeImportFailure) {
    super(MESSAGES[reason])
    this.name = 'NoticeImportError'
    this.reason = reason
  }
}
