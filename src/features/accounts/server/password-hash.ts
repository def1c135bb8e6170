import crypto from 'node:crypto'

// Payload 3.90's stored format: "pbkdf2-sha256-v1:<hex>" (600,000 rounds, 32 bytes), or the
// legacy bare hex (25,000 rounds, 512 bytes). Checked here to re-ask the current password and to
// spend the same time on unknown accounts as on known ones.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

const pbkdf2 = (password: string, salt: string, rounds: number, bytes: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, rounds, bytes, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )

/** True when `password` is the one stored as `hash` + `salt`. */
export async function passwordMatches(stored: { hash?: unknown; salt?: unknown }, password: unknown): Promise<boolean> {
  if (typeof password !== 'string' || typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await pbkdf2(password.slice(0, 1024), stored.salt, current ? 600_000 : 25_000, current ? 32 : 512)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const DUMMY = { salt: crypto.randomBytes(32).toString('hex'), hash: `${CURRENT_PREFIX}${'0'.repeat(64)}` }

/** The work of one password check against nothing: an unknown account answers in the same time. */
export async function spendPasswordCheckTime(password: unknown): Promise<void> {
  await passwordMatches(DUMMY, typeof password === 'string' ? password : '')
}
