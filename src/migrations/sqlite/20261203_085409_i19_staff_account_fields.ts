import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`deactivated\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`locked_until\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`totp_enabled_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`totp_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`totp_pending_secret\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`totp_last_step\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`recovery_code_hashes\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`second_factor_grace_from\` text;`)
  await db.run(sql`CREATE INDEX \`users_deactivated_idx\` ON \`users\` (\`deactivated\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_deactivated_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`deactivated\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`locked_until\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`totp_enabled_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`totp_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`totp_pending_secret\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`totp_last_step\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`recovery_code_hashes\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`second_factor_grace_from\`;`)
}
