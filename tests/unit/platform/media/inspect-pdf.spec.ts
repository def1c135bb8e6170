import { describe, expect, it } from 'vitest'
import { inspectPdf } from '@/platform/media/inspect-pdf'
import { minimalPdf } from '../../../fixtures/minimal-pdf'

describe('inspectPdf', () => {
  it('keeps a plain PDF', async () => {
    expect(await inspectPdf(minimalPdf())).toBe('ok')
    expect(await inspectPdf(minimalPdf('/OpenAction [2 0 R /Fit] '))).toBe('ok')
  })

  it('refuses scripts, XFA forms, launch, submit-form and web-address actions', async () => {
    const cases = {
      javascript: minimalPdf('/Names << /JavaScript 3 0 R >> ', ['<< /S /JavaScript /JS (app.alert(1)) >>']),
      xfa: minimalPdf('/AcroForm << /Fields [] /XFA 3 0 R >> ', ['<< /Length 0 >>']),
      launch: minimalPdf('', ['<< /Type /Annot /Subtype /Link /A << /S /Launch /F (cmd.exe) >> >>']),
      submitForm: minimalPdf('', ['<< /Type /Annot /Subtype /Widget /A << /S /SubmitForm /F (http://evil.example/) >> >>']),
      uri: minimalPdf('', ['<< /Type /Annot /Subtype /Link /A << /S /URI /URI (http://evil.example/) >> >>']),
      escapedUri: minimalPdf('', ['<< /Type /Annot /Subtype /Link /A << /S /U#52I /U#52I (http://evil.example/) >> >>']),
    }
    for (const [name, bytes] of Object.entries(cases)) expect({ name, verdict: await inspectPdf(bytes) }).toEqual({ name, verdict: 'unsafe' })
  })
})
