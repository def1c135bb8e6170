import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "deactivated" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "locked_until" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "totp_enabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_pending_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "recovery_code_hashes" jsonb;
  ALTER TABLE "users" ADD COLUMN "second_factor_grace_from" timestamp(3) with time zone;
  CREATE INDEX "users_deactivated_idx" ON "users" USING btree ("deactivated");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "users_deactivated_idx";
  ALTER TABLE "users" DROP COLUMN "deactivated";
  ALTER TABLE "users" DROP COLUMN "locked_until";
  ALTER TABLE "users" DROP COLUMN "totp_enabled_at";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_pending_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";
  ALTER TABLE "users" DROP COLUMN "recovery_code_hashes";
  ALTER TABLE "users" DROP COLUMN "second_factor_grace_from";`)
}
