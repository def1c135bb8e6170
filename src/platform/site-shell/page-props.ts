/** A query string as Next hands it to a page. */
export type SearchParams = Record<string, string | string[] | undefined>

/**
 * What Next hands a public page under /[script]: its route segments (`script`, and those named by
 * `Segments`, e.g. `{ slug: string }`) and its query string.
 */
export type PublicPageProps<Segments extends Record<string, string> = Record<never, never>> = {
  params: Promise<{ script: string } & Segments>
  searchParams: Promise<SearchParams>
}
