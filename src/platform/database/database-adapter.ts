import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import type { DatabaseExtras } from './database-extras'
import { keepDerivedObjects } from './keep-derived-objects'
import { postgresListIndexes, sqliteListIndexes } from './list-indexes'
import { serializeTransactions } from './serialize-transactions'

export const DEFAULT_DATABASE_URI = 'file:./data/site.db'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:...")`,
  )
}

const migrationDir = (dialect: 'sqlite' | 'postgres') =>
  path.resolve(process.cwd(), 'src/migrations', dialect)

function ensureParentFolder(fileUri: string) {
  const file = fileUri.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * Picks Payload's official adapter from the URI. Schema push is for throw-away test databases
 * only (PAYLOAD_DB_PUSH=1); every other database is changed by migrations, which production
 * (`npm start`) applies by itself on start-up through `prodMigrations`. `extras`: what features
 * add beyond their collections (database-extras.ts): named multi-column indexes, the search index.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI, extras: DatabaseExtras = {}): DatabaseAdapterObj {
  const push = process.env.PAYLOAD_DB_PUSH === '1'
  switch (databaseKind(uri)) {
    case 'sqlite':
      ensureParentFolder(uri)
      const sqlite = serializeTransactions(sqliteAdapter({
        client: { url: uri },
        wal: true,
        busyTimeout: 5000,
        transactionOptions: {},
        push,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
        afterSchemaInit: [sqliteListIndexes(extras.indexes ?? {})],
      }), uri)
      return extras.sqlite ? keepDerivedObjects(sqlite, extras.sqlite) : sqlite
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri, max: Number(process.env.DATABASE_POOL_MAX || 10) },
        push,
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
        afterSchemaInit: [postgresListIndexes(extras.indexes ?? {}), ...(extras.postgresAfterSchemaInit ?? [])],
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}
