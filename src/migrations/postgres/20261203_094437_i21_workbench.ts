import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reply_templates_action" AS ENUM('reply', 'decline', 'transfer', 'extend', 'return');
  ALTER TABLE "feedback" ADD COLUMN "merged_into_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "merged_at" timestamp(3) with time zone;
  ALTER TABLE "reply_templates" ADD COLUMN "action" "enum_reply_templates_action" DEFAULT 'reply';
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_merged_into_id_feedback_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."feedback"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_merged_into_idx" ON "feedback" USING btree ("merged_into_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DROP CONSTRAINT "feedback_merged_into_id_feedback_id_fk";
  
  DROP INDEX "feedback_merged_into_idx";
  ALTER TABLE "feedback" DROP COLUMN "merged_into_id";
  ALTER TABLE "feedback" DROP COLUMN "merged_at";
  ALTER TABLE "reply_templates" DROP COLUMN "action";
  DROP TYPE "public"."enum_reply_templates_action";`)
}
