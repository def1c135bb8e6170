import type { TextCase } from './types'

/** Fields far over every limit a form or API sets. */
export const oversized: TextCase[] = [
  { name: 'oversized-5001-chars', value: '多'.repeat(5001) },
  { name: 'oversized-60k-chars', value: '长'.repeat(60_000) },
  { name: 'oversized-200k-ascii', value: 'A'.repeat(200_000) },
  { name: 'oversized-1m-ascii', value: 'B'.repeat(1_000_000) },
  { name: 'oversized-long-word', value: 'x'.repeat(30_000) },
  { name: 'oversized-many-lines', value: '行\n'.repeat(20_000) },
  { name: 'oversized-deep-brackets', value: '['.repeat(10_000) + ']'.repeat(10_000) },
  { name: 'oversized-many-params', value: Array.from({ length: 3000 }, (_, i) => `k${i}=v`).join('&') },
]
