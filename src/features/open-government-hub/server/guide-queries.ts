import { cache } from 'react'
import { pageBySlug } from '@/platform/content/content-queries'
import { VISITOR, type PageReader } from '@/platform/publishing/preview/visitor'
import type { OpenGovernmentPageKey } from '@/features/open-government-hub/rules'

/** One fixed open-government page (the 公开指南) as its reader may see it: published, or staff's draft in preview. */
export const getOpenGovernmentPage = cache((key: OpenGovernmentPageKey, reader: PageReader = VISITOR) => pageBySlug('open-government-pages', key, reader))
