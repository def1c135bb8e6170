import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // One change-note list: the notes of 公开的修改记录 (changeHistory) join 修改记录 (changeNotes) of
  // the same notice and of its versions, and each list is renumbered by date, so everything that
  // was public stays public, in order.
  await db.execute(sql`
  INSERT INTO "policy_notices_change_notes" ("_order", "_parent_id", "id", "date", "note")
  SELECT "_order" + 100000, "_parent_id", "id", "date", "note" FROM "policy_notices_change_history";
  INSERT INTO "_policy_notices_v_version_change_notes" ("_order", "_parent_id", "date", "note", "_uuid")
  SELECT "_order" + 100000, "_parent_id", "date", "note", "_uuid" FROM "_policy_notices_v_version_change_history";
  UPDATE "policy_notices_change_notes" SET "_order" = r.n FROM (SELECT "id", row_number() OVER (PARTITION BY "_parent_id" ORDER BY "date", "_order") AS n
    FROM "policy_notices_change_notes") AS r WHERE "policy_notices_change_notes"."id" = r."id";
  UPDATE "_policy_notices_v_version_change_notes" SET "_order" = r.n FROM (SELECT "id", row_number() OVER (PARTITION BY "_parent_id" ORDER BY "date", "_order") AS n
    FROM "_policy_notices_v_version_change_notes") AS r WHERE "_policy_notices_v_version_change_notes"."id" = r."id";
   DROP TABLE "policy_notices_change_history" CASCADE;
  DROP TABLE "_policy_notices_v_version_change_history" CASCADE;`)
}

// Down gives the tables back empty: the merged notes stay in 修改记录, where they remain public.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "policy_notices_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_policy_notices_v_version_change_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "policy_notices_change_history" ADD CONSTRAINT "policy_notices_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_notices_v_version_change_history" ADD CONSTRAINT "_policy_notices_v_version_change_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policy_notices_change_history_order_idx" ON "policy_notices_change_history" USING btree ("_order");
  CREATE INDEX "policy_notices_change_history_parent_id_idx" ON "policy_notices_change_history" USING btree ("_parent_id");
  CREATE INDEX "_policy_notices_v_version_change_history_order_idx" ON "_policy_notices_v_version_change_history" USING btree ("_order");
  CREATE INDEX "_policy_notices_v_version_change_history_parent_id_idx" ON "_policy_notices_v_version_change_history" USING btree ("_parent_id");`)
}
