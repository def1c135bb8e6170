import { ERROR_REPORT_OUTCOMES, type ERROR_REPORT_STEPS } from '@/features/site-errors/rules'

type Props = { step: (typeof ERROR_REPORT_STEPS)[number]; id: string | number; returnTo: string }

/** One legal next step as its own small form and button: posts to the desk endpoint, comes back here. */
export function ErrorReportStepForm({ step, id, returnTo }: Props) {
  const prefix = `step-${step.key}`
  return (
    <form method="post" action={`/api/site-error-reports/${id}/actions/${step.key}`} className="error-desk__step" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{step.label}</h3>
      <p>{step.hint}</p>
      <input type="hidden" name="returnTo" value={returnTo} />
      {step.key === 'answer' ? (
        <>
          <label htmlFor={`${prefix}-outcome`}>核实结果（必填）</label>
          <select id={`${prefix}-outcome`} name="outcome" required defaultValue="">
            <option value="" disabled>
              请选择
            </option>
            {ERROR_REPORT_OUTCOMES.map((outcome) => (
              <option key={outcome.value} value={outcome.value}>
                {outcome.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${prefix}-answer`}>答复内容（必填）</label>
          <textarea id={`${prefix}-answer`} name="answer" rows={5} maxLength={2000} required />
        </>
      ) : (
        <>
          <label htmlFor={`${prefix}-reason`}>不予处理的理由（必填）</label>
          <textarea id={`${prefix}-reason`} name="dismissReason" rows={3} maxLength={500} required />
        </>
      )}
      <div>
        <button type="submit" className={`btn ${step.key === 'answer' ? 'btn--style-primary' : 'btn--style-secondary'} btn--size-small`}>
          {step.label}
        </button>
      </div>
    </form>
  )
}
