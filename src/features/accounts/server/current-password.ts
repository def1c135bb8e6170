import type { PayloadRequest } from 'payload'
import { refusal } from '@/platform/errors/refusal'
import { passwordMatches } from './password-hash'

/**
 * A change of password or e-mail made by a signed-in staff member needs that person's current
 * password: their own when changing their own account, the administrator's when changing someone
 * else's. System work (seed, commands, hooks without a user) is not asked.
 */
export async function assertCurrentPassword(req: PayloadRequest, currentPassword: unknown) {
  const user = req.user
  if (!user || user.collection !== 'users') return
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    throw refusal('修改密码或电子邮箱时，请在“当前密码”一栏填写您自己的登录密码以确认身份。', 400)
  }
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: user.id } }, req })
  if (!stored || !(await passwordMatches(stored, currentPassword))) {
    throw refusal('“当前密码”不正确，没有保存任何修改。请填写您自己的登录密码。', 400)
  }
}
