/** Where the workbench and a message's desk live in the admin. */
export const workbenchPath = (adminRoute: string) => `${adminRoute}/feedback-workbench`
export const deskPath = (adminRoute: string, id: string | number) => `${adminRoute}/collections/feedback/${id}/desk`

/** The workbench address for some filters, keeping the others. */
export function workbenchHref(adminRoute: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value))
  const text = query.toString()
  return `${workbenchPath(adminRoute)}${text ? `?${text}` : ''}`
}
