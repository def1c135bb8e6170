import type { Script } from '@/lib/chinese-script'

export type Withdrawal = { withdrawn?: boolean | null; withdrawnAt?: string | null; reason?: string | null }

/** The banner on a withdrawn page with its public reason (being written by the withdrawal workflow). */
export function WithdrawalBanner(_props: { withdrawal?: Withdrawal | null; script: Script }) {
  return null
}
