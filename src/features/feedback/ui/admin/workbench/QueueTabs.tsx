import { WORKBENCH_QUEUES, type WorkbenchQueue } from '@/features/feedback/rules/workbench'
import { workbenchHref } from './workbench-paths'

type Props = { adminRoute: string; current: WorkbenchQueue; counts: Record<WorkbenchQueue, number> }

/** The six queues as links, each with its count; the current one is marked for screen readers. */
export function QueueTabs({ adminRoute, current, counts }: Props) {
  return (
    <nav aria-label="留言队列" className="workbench-tabs">
      <ul>
        {WORKBENCH_QUEUES.map((queue) => (
          <li key={queue.key}>
            <a
              href={workbenchHref(adminRoute, { queue: queue.key })}
              aria-current={queue.key === current ? 'page' : undefined}
              title={queue.hint}
              className={queue.key === current ? 'workbench-tab workbench-tab--current' : 'workbench-tab'}
            >
              {queue.label} <span className="workbench-count">{counts[queue.key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
