export function serverUrl(): string {
  return (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

/** Loopback address of this very server (`next start` sets PORT), for the proxy's own requests. */
export function ownOrigin(): string {
  return process.env.INTERNAL_SERVER_URL || `http://127.0.0.1:${process.env.PORT || 3000}`
}

/**
 * The origins staff may use for the admin: SERVER_URL and the comma-separated ADMIN_ALIASES (e.g.
 * the office's intranet name). Payload accepts the staff cookie only from these (its `csrf` list),
 * and the admin says which address to use on any other (platform/admin/ui/WrongAddressNotice).
 */
export function acceptedOrigins(): string[] {
  const origins = [serverUrl(), ...(process.env.ADMIN_ALIASES ?? '').split(',')].flatMap((value) => {
    try {
      return value.trim() ? [new URL(value.trim()).origin] : []
    } catch {
      return []
    }
  })
  return [...new Set(origins)]
}
