import { isSitePath, normalisePath } from '../../domain/publishing/retirement'
import { SECTION_PATHS } from '../withdrawal/public-address'

/** Only the address of a content page may be previewed: /policies/<slug>, /stations/<key>, … */
export function previewPath(value: string | null): string | null {
  if (!isSitePath(value)) return null
  const path = normalisePath(value)
  return SECTION_PATHS.some((section) => path.startsWith(`${section}/`) && path.length > section.length + 1) ? path : null
}
