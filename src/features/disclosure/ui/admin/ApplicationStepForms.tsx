import { ANSWER_TYPES, DEFAULT_CORRECTION_DAYS, MAX_CORRECTION_DAYS, MAX_EXTENSION_DAYS, reasonsFor, type AnswerType, type StepKind } from '@/features/disclosure/rules'

type Props = { id: string | number; steps: StepKind[]; returnTo: string }

function StepForm({ id, step, returnTo, title, primary, children }: { id: string | number; step: StepKind; returnTo: string; title: string; primary?: boolean; children?: React.ReactNode }) {
  const formId = `step-${step}-${title.length}`
  return (
    <form method="post" action={`/api/disclosure-applications/${id}/steps/${step}`} className="disclosure-step" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{title}</h3>
      <input type="hidden" name="returnTo" value={returnTo} />
      {children}
      <div>
        <button type="submit" className={`btn ${primary ? 'btn--style-primary' : 'btn--style-secondary'} btn--size-small`}>{title}</button>
      </div>
    </form>
  )
}

const Text = ({ name, label, id, rows = 3, required = true }: { name: string; label: string; id: string; rows?: number; required?: boolean }) => (
  <>
    <label htmlFor={id}>{label}{required ? '（必填）' : ''}</label>
    <textarea id={id} name={name} rows={rows} required={required} maxLength={5000} />
  </>
)

function AnswerForm({ id, type, returnTo }: { id: string | number; type: AnswerType; returnTo: string }) {
  const label = ANSWER_TYPES.find((t) => t.value === type)!.label
  const reasons = reasonsFor(type)
  const p = `answer-${type}`
  return (
    <StepForm id={id} step="answer" returnTo={returnTo} title={`答复：${label}`} primary={type === 'disclosed'}>
      <input type="hidden" name="type" value={type} />
      {type === 'disclosed' || type === 'partly-disclosed' ? <Text name="provided" id={`${p}-provided`} label="公开的信息内容，或者获取的时间、地点和方式" rows={5} /> : null}
      {type === 'partly-disclosed' ? <Text name="withheldPart" id={`${p}-withheld`} label="不予公开的部分" /> : null}
      {reasons.length > 0 ? (
        <>
          <label htmlFor={`${p}-reason`}>{type === 'referred' ? '告知类型' : type === 'withheld' || type === 'partly-disclosed' ? '不予公开的法律依据' : '理由类别'}（必填）</label>
          <select id={`${p}-reason`} name="reason" required defaultValue="">
            <option value="" disabled>请选择</option>
            {reasons.map((r) => <option key={r.value} value={r.value}>{r.label}（{r.basis}）</option>)}
          </select>
        </>
      ) : null}
      {type === 'referred' ? <Text name="otherBody" id={`${p}-body`} label="负责公开的机关名称和联系方式（告知向其他机关申请时必填）" rows={2} required={false} /> : null}
      {type !== 'disclosed' ? <Text name="explanation" id={`${p}-explanation`} label="结合本申请说明理由" /> : null}
    </StepForm>
  )
}

/** The legal next steps of an application, each its own small form and button (no JavaScript needed). */
export function ApplicationStepForms({ id, steps, returnTo }: Props) {
  return (
    <>
      {steps.includes('answer') ? ANSWER_TYPES.map((t) => <AnswerForm key={t.value} id={id} type={t.value} returnTo={returnTo} />) : null}
      {steps.includes('request-correction') ? (
        <StepForm id={id} step="request-correction" returnTo={returnTo} title="告知补正（答复期限中止）">
          <Text name="what" id="correction-what" label="需要补正的事项（一次性告知：哪些内容不明确、应当怎样补充）" />
          <label htmlFor="correction-days">补正期限（工作日）</label>
          <input id="correction-days" name="days" type="number" min={1} max={MAX_CORRECTION_DAYS} defaultValue={DEFAULT_CORRECTION_DAYS} inputMode="numeric" />
        </StepForm>
      ) : null}
      {steps.includes('extend') ? (
        <StepForm id={id} step="extend" returnTo={returnTo} title="延长答复期限">
          <label htmlFor="extend-days">延长的工作日（1 至 {MAX_EXTENSION_DAYS}，只能延长一次）（必填）</label>
          <input id="extend-days" name="days" type="number" min={1} max={MAX_EXTENSION_DAYS} required inputMode="numeric" />
          <label htmlFor="extend-approver">批准的政府信息公开工作机构负责人（必填）</label>
          <input id="extend-approver" name="approvedBy" type="text" maxLength={60} required />
          <Text name="reason" id="extend-reason" label="延长的理由（将写入答复书）" />
        </StepForm>
      ) : null}
      {steps.includes('record-correction') ? (
        <StepForm id={id} step="record-correction" returnTo={returnTo} title="登记申请人的补正（纸质或当面提交的）" primary>
          <Text name="text" id="correction-text" label="补正的内容" rows={5} />
        </StepForm>
      ) : null}
      {steps.includes('lapse') ? (
        <StepForm id={id} step="lapse" returnTo={returnTo} title="视为放弃申请（逾期未补正）">
          <p>补正期限已过，申请人没有补正。</p>
        </StepForm>
      ) : null}
    </>
  )
}
