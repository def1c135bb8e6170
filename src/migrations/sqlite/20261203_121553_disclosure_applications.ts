import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`disclosure_applications_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`requested_at\` text NOT NULL,
  	\`due_day\` text NOT NULL,
  	\`what\` text NOT NULL,
  	\`answered_at\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_applications_corrections_order_idx\` ON \`disclosure_applications_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_corrections_parent_id_idx\` ON \`disclosure_applications_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_applications_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_applications_timeline_order_idx\` ON \`disclosure_applications_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_timeline_parent_id_idx\` ON \`disclosure_applications_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`answer_due_day\` text,
  	\`extension_days\` numeric,
  	\`extension_approved_by\` text,
  	\`extension_reason\` text,
  	\`extension_at\` text,
  	\`answer_type\` text,
  	\`answer_reason\` text,
  	\`answer_provided\` text,
  	\`answer_withheld_part\` text,
  	\`answer_explanation\` text,
  	\`answer_other_body\` text,
  	\`answer_answered_at\` text,
  	\`answer_answered_by_id\` integer,
  	\`letter\` text,
  	\`applicant_type\` text NOT NULL,
  	\`id_type\` text NOT NULL,
  	\`applicant_masked_name\` text,
  	\`applicant_masked_id_number\` text,
  	\`applicant_masked_phone\` text,
  	\`applicant_masked_email\` text,
  	\`applicant_masked_address\` text,
  	\`applicant_name\` text,
  	\`applicant_id_number\` text,
  	\`applicant_phone\` text,
  	\`applicant_email\` text,
  	\`applicant_address\` text,
  	\`description\` text NOT NULL,
  	\`preferred_form\` text NOT NULL,
  	\`collection_manner\` text NOT NULL,
  	\`access_key_hash\` text NOT NULL,
  	\`idempotency_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`answer_answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_applications_tracking_code_idx\` ON \`disclosure_applications\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_status_idx\` ON \`disclosure_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_received_at_idx\` ON \`disclosure_applications\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_answer_due_day_idx\` ON \`disclosure_applications\` (\`answer_due_day\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_answer_answer_type_idx\` ON \`disclosure_applications\` (\`answer_type\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_answer_answer_answered_by_idx\` ON \`disclosure_applications\` (\`answer_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_applicant_type_idx\` ON \`disclosure_applications\` (\`applicant_type\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_access_key_hash_idx\` ON \`disclosure_applications\` (\`access_key_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_applications_idempotency_token_idx\` ON \`disclosure_applications\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_updated_at_idx\` ON \`disclosure_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_created_at_idx\` ON \`disclosure_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_answerDueDay_idx\` ON \`disclosure_applications\` (\`status\`,\`answer_due_day\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`disclosure_applications_id\` integer REFERENCES disclosure_applications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_applications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`disclosure_applications_corrections\`;`)
  await db.run(sql`DROP TABLE \`disclosure_applications_timeline\`;`)
  await db.run(sql`DROP TABLE \`disclosure_applications\`;`)
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
