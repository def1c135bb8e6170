import crypto from 'node:crypto'

// TOTP secrets are kept encrypted (AES-256-GCM) with a key derived from PAYLOAD_SECRET, so a copy
// of the database alone cannot produce codes.
const key = () => crypto.createHash('sha256').update(`totp-secret:${process.env.PAYLOAD_SECRET ?? ''}`).digest()

export function sealSecret(plain: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

export function openSecret(sealed: string | null | undefined): string | null {
  if (!sealed) return null
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || !body) return null
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
