import { isSitePath, normalisePath } from '@/platform/publishing/rules/retirement'
import { SECTION_PATHS } from '@/platform/publishing/withdrawal/public-address'

/** Only the address of a content page may be previewed: /policies/<slug>, /stations/<key>, … */
export function previewPath(value: string | null): string | null {
  if (!isSitePath(value)) return null
  const path = normalisePath(value)
  return SECTION_PATHS.some((section) => path.startsWith(`${section}/`) && path.length > section.length + 1) ? path : null
}
