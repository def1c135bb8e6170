// In production a real secret is required: a default would let anyone forge staff sessions.
const DEVELOPMENT_SECRET = 'development-only-secret-change-me'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example).')
  }
  return DEVELOPMENT_SECRET
}
