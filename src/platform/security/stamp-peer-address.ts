import http from 'node:http'
import { PEER_ADDRESS_HEADER } from './client-ip'

const STAMPED = Symbol.for('site.peerAddressStamp')

/**
 * Writes the connection's address into PEER_ADDRESS_HEADER on every request, before Next sees it,
 * over anything the client sent under that name. Installed on every HTTP server of this process,
 * once, from src/instrumentation.ts.
 */
export function stampPeerAddresses() {
  const prototype = http.Server.prototype as http.Server & { [STAMPED]?: boolean }
  if (prototype[STAMPED]) return
  prototype[STAMPED] = true
  const emit = prototype.emit
  prototype.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args)
  } as typeof prototype.emit
}
