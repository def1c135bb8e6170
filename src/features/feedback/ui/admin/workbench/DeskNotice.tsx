type Props = { searchParams?: Record<string, unknown> }

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : Array.isArray(value) ? String(value[0]).slice(0, 500) : '')

/** What the last desk step answered (the endpoint redirects back with `done` or `refused`). */
export function DeskNotice({ searchParams }: Props) {
  const done = text(searchParams?.done)
  const refused = text(searchParams?.refused)
  if (refused) {
    return (
      <p role="alert" className="workbench-notice workbench-notice--refused">
        未能办理：{refused}
      </p>
    )
  }
  if (done) {
    return (
      <p role="status" className="workbench-notice workbench-notice--done">
        {done}
      </p>
    )
  }
  return null
}
