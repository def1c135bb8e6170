import { FIELD_LABELS, type CopyFlag, type FlagConfirmation } from '@/features/moderation/rules'
import { flaggedSegments } from './flagged-text'

type Props = {
  texts: Record<string, string>
  flags: readonly CopyFlag[]
  confirmations: readonly FlagConfirmation[]
}

const markStyle = { backgroundColor: '#ffe066', color: '#1a1a1a', padding: '0 0.1em' }
const textStyle = { whiteSpace: 'pre-wrap' as const, margin: '0 0 1rem', lineHeight: 1.7 }

/**
 * The copy as it was last saved, each span the detector flagged marked, with why it was flagged
 * (and, once approved, why it was kept), so the reviewer reads the copy and the flags together.
 */
export function FlaggedTexts({ texts, flags, confirmations }: Props) {
  return (
    <>
      {Object.entries(texts).map(([field, text]) => (
        <div key={field}>
          <h3 style={{ margin: '0 0 0.25rem', fontSize: '1rem' }}>{FIELD_LABELS[field] ?? field}</h3>
          <p className="copy-desk__text" data-field={field} style={textStyle}>
            {text
              ? flaggedSegments(text, flags.filter((flag) => flag.field === field), confirmations).map((segment, i) =>
                  segment.flag ? (
                    <span key={i} className="copy-desk__flag">
                      <mark style={markStyle}>{segment.text}</mark>
                      <small>
                        「{segment.flag.reason}」{segment.keptBecause ? `已确认不是个人信息：${segment.keptBecause}` : ''}
                      </small>
                    </span>
                  ) : (
                    segment.text
                  ),
                )
              : '（未填写）'}
          </p>
        </div>
      ))}
    </>
  )
}
