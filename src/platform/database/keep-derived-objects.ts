import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite objects that Payload's schema cannot declare (an FTS5 virtual table and the triggers that
 * fill it), given as statements to drop and to create them again. Migrations create them too.
 */
export type DerivedSqliteObjects = { drop: readonly string[]; create: readonly string[] }

type DrizzleKit = {
  pushSchema: (...args: unknown[]) => Promise<{ apply: () => Promise<void> } & Record<string, unknown>>
} & Record<string, unknown>
type PushingAdapter = BaseDatabaseAdapter & { requireDrizzleKit: () => DrizzleKit }
type Runner = { run: (query: unknown) => unknown }

/**
 * Schema push (throw-away test databases only) drops every table it does not know, and asks
 * before dropping one that holds rows, which hangs a run without a terminal. Around each push,
 * the derived objects are dropped first (they hold nothing that cannot be rebuilt) and created
 * again afterwards, filled from their source tables.
 */
export function keepDerivedObjects(adapter: DatabaseAdapterObj, objects: DerivedSqliteObjects): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as PushingAdapter
      const requireKit = db.requireDrizzleKit.bind(db)
      db.requireDrizzleKit = () => {
        const kit = requireKit()
        return {
          ...kit,
          pushSchema: async (...pushArgs: unknown[]) => {
            const drizzle = pushArgs[1] as Runner
            for (const statement of objects.drop) await drizzle.run(sql.raw(statement))
            const push = await kit.pushSchema(...pushArgs)
            return {
              ...push,
              apply: async () => {
                await push.apply()
                for (const statement of objects.create) await drizzle.run(sql.raw(statement))
              },
            }
          },
        }
      }
      return db
    },
  }
}
