import { APIError } from 'payload'

/**
 * An error whose message the resident or staff member should read, in Chinese, on every path.
 * In a production build this file's copy of APIError is bundled and minified, so its class name
 * (which Payload's error formatter relies on to pass the message through) can be empty; naming
 * it explicitly keeps the message from becoming "An unknown error occurred.".
 */
export function refusal(message: string, status = 400): Error {
  const error = new APIError(message, status, undefined, true)
  error.name = 'APIError'
  return error
}
