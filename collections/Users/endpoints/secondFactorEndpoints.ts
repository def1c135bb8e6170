import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { confirmSecondFactorSetup, resetSecondFactor, startSecondFactorSetup } from '@/features/accounts/server/second-factor'

const answer = async (req: PayloadRequest, run: () => Promise<unknown>) => {
  try {
    return Response.json(await run())
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    if (status === 500) req.payload.logger.error({ err: error, msg: 'second-factor endpoint failed' })
    return Response.json({ errors: [{ message: status === 500 ? '操作没有完成，请稍后再试。' : (error as Error).message }] }, { status })
  }
}

const bodyOf = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}

/** /api/users/second-factor/{start,confirm} for oneself, /api/users/:id/second-factor/reset for admins. */
export const secondFactorEndpoints: Endpoint[] = [
  { path: '/second-factor/start', method: 'post', handler: (req) => answer(req, () => startSecondFactorSetup(req)) },
  { path: '/second-factor/confirm', method: 'post', handler: (req) => answer(req, async () => confirmSecondFactorSetup(req, (await bodyOf(req)).code)) },
  {
    path: '/:id/second-factor/reset',
    method: 'post',
    handler: (req) => answer(req, async () => {
      await resetSecondFactor(req, String(req.routeParams?.id ?? ''))
      return { message: '已重置动态验证码。' }
    }),
  },
]
