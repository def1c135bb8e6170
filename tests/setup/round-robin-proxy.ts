import http from 'node:http'

export type RoundRobinProxy = { url: string; close: () => Promise<void> }

/**
 * The smallest stand-in for nginx in front of several instances: each request goes to the next
 * instance in turn, loopback only. Enough to show that a visitor who lands on any instance sees
 * the same thing.
 */
export function startRoundRobinProxy(port: number, targets: string[]): Promise<RoundRobinProxy> {
  let next = 0
  const server = http.createServer((request, response) => {
    const target = new URL(targets[next++ % targets.length])
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, 'x-forwarded-for': request.socket.remoteAddress ?? '127.0.0.1' },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' })
      response.end(`proxy: ${String(error)}`)
    })
    request.pipe(upstream)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      }),
    )
  })
}
