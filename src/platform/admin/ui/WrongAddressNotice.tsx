import { acceptedOrigins, serverUrl } from '@/platform/site-shell/server-url'
import { WrongAddressWarning } from './WrongAddressWarning'

/**
 * Above the login form and at the top of every admin page: the origins at which the staff cookie
 * counts (SERVER_URL and ADMIN_ALIASES). At any other address every save would be refused, so the
 * page says at once which address to use.
 */
export function WrongAddressNotice() {
  return <WrongAddressWarning accepted={acceptedOrigins()} preferred={serverUrl()} />
}
