import { textIn, type Script } from '@/platform/site-shell/chinese-script'

export type Task = { href: string; label: string }

/** The big links to what readers come to do; labels in Simplified. */
export function TaskList({ script, tasks, label }: { script: Script; tasks: Task[]; label?: string }) {
  const t = textIn(script)
  return (
    <ul className="task-list" aria-label={label ? t(label) : undefined}>
      {tasks.map((task) => (
        <li key={task.href}>
          <a className="task-list__link" href={task.href}>
            {t(task.label)}
          </a>
        </li>
      ))}
    </ul>
  )
}
