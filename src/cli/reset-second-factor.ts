import os from 'node:os'
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { resetSecondFactorFromConsole } from '@/features/accounts/server/second-factor'

// `npm run accounts:reset-factor -- <e-mail>`: turns off a staff member's second factor and starts
// a new grace period, when no administrator can sign in to do it in the admin (动态验证码 → 重置).
const email = process.argv[2]
if (!email) {
  console.error('用法 usage: npm run accounts:reset-factor -- <电子邮箱 e-mail>')
  process.exit(2)
}
try {
  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  await resetSecondFactorFromConsole(req, email, os.userInfo().username)
  console.log(`已重置 ${email} 的动态验证码 second factor reset: the account signs in with its password and must set a new code up within the grace period; its sessions have ended.`)
  process.exit(0)
} catch (error) {
  console.error(`重置失败 reset failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
