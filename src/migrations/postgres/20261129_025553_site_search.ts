import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_documents_type" AS ENUM('policy', 'health', 'outreach', 'event', 'station', 'reply');
  CREATE TABLE "search_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" varchar NOT NULL,
  	"type" "enum_search_documents_type" NOT NULL,
  	"url" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"tokens" varchar NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_documents_id" integer;
  CREATE UNIQUE INDEX "search_documents_source_idx" ON "search_documents" USING btree ("source");
  CREATE INDEX "search_documents_type_idx" ON "search_documents" USING btree ("type");
  CREATE INDEX "search_documents_published_at_idx" ON "search_documents" USING btree ("published_at");
  CREATE INDEX "search_documents_updated_at_idx" ON "search_documents" USING btree ("updated_at");
  CREATE INDEX "search_documents_created_at_idx" ON "search_documents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_documents_fk" FOREIGN KEY ("search_documents_id") REFERENCES "public"."search_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("search_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_documents_id";
  DROP TYPE "public"."enum_search_documents_type";`)
}
