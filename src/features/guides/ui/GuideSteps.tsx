import { textIn, type Script } from '@/platform/site-shell/chinese-script'
import { PageSection } from '@/platform/site-shell/ui/PageSection'

type Step = { id?: string | null; title: string; detail?: string | null }

/** 办理流程: numbered steps, each a short title and what happens. */
export function GuideSteps({ script, steps }: { script: Script; steps: Step[] }) {
  const t = textIn(script)
  return (
    <PageSection script={script} id="steps-title" heading="办理流程">
      <ol className="guide-steps">
        {steps.map((step, i) => (
          <li key={step.id ?? i}>
            <strong>{t(step.title)}</strong>
            {step.detail ? <p>{t(step.detail)}</p> : null}
          </li>
        ))}
      </ol>
    </PageSection>
  )
}
