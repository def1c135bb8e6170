import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_datePublished_idx";
  DROP INDEX "_status_year_topic_idx";
  DROP INDEX "_status_issuingAuthority_idx";
  DROP INDEX "version__status_version_datePublished_idx";
  DROP INDEX "version__status_version_year_version_topic_idx";
  DROP INDEX "version__status_version_issuingAuthority_idx";
  DROP INDEX "_status_publishedAt_idx";
  DROP INDEX "version__status_version_publishedAt_idx";
  DROP INDEX "_status_startsAt_idx";
  DROP INDEX "version__status_version_startsAt_idx";
  DROP INDEX "_status_listOrder_idx";
  DROP INDEX "version__status_version_listOrder_idx";
  CREATE INDEX "policy_notices_listed_idx" ON "policy_notices" USING btree ("_status","date_published","id","withdrawal_withdrawn");
  CREATE INDEX "policy_notices_listed_year_topic_idx" ON "policy_notices" USING btree ("_status","year","topic","date_published","id","withdrawal_withdrawn");
  CREATE INDEX "policy_notices_listed_authority_idx" ON "policy_notices" USING btree ("_status","issuing_authority","date_published","id","withdrawal_withdrawn");
  CREATE INDEX "outreach_articles_listed_idx" ON "outreach_articles" USING btree ("_status","published_at","id","withdrawal_withdrawn");
  CREATE INDEX "events_listed_idx" ON "events" USING btree ("_status","starts_at","id","withdrawal_withdrawn");
  CREATE INDEX "service_stations_listed_idx" ON "service_stations" USING btree ("_status","list_order","name","id");
  CREATE INDEX "published_replies_listed_idx" ON "published_replies" USING btree ("replied_at","id");
  CREATE INDEX "published_replies_listed_kind_idx" ON "published_replies" USING btree ("kind","replied_at","id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "policy_notices_listed_idx";
  DROP INDEX "policy_notices_listed_year_topic_idx";
  DROP INDEX "policy_notices_listed_authority_idx";
  DROP INDEX "outreach_articles_listed_idx";
  DROP INDEX "events_listed_idx";
  DROP INDEX "service_stations_listed_idx";
  DROP INDEX "published_replies_listed_idx";
  DROP INDEX "published_replies_listed_kind_idx";
  CREATE INDEX "_status_datePublished_idx" ON "policy_notices" USING btree ("_status","date_published");
  CREATE INDEX "_status_year_topic_idx" ON "policy_notices" USING btree ("_status","year","topic");
  CREATE INDEX "_status_issuingAuthority_idx" ON "policy_notices" USING btree ("_status","issuing_authority");
  CREATE INDEX "version__status_version_datePublished_idx" ON "_policy_notices_v" USING btree ("version__status","version_date_published");
  CREATE INDEX "version__status_version_year_version_topic_idx" ON "_policy_notices_v" USING btree ("version__status","version_year","version_topic");
  CREATE INDEX "version__status_version_issuingAuthority_idx" ON "_policy_notices_v" USING btree ("version__status","version_issuing_authority");
  CREATE INDEX "_status_publishedAt_idx" ON "outreach_articles" USING btree ("_status","published_at");
  CREATE INDEX "version__status_version_publishedAt_idx" ON "_outreach_articles_v" USING btree ("version__status","version_published_at");
  CREATE INDEX "_status_startsAt_idx" ON "events" USING btree ("_status","starts_at");
  CREATE INDEX "version__status_version_startsAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at");
  CREATE INDEX "_status_listOrder_idx" ON "service_stations" USING btree ("_status","list_order");
  CREATE INDEX "version__status_version_listOrder_idx" ON "_service_stations_v" USING btree ("version__status","version_list_order");`)
}
