// GB 32100-2015: 18 characters from this alphabet (no I, O, S, V, Z), the last a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** Whether a 统一社会信用代码 is well formed and its check character right. */
export function isCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase()
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]) * WEIGHTS[i]
  return ALPHABET[(31 - (sum % 31)) % 31] === code[17]
}
