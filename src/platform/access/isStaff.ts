import type { PayloadRequest } from 'payload'

export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  Boolean(user && user.collection === 'users')
