import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  /** The breadcrumb: the list it belongs to, then this view. */
  nav: { label: string; url?: string }[]
  title: string
  children: ReactNode
}

/** The admin's own frame (navigation, breadcrumb, heading) around one of our custom admin views. */
export function AdminViewShell({ initPageResult, params, searchParams, nav, title, children }: Props) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={nav} />
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
