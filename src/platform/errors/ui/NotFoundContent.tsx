/** The 404 message, used inside the site layout and by the global not-found page. */
export function NotFoundContent() {
  return (
    <article className="prose">
      <h1>页面未找到</h1>
      <p className="lead">您要访问的页面不存在，可能已经移动或地址有误。</p>
      <ul>
        <li>
          <a href="/">返回首页</a>
        </li>
        <li>
          <a href="/policies">查阅政策文件</a>
        </li>
        <li>
          如需帮助，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。
        </li>
      </ul>
    </article>
  )
}
