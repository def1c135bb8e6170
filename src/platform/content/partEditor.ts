import { HeadingFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * The editor of a part of a page that has its own fixed heading (h2): paragraphs, lists, links
 * and h3 subheadings; no images or links to documents. The 公开指南's parts and the annual
 * report's written sections use it.
 */
export const partEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'heading' && feature.key !== 'upload' && feature.key !== 'relationship'),
    HeadingFeature({ enabledHeadingSizes: ['h3'] }),
  ],
})
