export const deskListPath = (adminRoute: string, queue?: string) => `${adminRoute}/disclosure-desk${queue ? `?queue=${encodeURIComponent(queue)}` : ''}`
export const applicationDeskPath = (adminRoute: string, id: string | number) => `${adminRoute}/collections/disclosure-applications/${id}/desk`
