'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The account form's 当前密码: a masked input (never sent back by the server), needed when the
 * password or e-mail is changed, in the account view and in an administrator's edit of a colleague.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={{ ...field, required: false }} path={path ?? field.name} />
)
