import { ErrorMessage } from './ErrorMessage'

/** The 404 message, used inside the site layout and by the global not-found page. */
export function NotFoundContent() {
  return (
    <ErrorMessage
      title="页面未找到"
      lead="您要访问的页面不存在，可能已经移动或地址有误。"
      links={[{ href: '/policies', label: '查阅政策文件' }]}
    />
  )
}
