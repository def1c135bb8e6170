import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_documents" ADD COLUMN "pending_change" jsonb;
  ALTER TABLE "services" ADD COLUMN "pending_change" jsonb;
  ALTER TABLE "districts" ADD COLUMN "pending_change" jsonb;
  ALTER TABLE "media" ADD COLUMN "pending_change" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_documents" DROP COLUMN "pending_change";
  ALTER TABLE "services" DROP COLUMN "pending_change";
  ALTER TABLE "districts" DROP COLUMN "pending_change";
  ALTER TABLE "media" DROP COLUMN "pending_change";`)
}
