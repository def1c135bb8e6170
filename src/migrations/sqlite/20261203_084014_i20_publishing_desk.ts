import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Hand-written: Payload's own scheduled publications (task schedulePublish) no longer exist; they
  // published outside the desk. Pending ones are dropped (a reviewer schedules again at the desk).
  await db.run(sql`DELETE FROM \`payload_jobs_log\` WHERE \`task_slug\` = 'schedulePublish';`)
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` = 'schedulePublish';`)
  await db.run(sql`DROP INDEX \`_policy_notices_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` ADD \`version_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_desk_state_idx\` ON \`_policy_notices_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_submitted_by_idx\` ON \`_policy_notices_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_returned_by_idx\` ON \`_policy_notices_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_scheduled_at_idx\` ON \`_policy_notices_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_scheduled_by_idx\` ON \`_policy_notices_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policy_notices_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_outreach_articles_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` ADD \`version_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_desk_state_idx\` ON \`_outreach_articles_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_submitted_by_idx\` ON \`_outreach_articles_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_returned_by_idx\` ON \`_outreach_articles_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_scheduled_at_idx\` ON \`_outreach_articles_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_scheduled_by_idx\` ON \`_outreach_articles_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_outreach_articles_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_desk_state_idx\` ON \`_events_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_returned_by_idx\` ON \`_events_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_scheduled_at_idx\` ON \`_events_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_scheduled_by_idx\` ON \`_events_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_health_topics_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` ADD \`version_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_desk_state_idx\` ON \`_health_topics_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_submitted_by_idx\` ON \`_health_topics_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_returned_by_idx\` ON \`_health_topics_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_scheduled_at_idx\` ON \`_health_topics_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_scheduled_by_idx\` ON \`_health_topics_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_health_topics_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policy_notices\` ADD \`unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`policy_notices_desk_state_idx\` ON \`policy_notices\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_submitted_by_idx\` ON \`policy_notices\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_returned_by_idx\` ON \`policy_notices\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_scheduled_at_idx\` ON \`policy_notices\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_scheduled_by_idx\` ON \`policy_notices\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`outreach_articles\` ADD \`unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`outreach_articles_desk_state_idx\` ON \`outreach_articles\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_submitted_by_idx\` ON \`outreach_articles\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_returned_by_idx\` ON \`outreach_articles\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_scheduled_at_idx\` ON \`outreach_articles\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_scheduled_by_idx\` ON \`outreach_articles\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`events_desk_state_idx\` ON \`events\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_returned_by_idx\` ON \`events\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_scheduled_at_idx\` ON \`events\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`events_scheduled_by_idx\` ON \`events\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`health_topics\` ADD \`unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`health_topics_desk_state_idx\` ON \`health_topics\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_submitted_by_idx\` ON \`health_topics\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_returned_by_idx\` ON \`health_topics\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_scheduled_at_idx\` ON \`health_topics\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_scheduled_by_idx\` ON \`health_topics\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`service_stations\` ADD \`unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`service_stations_desk_state_idx\` ON \`service_stations\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_submitted_by_idx\` ON \`service_stations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_returned_by_idx\` ON \`service_stations\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_scheduled_at_idx\` ON \`service_stations\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_scheduled_by_idx\` ON \`service_stations\` (\`scheduled_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_desk_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_submit_note\` text;`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_return_remark\` text;`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_returned_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_scheduled_at\` text;`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_service_stations_v\` ADD \`version_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_desk_state_idx\` ON \`_service_stations_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_submitted_by_idx\` ON \`_service_stations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_returned_by_idx\` ON \`_service_stations_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_scheduled_at_idx\` ON \`_service_stations_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_scheduled_by_idx\` ON \`_service_stations_v\` (\`version_scheduled_by_id\`);`)
  // Hand-written backfill: the desk state of what exists, from its publication status (a published
  // page is 已发布, or 已撤回 when withdrawn; everything else a draft).
  for (const table of ['policy_notices', 'outreach_articles', 'events', 'health_topics', 'service_stations']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`desk_state\` = CASE WHEN \`_status\` = 'published' AND \`withdrawal_withdrawn\` = 1 THEN 'withdrawn' WHEN \`_status\` = 'published' THEN 'published' ELSE 'draft' END;`,
      ),
    )
    await db.run(
      sql.raw(
        `UPDATE \`_${table}_v\` SET \`version_desk_state\` = CASE WHEN \`version__status\` = 'published' AND \`version_withdrawal_withdrawn\` = 1 THEN 'withdrawn' WHEN \`version__status\` = 'published' THEN 'published' ELSE 'draft' END;`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'document',
  	\`index_number\` text,
  	\`document_number\` text,
  	\`issuing_authority\` text,
  	\`addressees\` text,
  	\`date_written\` text,
  	\`date_published\` text,
  	\`topic\` text DEFAULT 'family-planning',
  	\`validity\` text DEFAULT 'in-force',
  	\`validity_note\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`year\` numeric,
  	\`index_sequence\` numeric,
  	\`search_text\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`change_note\` text,
  	\`awaiting_review\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`forced_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`replacement_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_notices\`("id", "title", "kind", "index_number", "document_number", "issuing_authority", "addressees", "date_written", "date_published", "topic", "validity", "validity_note", "body", "slug", "year", "index_sequence", "search_text", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status") SELECT "id", "title", "kind", "index_number", "document_number", "issuing_authority", "addressees", "date_written", "date_published", "topic", "validity", "validity_note", "body", "slug", "year", "index_sequence", "search_text", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status" FROM \`policy_notices\`;`)
  await db.run(sql`DROP TABLE \`policy_notices\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_notices\` RENAME TO \`policy_notices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_index_number_idx\` ON \`policy_notices\` (\`index_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_document_number_idx\` ON \`policy_notices\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_issuing_authority_idx\` ON \`policy_notices\` (\`issuing_authority\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_date_published_idx\` ON \`policy_notices\` (\`date_published\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_topic_idx\` ON \`policy_notices\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_validity_idx\` ON \`policy_notices\` (\`validity\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_slug_idx\` ON \`policy_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_year_idx\` ON \`policy_notices\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_awaiting_review_idx\` ON \`policy_notices\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_forced_by_idx\` ON \`policy_notices\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_last_edited_by_idx\` ON \`policy_notices\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_approved_by_idx\` ON \`policy_notices\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_updated_at_idx\` ON \`policy_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_created_at_idx\` ON \`policy_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices__status_idx\` ON \`policy_notices\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_datePublished_idx\` ON \`policy_notices\` (\`_status\`,\`date_published\`);`)
  await db.run(sql`CREATE INDEX \`_status_year_topic_idx\` ON \`policy_notices\` (\`_status\`,\`year\`,\`topic\`);`)
  await db.run(sql`CREATE INDEX \`_status_issuingAuthority_idx\` ON \`policy_notices\` (\`_status\`,\`issuing_authority\`);`)
  await db.run(sql`CREATE TABLE \`__new__policy_notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'document',
  	\`version_index_number\` text,
  	\`version_document_number\` text,
  	\`version_issuing_authority\` text,
  	\`version_addressees\` text,
  	\`version_date_written\` text,
  	\`version_date_published\` text,
  	\`version_topic\` text DEFAULT 'family-planning',
  	\`version_validity\` text DEFAULT 'in-force',
  	\`version_validity_note\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_index_sequence\` numeric,
  	\`version_search_text\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_change_note\` text,
  	\`version_awaiting_review\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_forced_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_replacement_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policy_notices_v\`("id", "parent_id", "version_title", "version_kind", "version_index_number", "version_document_number", "version_issuing_authority", "version_addressees", "version_date_written", "version_date_published", "version_topic", "version_validity", "version_validity_note", "version_body", "version_slug", "version_year", "version_index_sequence", "version_search_text", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_kind", "version_index_number", "version_document_number", "version_issuing_authority", "version_addressees", "version_date_written", "version_date_published", "version_topic", "version_validity", "version_validity_note", "version_body", "version_slug", "version_year", "version_index_sequence", "version_search_text", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_policy_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policy_notices_v\` RENAME TO \`_policy_notices_v\`;`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_parent_idx\` ON \`_policy_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_index_number_idx\` ON \`_policy_notices_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_document_number_idx\` ON \`_policy_notices_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_issuing_authority_idx\` ON \`_policy_notices_v\` (\`version_issuing_authority\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_date_published_idx\` ON \`_policy_notices_v\` (\`version_date_published\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_topic_idx\` ON \`_policy_notices_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_validity_idx\` ON \`_policy_notices_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_slug_idx\` ON \`_policy_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_year_idx\` ON \`_policy_notices_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_awaiting_review_idx\` ON \`_policy_notices_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_forced_by_idx\` ON \`_policy_notices_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_last_edited_by_idx\` ON \`_policy_notices_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_approved_by_idx\` ON \`_policy_notices_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_updated_at_idx\` ON \`_policy_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_created_at_idx\` ON \`_policy_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version__status_idx\` ON \`_policy_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_created_at_idx\` ON \`_policy_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_updated_at_idx\` ON \`_policy_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_latest_idx\` ON \`_policy_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_autosave_idx\` ON \`_policy_notices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_datePublished_idx\` ON \`_policy_notices_v\` (\`version__status\`,\`version_date_published\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_year_version_topic_idx\` ON \`_policy_notices_v\` (\`version__status\`,\`version_year\`,\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_issuingAuthority_idx\` ON \`_policy_notices_v\` (\`version__status\`,\`version_issuing_authority\`);`)
  await db.run(sql`CREATE TABLE \`__new_outreach_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'story',
  	\`summary\` text,
  	\`image_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`change_note\` text,
  	\`awaiting_review\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`forced_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`replacement_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_outreach_articles\`("id", "title", "kind", "summary", "image_id", "body", "slug", "published_at", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status") SELECT "id", "title", "kind", "summary", "image_id", "body", "slug", "published_at", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status" FROM \`outreach_articles\`;`)
  await db.run(sql`DROP TABLE \`outreach_articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_outreach_articles\` RENAME TO \`outreach_articles\`;`)
  await db.run(sql`CREATE INDEX \`outreach_articles_image_idx\` ON \`outreach_articles\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outreach_articles_slug_idx\` ON \`outreach_articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_awaiting_review_idx\` ON \`outreach_articles\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_forced_by_idx\` ON \`outreach_articles\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_last_edited_by_idx\` ON \`outreach_articles\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_approved_by_idx\` ON \`outreach_articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_updated_at_idx\` ON \`outreach_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_created_at_idx\` ON \`outreach_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles__status_idx\` ON \`outreach_articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`outreach_articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__outreach_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'story',
  	\`version_summary\` text,
  	\`version_image_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_change_note\` text,
  	\`version_awaiting_review\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_forced_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_replacement_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__outreach_articles_v\`("id", "parent_id", "version_title", "version_kind", "version_summary", "version_image_id", "version_body", "version_slug", "version_published_at", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_kind", "version_summary", "version_image_id", "version_body", "version_slug", "version_published_at", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_outreach_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_outreach_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__outreach_articles_v\` RENAME TO \`_outreach_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_parent_idx\` ON \`_outreach_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_image_idx\` ON \`_outreach_articles_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_slug_idx\` ON \`_outreach_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_awaiting_review_idx\` ON \`_outreach_articles_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_forced_by_idx\` ON \`_outreach_articles_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_last_edited_by_idx\` ON \`_outreach_articles_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_approved_by_idx\` ON \`_outreach_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_updated_at_idx\` ON \`_outreach_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_created_at_idx\` ON \`_outreach_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version__status_idx\` ON \`_outreach_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_created_at_idx\` ON \`_outreach_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_updated_at_idx\` ON \`_outreach_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_latest_idx\` ON \`_outreach_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_autosave_idx\` ON \`_outreach_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_outreach_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`place\` text,
  	\`station_id\` integer,
  	\`district_id\` integer,
  	\`summary\` text,
  	\`image_id\` integer,
  	\`description\` text,
  	\`registration_note\` text,
  	\`registration_contact\` text,
  	\`registration_phone\` text,
  	\`registration_email\` text,
  	\`slug\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`change_note\` text,
  	\`awaiting_review\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`forced_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`replacement_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`station_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "title", "starts_at", "ends_at", "place", "station_id", "district_id", "summary", "image_id", "description", "registration_note", "registration_contact", "registration_phone", "registration_email", "slug", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status") SELECT "id", "title", "starts_at", "ends_at", "place", "station_id", "district_id", "summary", "image_id", "description", "registration_note", "registration_contact", "registration_phone", "registration_email", "slug", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_station_idx\` ON \`events\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`events_district_idx\` ON \`events\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_awaiting_review_idx\` ON \`events\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`events_forced_by_idx\` ON \`events\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_last_edited_by_idx\` ON \`events\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_approved_by_idx\` ON \`events\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_place\` text,
  	\`version_station_id\` integer,
  	\`version_district_id\` integer,
  	\`version_summary\` text,
  	\`version_image_id\` integer,
  	\`version_description\` text,
  	\`version_registration_note\` text,
  	\`version_registration_contact\` text,
  	\`version_registration_phone\` text,
  	\`version_registration_email\` text,
  	\`version_slug\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_change_note\` text,
  	\`version_awaiting_review\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_forced_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_replacement_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_station_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_title", "version_starts_at", "version_ends_at", "version_place", "version_station_id", "version_district_id", "version_summary", "version_image_id", "version_description", "version_registration_note", "version_registration_contact", "version_registration_phone", "version_registration_email", "version_slug", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_starts_at", "version_ends_at", "version_place", "version_station_id", "version_district_id", "version_summary", "version_image_id", "version_description", "version_registration_note", "version_registration_contact", "version_registration_phone", "version_registration_email", "version_slug", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_station_idx\` ON \`_events_v\` (\`version_station_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_district_idx\` ON \`_events_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_awaiting_review_idx\` ON \`_events_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_forced_by_idx\` ON \`_events_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_last_edited_by_idx\` ON \`_events_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_approved_by_idx\` ON \`_events_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_health_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`medical_reviewer_name\` text,
  	\`medical_reviewer_title\` text,
  	\`reviewer_email\` text,
  	\`last_reviewed_at\` text,
  	\`next_review_due_at\` text,
  	\`review_reminder_sent_for\` text,
  	\`sensitive\` integer DEFAULT false,
  	\`slug\` text,
  	\`change_kind\` text DEFAULT 'minor',
  	\`change_note\` text,
  	\`awaiting_review\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`forced_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`replacement_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_health_topics\`("id", "title", "summary", "medical_reviewer_name", "medical_reviewer_title", "reviewer_email", "last_reviewed_at", "next_review_due_at", "review_reminder_sent_for", "sensitive", "slug", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "medical_reviewer_name", "medical_reviewer_title", "reviewer_email", "last_reviewed_at", "next_review_due_at", "review_reminder_sent_for", "sensitive", "slug", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status" FROM \`health_topics\`;`)
  await db.run(sql`DROP TABLE \`health_topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_health_topics\` RENAME TO \`health_topics\`;`)
  await db.run(sql`CREATE INDEX \`health_topics_next_review_due_at_idx\` ON \`health_topics\` (\`next_review_due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`health_topics_slug_idx\` ON \`health_topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_awaiting_review_idx\` ON \`health_topics\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_forced_by_idx\` ON \`health_topics\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_last_edited_by_idx\` ON \`health_topics\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_approved_by_idx\` ON \`health_topics\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_updated_at_idx\` ON \`health_topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_created_at_idx\` ON \`health_topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`health_topics__status_idx\` ON \`health_topics\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_nextReviewDueAt_idx\` ON \`health_topics\` (\`_status\`,\`next_review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__health_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_medical_reviewer_name\` text,
  	\`version_medical_reviewer_title\` text,
  	\`version_reviewer_email\` text,
  	\`version_last_reviewed_at\` text,
  	\`version_next_review_due_at\` text,
  	\`version_review_reminder_sent_for\` text,
  	\`version_sensitive\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_change_note\` text,
  	\`version_awaiting_review\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_forced_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_replacement_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__health_topics_v\`("id", "parent_id", "version_title", "version_summary", "version_medical_reviewer_name", "version_medical_reviewer_title", "version_reviewer_email", "version_last_reviewed_at", "version_next_review_due_at", "version_review_reminder_sent_for", "version_sensitive", "version_slug", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_summary", "version_medical_reviewer_name", "version_medical_reviewer_title", "version_reviewer_email", "version_last_reviewed_at", "version_next_review_due_at", "version_review_reminder_sent_for", "version_sensitive", "version_slug", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_health_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__health_topics_v\` RENAME TO \`_health_topics_v\`;`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_parent_idx\` ON \`_health_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_next_review_due_at_idx\` ON \`_health_topics_v\` (\`version_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_slug_idx\` ON \`_health_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_awaiting_review_idx\` ON \`_health_topics_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_forced_by_idx\` ON \`_health_topics_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_last_edited_by_idx\` ON \`_health_topics_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_approved_by_idx\` ON \`_health_topics_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_updated_at_idx\` ON \`_health_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_created_at_idx\` ON \`_health_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version__status_idx\` ON \`_health_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_created_at_idx\` ON \`_health_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_updated_at_idx\` ON \`_health_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_latest_idx\` ON \`_health_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_autosave_idx\` ON \`_health_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_nextReviewDueAt_idx\` ON \`_health_topics_v\` (\`version__status\`,\`version_next_review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_service_stations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`key\` text,
  	\`type\` text,
  	\`district_id\` integer,
  	\`street_id\` integer,
  	\`address\` text,
  	\`lat\` numeric,
  	\`lng\` numeric,
  	\`closed_on_public_holidays\` integer DEFAULT true,
  	\`make_up_workdays_follow\` text DEFAULT '1',
  	\`accessibility\` text,
  	\`last_verified_at\` text,
  	\`opening_hours\` text,
  	\`search_text\` text,
  	\`list_order\` numeric,
  	\`change_kind\` text DEFAULT 'minor',
  	\`change_note\` text,
  	\`awaiting_review\` integer DEFAULT false,
  	\`force_publish_reason\` text,
  	\`forced_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`last_edited_at\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`withdrawal_withdrawn\` integer DEFAULT false,
  	\`withdrawal_reason\` text,
  	\`withdrawal_withdrawn_at\` text,
  	\`replacement_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`street_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_service_stations\`("id", "name", "key", "type", "district_id", "street_id", "address", "lat", "lng", "closed_on_public_holidays", "make_up_workdays_follow", "accessibility", "last_verified_at", "opening_hours", "search_text", "list_order", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status") SELECT "id", "name", "key", "type", "district_id", "street_id", "address", "lat", "lng", "closed_on_public_holidays", "make_up_workdays_follow", "accessibility", "last_verified_at", "opening_hours", "search_text", "list_order", "change_kind", "change_note", "awaiting_review", "force_publish_reason", "forced_by_id", "last_edited_by_id", "last_edited_at", "approved_by_id", "approved_at", "withdrawal_withdrawn", "withdrawal_reason", "withdrawal_withdrawn_at", "replacement_path", "updated_at", "created_at", "_status" FROM \`service_stations\`;`)
  await db.run(sql`DROP TABLE \`service_stations\`;`)
  await db.run(sql`ALTER TABLE \`__new_service_stations\` RENAME TO \`service_stations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_stations_key_idx\` ON \`service_stations\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_district_idx\` ON \`service_stations\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_street_idx\` ON \`service_stations\` (\`street_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_awaiting_review_idx\` ON \`service_stations\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_forced_by_idx\` ON \`service_stations\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_last_edited_by_idx\` ON \`service_stations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_approved_by_idx\` ON \`service_stations\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_updated_at_idx\` ON \`service_stations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_created_at_idx\` ON \`service_stations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_stations__status_idx\` ON \`service_stations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_listOrder_idx\` ON \`service_stations\` (\`_status\`,\`list_order\`);`)
  await db.run(sql`CREATE INDEX \`_status_type_idx\` ON \`service_stations\` (\`_status\`,\`type\`);`)
  await db.run(sql`CREATE INDEX \`_status_lat_lng_idx\` ON \`service_stations\` (\`_status\`,\`lat\`,\`lng\`);`)
  await db.run(sql`CREATE TABLE \`__new__service_stations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_key\` text,
  	\`version_type\` text,
  	\`version_district_id\` integer,
  	\`version_street_id\` integer,
  	\`version_address\` text,
  	\`version_lat\` numeric,
  	\`version_lng\` numeric,
  	\`version_closed_on_public_holidays\` integer DEFAULT true,
  	\`version_make_up_workdays_follow\` text DEFAULT '1',
  	\`version_accessibility\` text,
  	\`version_last_verified_at\` text,
  	\`version_opening_hours\` text,
  	\`version_search_text\` text,
  	\`version_list_order\` numeric,
  	\`version_change_kind\` text DEFAULT 'minor',
  	\`version_change_note\` text,
  	\`version_awaiting_review\` integer DEFAULT false,
  	\`version_force_publish_reason\` text,
  	\`version_forced_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_last_edited_at\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_withdrawal_withdrawn\` integer DEFAULT false,
  	\`version_withdrawal_reason\` text,
  	\`version_withdrawal_withdrawn_at\` text,
  	\`version_replacement_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_street_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__service_stations_v\`("id", "parent_id", "version_name", "version_key", "version_type", "version_district_id", "version_street_id", "version_address", "version_lat", "version_lng", "version_closed_on_public_holidays", "version_make_up_workdays_follow", "version_accessibility", "version_last_verified_at", "version_opening_hours", "version_search_text", "version_list_order", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_key", "version_type", "version_district_id", "version_street_id", "version_address", "version_lat", "version_lng", "version_closed_on_public_holidays", "version_make_up_workdays_follow", "version_accessibility", "version_last_verified_at", "version_opening_hours", "version_search_text", "version_list_order", "version_change_kind", "version_change_note", "version_awaiting_review", "version_force_publish_reason", "version_forced_by_id", "version_last_edited_by_id", "version_last_edited_at", "version_approved_by_id", "version_approved_at", "version_withdrawal_withdrawn", "version_withdrawal_reason", "version_withdrawal_withdrawn_at", "version_replacement_path", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_service_stations_v\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__service_stations_v\` RENAME TO \`_service_stations_v\`;`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_parent_idx\` ON \`_service_stations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_key_idx\` ON \`_service_stations_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_district_idx\` ON \`_service_stations_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_street_idx\` ON \`_service_stations_v\` (\`version_street_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_awaiting_review_idx\` ON \`_service_stations_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_forced_by_idx\` ON \`_service_stations_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_last_edited_by_idx\` ON \`_service_stations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_approved_by_idx\` ON \`_service_stations_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_updated_at_idx\` ON \`_service_stations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_created_at_idx\` ON \`_service_stations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version__status_idx\` ON \`_service_stations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_created_at_idx\` ON \`_service_stations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_updated_at_idx\` ON \`_service_stations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_latest_idx\` ON \`_service_stations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_listOrder_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_list_order\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_type_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_lat_version_lng_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_lat\`,\`version_lng\`);`)
}
