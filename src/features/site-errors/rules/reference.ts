/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A report's number, e.g. ZC20261203-7K3Q: the Beijing day it arrived and four random characters. */
export function errorReportReference(day: string, randomBytes: (n: number) => Uint8Array): string {
  const suffix = [...randomBytes(4)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')
  return `ZC${day.replaceAll('-', '')}-${suffix}`
}
