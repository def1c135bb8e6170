import { GUIDE_PARTS, type GuidePartName } from '@/features/open-government-hub/rules'
import type { Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'
import { RichTextBody } from '@/platform/site-shell/ui/RichTextBody'

type Props = { script: Script; guide: Partial<Record<GuidePartName, unknown>> }

/** The guide's parts in their fixed order, each under its own heading. */
export function GuideParts({ script, guide }: Props) {
  return (
    <>
      {GUIDE_PARTS.map((part) => (
        <PageSection key={part.name} script={script} id={`guide-${part.name}`} heading={part.heading}>
          <RichTextBody data={guide[part.name]} script={script} className="content-body" />
        </PageSection>
      ))}
    </>
  )
}
