/**
 * What the admin keeps in the browser of an edit that was not saved (a refused save, a closed tab,
 * a lost connection), so staff can put it back: only what was typed, for public content only
 * (never residents' messages), for a week. Pure: the admin's UnsavedEditsKeeper calls it.
 */

export type FieldValues = Record<string, unknown>
/** The form's state per field path: what is shown, and what the server last gave. */
export type FormFieldStates = Record<string, { value?: unknown; initialValue?: unknown; rows?: unknown } | undefined>

export type UnsavedEdits = {
  /** When the browser last wrote the copy. */
  keptAt: string
  /** The document's updatedAt when the edit began: a later save by anyone is worth a warning. */
  documentUpdatedAt: string | null
  values: FieldValues
}

export const UNSAVED_EDITS_DAYS = 7
const DAY_MS = 86_400_000

/** Recorded by the server or the desk, never typed: not kept. */
const NOT_TYPED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'deskState', 'submittedBy', 'submittedAt', 'reviewedBy', 'approvedBy'])

export const unsavedEditsKey = (collection: string, id: string | number | null | undefined) => `unsaved-edits:${collection}:${id ?? 'new'}`

const isRichText = (value: unknown) => typeof value === 'object' && value !== null && 'root' in value

/** A value staff type: text, a number, a choice, or a rich-text document. */
function isTypedValue(value: unknown) {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isRichText(value)
}

/** JSON with keys in order: PostgreSQL may give back a rich-text document's keys in another order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** Empty text and no value are the same thing to the person typing. */
const blank = (value: unknown) => value === '' || value === null || value === undefined

/**
 * The typed values that differ from what the server last gave the form (on opening, and again
 * after every save that went through): what would be lost if the page went away now.
 */
export function editedValues(fields: FormFieldStates): FieldValues {
  const edited: FieldValues = {}
  for (const [path, field] of Object.entries(fields)) {
    // An array's or blocks' own value is its row count: its rows' fields are kept one by one.
    if (!field || NOT_TYPED.has(path.split('.')[0]) || Array.isArray(field.rows)) continue
    const { value, initialValue } = field
    if (!isTypedValue(value) && !(blank(value) && !blank(initialValue))) continue
    if (blank(value) && blank(initialValue)) continue
    if (canonical(value) !== canonical(initialValue)) edited[path] = value ?? ''
  }
  return edited
}

/** The kept copy, if it is one and younger than a week. */
export function readUnsavedEdits(text: string | null, now: Date): UnsavedEdits | null {
  if (!text) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { keptAt, documentUpdatedAt, values } = parsed as Partial<UnsavedEdits>
  if (typeof keptAt !== 'string' || Number.isNaN(Date.parse(keptAt))) return null
  if (now.getTime() - Date.parse(keptAt) > UNSAVED_EDITS_DAYS * DAY_MS) return null
  if (typeof values !== 'object' || values === null || Object.keys(values).length === 0) return null
  return { keptAt, documentUpdatedAt: typeof documentUpdatedAt === 'string' ? documentUpdatedAt : null, values }
}

/** Whether someone saved the document after this edit began (restoring would overwrite that). */
export function savedSince(edits: UnsavedEdits, documentUpdatedAt: string | null | undefined): boolean {
  return Boolean(edits.documentUpdatedAt && documentUpdatedAt && Date.parse(documentUpdatedAt) > Date.parse(edits.documentUpdatedAt))
}

export type RestoreStep = { path: string; value: unknown; remount: boolean }

/**
 * How to put the kept values back into the form: only into fields the form has now (a row removed
 * since cannot take its text back); a rich-text editor is given the value as its starting value
 * too, which is what makes it show it.
 */
export function restoreSteps(edits: UnsavedEdits, formPaths: Iterable<string>): { steps: RestoreStep[]; skipped: number } {
  const present = new Set(formPaths)
  const steps = Object.entries(edits.values)
    .filter(([path]) => present.has(path))
    .map(([path, value]) => ({ path, value, remount: isRichText(value) }))
  return { steps, skipped: Object.keys(edits.values).length - steps.length }
}
