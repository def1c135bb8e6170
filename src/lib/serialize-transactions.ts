import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

const WAIT_LIMIT_MS = 15_000

/** A first-come, first-served lock with a time limit, so a stuck holder cannot hang everyone. */
function createLock() {
  let tail: Promise<void> = Promise.resolve()
  return async function acquire(): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = tail
    tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database busy: waited too long for a write transaction')), WAIT_LIMIT_MS)
    })
    try {
      await Promise.race([previous, timedOut])
    } catch (error) {
      release()
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }
}

/**
 * SQLite allows one writer at a time, and libsql opens each transaction on a fresh connection
 * without the busy timeout, so two residents submitting at once would see "database is locked".
 * For the single-instance SQLite set-up, write transactions of this process take turns instead.
 */
export function serializeTransactions(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as BaseDatabaseAdapter
      const acquire = createLock()
      const releases = new Map<string | number, () => void>()
      const begin = db.beginTransaction.bind(db)
      const commit = db.commitTransaction.bind(db)
      const rollback = db.rollbackTransaction.bind(db)
      const finish = (id: string | number | Promise<string | number>) => {
        const key = id as string | number
        releases.get(key)?.()
        releases.delete(key)
      }
      db.beginTransaction = async (options) => {
        const release = await acquire()
        try {
          const id = await begin(options)
          if (id === null) release()
          else releases.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      db.commitTransaction = async (id) => {
        try {
          await commit(id)
        } finally {
          finish(id)
        }
      }
      db.rollbackTransaction = async (id) => {
        try {
          await rollback(id)
        } finally {
          finish(id)
        }
      }
      return db
    },
  }
}
