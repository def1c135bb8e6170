import { ErrorMessage } from './ErrorMessage'

/**
 * The message readers see when a page fails: a reference number to quote (Next's error digest,
 * which the server logs with the error itself) and never the error's own text or stack.
 */
export function ServerErrorContent({ reference }: { reference?: string }) {
  return (
    <ErrorMessage title="页面暂时无法显示" lead="很抱歉，处理您的请求时出现了问题。我们已经记录了这个问题，请稍后再试。">
      {reference ? (
        <p>
          如需联系我们，请告知错误编号：<strong data-testid="error-reference">{reference}</strong>
        </p>
      ) : null}
    </ErrorMessage>
  )
}
