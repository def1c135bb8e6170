import type { CollectionConfig, Endpoint } from 'payload'

/** The parts a workflow module adds to a public content collection. */
export type WorkflowPart = {
  fields?: CollectionConfig['fields']
  /** Placed before the collection's own fields (first in the sidebar). */
  leadingFields?: CollectionConfig['fields']
  hooks?: CollectionConfig['hooks']
  versions?: (versions: CollectionConfig['versions']) => CollectionConfig['versions']
  access?: (access: CollectionConfig['access']) => CollectionConfig['access']
  admin?: (admin: CollectionConfig['admin']) => CollectionConfig['admin']
  endpoints?: (slug: string) => Endpoint[]
}
