import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_documents" ADD COLUMN "tokens_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, (tokens)::text)) STORED;
  CREATE INDEX "search_documents_tokens_tsv_idx" ON "search_documents" USING gin ("tokens_tsv");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_documents_tokens_tsv_idx";
  ALTER TABLE "search_documents" DROP COLUMN "tokens_tsv";`)
}
