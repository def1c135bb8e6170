import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`open_government_pages_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`open_government_pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`open_government_pages_change_notes_order_idx\` ON \`open_government_pages_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_change_notes_parent_id_idx\` ON \`open_government_pages_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`open_government_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`example\` integer DEFAULT false,
  	\`published\` text,
  	\`how_to_apply\` text,
  	\`time_limits\` text,
  	\`fees\` text,
  	\`remedies\` text,
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
  	\`desk_state\` text DEFAULT 'draft',
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`submit_note\` text,
  	\`return_remark\` text,
  	\`returned_by_id\` integer,
  	\`scheduled_at\` text,
  	\`scheduled_by_id\` integer,
  	\`unpublish_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`open_government_pages_slug_idx\` ON \`open_government_pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_awaiting_review_idx\` ON \`open_government_pages\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_forced_by_idx\` ON \`open_government_pages\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_last_edited_by_idx\` ON \`open_government_pages\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_approved_by_idx\` ON \`open_government_pages\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_desk_state_idx\` ON \`open_government_pages\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_submitted_by_idx\` ON \`open_government_pages\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_returned_by_idx\` ON \`open_government_pages\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_scheduled_at_idx\` ON \`open_government_pages\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_scheduled_by_idx\` ON \`open_government_pages\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_updated_at_idx\` ON \`open_government_pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages_created_at_idx\` ON \`open_government_pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_pages__status_idx\` ON \`open_government_pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_open_government_pages_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_open_government_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_change_notes_order_idx\` ON \`_open_government_pages_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_change_notes_parent_id_idx\` ON \`_open_government_pages_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_open_government_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_example\` integer DEFAULT false,
  	\`version_published\` text,
  	\`version_how_to_apply\` text,
  	\`version_time_limits\` text,
  	\`version_fees\` text,
  	\`version_remedies\` text,
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
  	\`version_desk_state\` text DEFAULT 'draft',
  	\`version_submitted_by_id\` integer,
  	\`version_submitted_at\` text,
  	\`version_submit_note\` text,
  	\`version_return_remark\` text,
  	\`version_returned_by_id\` integer,
  	\`version_scheduled_at\` text,
  	\`version_scheduled_by_id\` integer,
  	\`version_unpublish_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`open_government_pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_parent_idx\` ON \`_open_government_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_slug_idx\` ON \`_open_government_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_awaiting_review_idx\` ON \`_open_government_pages_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_forced_by_idx\` ON \`_open_government_pages_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_last_edited_by_idx\` ON \`_open_government_pages_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_approved_by_idx\` ON \`_open_government_pages_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_desk_state_idx\` ON \`_open_government_pages_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_submitted_by_idx\` ON \`_open_government_pages_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_returned_by_idx\` ON \`_open_government_pages_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_scheduled_at_idx\` ON \`_open_government_pages_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_scheduled_by_idx\` ON \`_open_government_pages_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_updated_at_idx\` ON \`_open_government_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version_created_at_idx\` ON \`_open_government_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_version_version__status_idx\` ON \`_open_government_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_created_at_idx\` ON \`_open_government_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_updated_at_idx\` ON \`_open_government_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_pages_v_latest_idx\` ON \`_open_government_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`site_error_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`page_url\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`email\` text,
  	\`contact_given\` integer DEFAULT false,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`received_at\` text,
  	\`due_day\` text,
  	\`outcome\` text,
  	\`answer\` text,
  	\`dismiss_reason\` text,
  	\`answered_at\` text,
  	\`answered_by_id\` integer,
  	\`idempotency_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_error_reports_reference_idx\` ON \`site_error_reports\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`site_error_reports_status_idx\` ON \`site_error_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_error_reports_due_day_idx\` ON \`site_error_reports\` (\`due_day\`);`)
  await db.run(sql`CREATE INDEX \`site_error_reports_answered_by_idx\` ON \`site_error_reports\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_error_reports_idempotency_token_idx\` ON \`site_error_reports\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`site_error_reports_updated_at_idx\` ON \`site_error_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_error_reports_created_at_idx\` ON \`site_error_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueDay_idx\` ON \`site_error_reports\` (\`status\`,\`due_day\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`open_government_pages_id\` integer REFERENCES open_government_pages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_error_reports_id\` integer REFERENCES site_error_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_government_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`open_government_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_error_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`site_error_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`open_government_pages_change_notes\`;`)
  await db.run(sql`DROP TABLE \`open_government_pages\`;`)
  await db.run(sql`DROP TABLE \`_open_government_pages_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_open_government_pages_v\`;`)
  await db.run(sql`DROP TABLE \`site_error_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_notices_id\` integer,
  	\`outreach_articles_id\` integer,
  	\`events_id\` integer,
  	\`health_topics_id\` integer,
  	\`service_guides_id\` integer,
  	\`service_stations_id\` integer,
  	\`policy_documents_id\` integer,
  	\`services_id\` integer,
  	\`districts_id\` integer,
  	\`media_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_attachments_id\` integer,
  	\`departments_id\` integer,
  	\`reply_templates_id\` integer,
  	\`moderated_copies_id\` integer,
  	\`published_replies_id\` integer,
  	\`search_documents_id\` integer,
  	\`retired_addresses_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	\`login_throttles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outreach_articles_id\`) REFERENCES \`outreach_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`health_topics_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_guides_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_stations_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_attachments_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderated_copies_id\`) REFERENCES \`moderated_copies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_replies_id\`) REFERENCES \`published_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_documents_id\`) REFERENCES \`search_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retired_addresses_id\`) REFERENCES \`retired_addresses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_throttles_id\`) REFERENCES \`login_throttles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "policy_notices_id", "outreach_articles_id", "events_id", "health_topics_id", "service_guides_id", "service_stations_id", "policy_documents_id", "services_id", "districts_id", "media_id", "feedback_id", "feedback_attachments_id", "departments_id", "reply_templates_id", "moderated_copies_id", "published_replies_id", "search_documents_id", "retired_addresses_id", "audit_log_id", "users_id", "login_throttles_id") SELECT "id", "order", "parent_id", "path", "policy_notices_id", "outreach_articles_id", "events_id", "health_topics_id", "service_guides_id", "service_stations_id", "policy_documents_id", "services_id", "districts_id", "media_id", "feedback_id", "feedback_attachments_id", "departments_id", "reply_templates_id", "moderated_copies_id", "published_replies_id", "search_documents_id", "retired_addresses_id", "audit_log_id", "users_id", "login_throttles_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_health_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`health_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`service_guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`service_stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderated_copies_id_idx\` ON \`payload_locked_documents_rels\` (\`moderated_copies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`published_replies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`search_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_throttles_id_idx\` ON \`payload_locked_documents_rels\` (\`login_throttles_id\`);`)
}
