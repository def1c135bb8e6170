import type { Payload } from 'payload'
import { DEFAULT_SYNONYMS, parseSynonyms, type SynonymEntry, type SynonymRow } from '@/features/search/rules'

/** The staff-kept synonym list (搜索同义词); the starting list until the settings were first saved. */
export async function readSynonyms(payload: Payload): Promise<SynonymEntry[]> {
  const settings = (await payload
    .findGlobal({ slug: 'search-settings', depth: 0, overrideAccess: true })
    .catch(() => ({}))) as { synonyms?: SynonymRow[] | null }
  return parseSynonyms(Array.isArray(settings.synonyms) ? settings.synonyms : DEFAULT_SYNONYMS)
}
