import type { CollectionConfig, Endpoint } from 'payload'

/** The parts a workflow module adds to a public content collection. */
export type WorkflowPart = {
  fields?: CollectionConfig['fields']
  hooks?: CollectionConfig['hooks']
  versions?: (versions: CollectionConfig['versions']) => CollectionConfig['versions']
  access?: (access: CollectionConfig['access']) => CollectionConfig['access']
  admin?: (admin: CollectionConfig['admin']) => CollectionConfig['admin']
  endpoints?: (slug: string) => Endpoint[]
}
