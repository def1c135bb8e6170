import type { FieldHook } from 'payload'
import { maskForStaff } from '@/features/feedback/rules/personal-data/personal-data'
import { hasRole } from '@/platform/access/roles'

/**
 * Staff screens and staff API answers show a message with the personal details it holds masked
 * (138****8000, 刘*, 人民南路****); the full text is one audited press of 显示联系方式和原文 away
 * (endpoints/revealContact.ts). The resident reading their own message sees it as written.
 * Only reads made with the staff member's own access are masked: the server's reads
 * (overrideAccess), among them the copy of the stored document every save starts from, see the
 * text as stored, so a save never writes the masked text back.
 */
export const maskMessageForStaff: FieldHook = ({ value, req, overrideAccess }) =>
  typeof value === 'string' && overrideAccess === false && hasRole(req.user, 'admin', 'handler', 'editor', 'reviewer')
    ? maskForStaff(value)
    : value
