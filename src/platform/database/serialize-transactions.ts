import { createClient, type Client, type InStatement } from '@libsql/client'
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

type LibsqlClient = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (statement: InStatement) => Promise<unknown>
  batch: (statements: InStatement[], mode?: string) => Promise<unknown>
  executeMultiple: (sql: string) => Promise<unknown>
}

const WRITES = /^\s*(insert|update|delete|replace|create|drop|alter|with\b[\s\S]*\b(insert|update|delete)\b)/i
const sqlOf = (statement: InStatement) => (typeof statement === 'string' ? statement : statement.sql)

/**
 * A write outside any transaction goes to the client's own connection. While a transaction holds
 * the writer connection it would wait for the file lock and fail as "database is locked" (after a
 * failure the file could stay locked for the rest of the process), so it takes its turn too.
 */
function writesTakeTurns(client: LibsqlClient, acquire: () => Promise<() => void>) {
  const inTurn = <T>(work: () => Promise<T>) => async () => {
    const release = await acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }
  const { execute, batch, executeMultiple } = client
  client.execute = (statement) => (WRITES.test(sqlOf(statement)) ? inTurn(() => execute.call(client, statement))() : execute.call(client, statement))
  client.batch = (statements, mode) => inTurn(() => batch.call(client, statements, mode))()
  client.executeMultiple = (sql) => inTurn(() => executeMultiple.call(client, sql))()
}

/**
 * libsql hands each transaction the client's connection and opens a new one for the client, and
 * a closed connection does not give back its file handles: one leaked file per write, until the
 * process runs out. Since writes take turns anyway, one long-lived writer connection (with a busy
 * timeout, for other processes such as the import command) carries every transaction.
 */
function oneWriterConnection(client: LibsqlClient, url: string) {
  let writer: Promise<Client> | undefined
  const connection = () =>
    (writer ??= (async () => {
      const opened = createClient({ url })
      await opened.execute('PRAGMA busy_timeout = 5000')
      return opened
    })())
  client.transaction = async (mode = 'write') => {
    const db = await connection()
    await db.execute(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN')
    let open = true
    const end = async (statement: string) => {
      if (!open) return
      open = false
      await db.execute(statement)
    }
    return {
      execute: (statement: InStatement) => db.execute(statement),
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => void end('ROLLBACK'),
      get closed() {
        return !open
      },
    }
  }
}

/**
 * SQLite allows one writer at a time, and libsql opens each transaction on a fresh connection
 * without the busy timeout, so two residents submitting at once would see "database is locked".
 * For the single-instance SQLite set-up, write transactions of this process take turns instead,
 * on one writer connection.
 */
export function serializeTransactions(adapter: DatabaseAdapterObj, url: string): DatabaseAdapterObj {
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
      let patched: LibsqlClient | undefined
      const patch = () => {
        const client = (db as unknown as { client?: LibsqlClient }).client
        if (!client || patched === client) return
        oneWriterConnection(client, url)
        writesTakeTurns(client, acquire)
        patched = client
      }
      const connect = db.connect?.bind(db)
      if (connect) {
        db.connect = async (options) => {
          await connect(options)
          patch()
        }
      }
      db.beginTransaction = async (options) => {
        const release = await acquire()
        patch()
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
