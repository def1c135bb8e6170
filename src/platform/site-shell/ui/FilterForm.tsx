import type { ReactNode } from 'react'
import { textIn, type Script } from '@/platform/site-shell/chinese-script'

/*
 * The pieces of the public filter and search forms: plain GET forms, so they work without
 * JavaScript and the filtered address can be bookmarked. Texts are given in Simplified and
 * converted here for the reader's script.
 */

type FormProps = { script: Script; action: string; label?: string; search?: boolean; children: ReactNode }

/** `search`: the form is a search landmark (all are but the 留言选登 kind filter). */
export function FilterForm({ script, action, label, search = true, children }: FormProps) {
  return (
    <form
      className="filter-form"
      method="get"
      action={action}
      role={search ? 'search' : undefined}
      aria-label={label ? textIn(script)(label) : undefined}
    >
      {children}
    </form>
  )
}

type FoldProps = { script: Script; label: string; open: boolean; chosen?: string[]; children: ReactNode }

/**
 * Folds a filter form away on the list pages so results come first on a phone: a `<details>`
 * (works without JavaScript), open while filters are in use, its summary naming what is chosen.
 */
export function FilterFold({ script, label, open, chosen = [], children }: FoldProps) {
  const t = textIn(script)
  return (
    <details className="filter-fold" open={open}>
      <summary>
        <span className="filter-fold__label">{t(label)}</span>
        {chosen.length > 0 ? <span className="filter-fold__chosen">{t(`已选：${chosen.join('、')}`)}</span> : null}
      </summary>
      {children}
    </details>
  )
}

type FieldProps = { script: Script; id: string; label: string; wide?: boolean; children: ReactNode }

/** A labelled field around the control given as children. */
export function FilterField({ script, id, label, wide, children }: FieldProps) {
  return (
    <div className={wide ? 'filter-form__field filter-form__field--wide' : 'filter-form__field'}>
      <label htmlFor={id}>{textIn(script)(label)}</label>
      {children}
    </div>
  )
}

type SearchProps = {
  script: Script
  id: string
  label: string
  value: string
  maxLength: number
  placeholder?: string
  /** A line under the box that the box is described by. */
  hint?: { id: string; text: string }
}

/** The free-text box (`q`), a whole row wide. */
export function FilterSearch({ script, id, label, value, maxLength, placeholder, hint }: SearchProps) {
  const t = textIn(script)
  return (
    <FilterField script={script} id={id} label={label} wide>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={value}
        maxLength={maxLength}
        placeholder={placeholder ? t(placeholder) : undefined}
        aria-describedby={hint?.id}
      />
      {hint ? (
        <p id={hint.id} className="hint">
          {t(hint.text)}
        </p>
      ) : null}
    </FilterField>
  )
}

export type FilterOption = { value: string; label: string }

type SelectProps = {
  script: Script
  id: string
  name: string
  label: string
  /** The first, empty choice, e.g. 全部主题: chosen, the filter is off. */
  all: string
  value?: string
  options: readonly FilterOption[]
}

export function FilterSelect({ script, id, name, label, all, value, options }: SelectProps) {
  const t = textIn(script)
  return (
    <FilterField script={script} id={id} label={label}>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{t(all)}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
    </FilterField>
  )
}

/** The submit button, then what children add (a link that clears the filters). */
export function FilterActions({ script, submit, children }: { script: Script; submit: string; children?: ReactNode }) {
  return (
    <div className="filter-form__actions">
      <button type="submit" className="button">
        {textIn(script)(submit)}
      </button>
      {children}
    </div>
  )
}

/** The 清除条件 link back to the unfiltered list. */
export function ClearFilters({ script, href }: { script: Script; href: string }) {
  return (
    <a href={href} className="filter-form__clear">
      {textIn(script)('清除条件')}
    </a>
  )
}
