/**
 * API addresses Payload registers for every collection but answers with a 500 where the feature is
 * off: the version history of a collection or global that keeps none, and the e-mail verification
 * link of an account collection that does not verify addresses (its token column does not exist).
 */
export type ApiShape = {
  collections: { slug: string; versions: boolean; verify: boolean }[]
  globals: { slug: string; versions: boolean }[]
}

export const NO_VERSIONS_MESSAGE = '该内容不保留历史版本。'
export const NO_VERIFICATION_MESSAGE = '本站不通过邮件链接验证账号，请联系管理员。'

const COLLECTION_VERSIONS = /^\/api\/([^/]+)\/versions(\/|$)/
const GLOBAL_VERSIONS = /^\/api\/globals\/([^/]+)\/versions(\/|$)/
const VERIFY = /^\/api\/([^/]+)\/verify(\/|$)/

/** The Chinese 404 message for such an address, or null. */
export function unsupportedRoute(pathname: string, shape: ApiShape): string | null {
  const global = GLOBAL_VERSIONS.exec(pathname)
  if (global) {
    const found = shape.globals.find((entry) => entry.slug === global[1])
    return found && !found.versions ? NO_VERSIONS_MESSAGE : null
  }
  const versions = COLLECTION_VERSIONS.exec(pathname)
  if (versions) {
    const found = shape.collections.find((entry) => entry.slug === versions[1])
    return found && !found.versions ? NO_VERSIONS_MESSAGE : null
  }
  const verify = VERIFY.exec(pathname)
  if (verify) {
    const found = shape.collections.find((entry) => entry.slug === verify[1])
    return found && !found.verify ? NO_VERIFICATION_MESSAGE : null
  }
  return null
}
