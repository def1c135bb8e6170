import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`moderated_copies_confirmations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`field\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`moderated_copies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`moderated_copies_confirmations_order_idx\` ON \`moderated_copies_confirmations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_confirmations_parent_id_idx\` ON \`moderated_copies_confirmations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`moderated_copies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`question\` text,
  	\`answer\` text,
  	\`status\` text DEFAULT 'drafting' NOT NULL,
  	\`source_id\` integer NOT NULL,
  	\`kind\` text,
  	\`department\` text,
  	\`received_at\` text,
  	\`replied_at\` text,
  	\`writer_names\` text,
  	\`submitted_at\` text,
  	\`return_remark\` text,
  	\`approved_by_id\` integer,
  	\`approver_name\` text,
  	\`approved_at\` text,
  	\`withdrawal_reason\` text,
  	\`withdrawn_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`moderated_copies_status_idx\` ON \`moderated_copies\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`moderated_copies_source_idx\` ON \`moderated_copies\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_approved_by_idx\` ON \`moderated_copies\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_updated_at_idx\` ON \`moderated_copies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_created_at_idx\` ON \`moderated_copies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`moderated_copies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`moderated_copies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`moderated_copies_rels_order_idx\` ON \`moderated_copies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_rels_parent_idx\` ON \`moderated_copies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_rels_path_idx\` ON \`moderated_copies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_rels_users_id_idx\` ON \`moderated_copies_rels\` (\`users_id\`);`)
  // Public versions written before this release become copies at the desk: approved ones stay
  // published (their public copy in published_replies is unchanged), the others wait to be written.
  await db.run(sql`INSERT INTO \`moderated_copies\` (\`subject\`, \`question\`, \`answer\`, \`status\`, \`source_id\`, \`kind\`, \`department\`, \`received_at\`, \`replied_at\`, \`approver_name\`, \`approved_at\`)
  SELECT \`publication_subject\`, \`publication_question\`, \`publication_answer\`,
    CASE WHEN \`publication_approved\` = 1 THEN 'published' ELSE 'drafting' END,
    \`id\`, \`kind\`, \`reply_department\`, \`created_at\`, \`replied_at\`,
    CASE WHEN \`publication_approved\` = 1 THEN '（升级前批准）' END,
    CASE WHEN \`publication_approved\` = 1 THEN \`updated_at\` END
  FROM \`feedback\`
  WHERE \`publish_consent\` = 1 AND coalesce(\`publication_question\`, '') <> '';`)
  await db.run(sql`DROP INDEX \`feedback_publication_publication_approved_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`publication_subject\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`publication_question\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`publication_answer\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`publication_approved\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`moderated_copies_id\` integer REFERENCES moderated_copies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderated_copies_id_idx\` ON \`payload_locked_documents_rels\` (\`moderated_copies_id\`);`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` ADD \`public_numbers\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`moderated_copies_confirmations\`;`)
  await db.run(sql`DROP TABLE \`moderated_copies\`;`)
  await db.run(sql`DROP TABLE \`moderated_copies_rels\`;`)
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
  	\`service_stations_id\` integer,
  	\`policy_documents_id\` integer,
  	\`services_id\` integer,
  	\`districts_id\` integer,
  	\`media_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_attachments_id\` integer,
  	\`departments_id\` integer,
  	\`reply_templates_id\` integer,
  	\`published_replies_id\` integer,
  	\`search_documents_id\` integer,
  	\`retired_addresses_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outreach_articles_id\`) REFERENCES \`outreach_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`health_topics_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_stations_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_attachments_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_replies_id\`) REFERENCES \`published_replies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_documents_id\`) REFERENCES \`search_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retired_addresses_id\`) REFERENCES \`retired_addresses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "policy_notices_id", "outreach_articles_id", "events_id", "health_topics_id", "service_stations_id", "policy_documents_id", "services_id", "districts_id", "media_id", "feedback_id", "feedback_attachments_id", "departments_id", "reply_templates_id", "published_replies_id", "search_documents_id", "retired_addresses_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "policy_notices_id", "outreach_articles_id", "events_id", "health_topics_id", "service_stations_id", "policy_documents_id", "services_id", "districts_id", "media_id", "feedback_id", "feedback_attachments_id", "departments_id", "reply_templates_id", "published_replies_id", "search_documents_id", "retired_addresses_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`service_stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`published_replies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`search_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retired_addresses_id_idx\` ON \`payload_locked_documents_rels\` (\`retired_addresses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_subject\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_question\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_answer\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_approved\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`feedback_publication_publication_approved_idx\` ON \`feedback\` (\`publication_approved\`);`)
  await db.run(sql`ALTER TABLE \`feedback_settings\` DROP COLUMN \`public_numbers\`;`)
}
