/**
 * The message readers see when a page fails: a reference number to quote (Next's error digest,
 * which the server logs with the error itself) and never the error's own text or stack.
 */
export function ServerErrorContent({ reference }: { reference?: string }) {
  return (
    <article className="prose">
      <h1>页面暂时无法显示</h1>
      <p className="lead">很抱歉，处理您的请求时出现了问题。我们已经记录了这个问题，请稍后再试。</p>
      {reference ? (
        <p>
          如需联系我们，请告知错误编号：<strong data-testid="error-reference">{reference}</strong>
        </p>
      ) : null}
      <ul>
        <li>
          <a href="/">返回首页</a>
        </li>
        <li>
          如需帮助，请拨打全国卫生健康热线 <a href="tel:12320">12320</a>。
        </li>
      </ul>
    </article>
  )
}
