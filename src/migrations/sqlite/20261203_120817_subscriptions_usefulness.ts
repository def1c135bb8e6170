import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`email_subscriptions_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`email_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`email_subscriptions_sections_order_idx\` ON \`email_subscriptions_sections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_sections_parent_idx\` ON \`email_subscriptions_sections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`email_subscriptions_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`email_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`email_subscriptions_topics_order_idx\` ON \`email_subscriptions_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_topics_parent_idx\` ON \`email_subscriptions_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`email_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`frequency\` text DEFAULT 'immediate' NOT NULL,
  	\`token_version\` numeric DEFAULT 0 NOT NULL,
  	\`confirmed_at\` text,
  	\`last_digest_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`email_subscriptions_email_idx\` ON \`email_subscriptions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_status_idx\` ON \`email_subscriptions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_frequency_idx\` ON \`email_subscriptions\` (\`frequency\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_updated_at_idx\` ON \`email_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`email_subscriptions_created_at_idx\` ON \`email_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`usefulness_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`path\` text NOT NULL,
  	\`section\` text NOT NULL,
  	\`useful\` integer DEFAULT false NOT NULL,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`usefulness_answers_path_idx\` ON \`usefulness_answers\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`usefulness_answers_updated_at_idx\` ON \`usefulness_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`usefulness_answers_created_at_idx\` ON \`usefulness_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscription_updates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	\`section\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`topic\` text,
  	\`summary\` text,
  	\`published_at\` text NOT NULL,
  	\`immediate_recipients\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscription_updates_item_idx\` ON \`subscription_updates\` (\`item\`);`)
  await db.run(sql`CREATE INDEX \`subscription_updates_section_idx\` ON \`subscription_updates\` (\`section\`);`)
  await db.run(sql`CREATE INDEX \`subscription_updates_published_at_idx\` ON \`subscription_updates\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`subscription_updates_updated_at_idx\` ON \`subscription_updates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscription_updates_created_at_idx\` ON \`subscription_updates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`participation_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subscription_emails_per_minute\` numeric DEFAULT 30 NOT NULL,
  	\`flag_min_no\` numeric DEFAULT 5 NOT NULL,
  	\`flag_min_no_percent\` numeric DEFAULT 40 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`email_subscriptions_id\` integer REFERENCES email_subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`usefulness_answers_id\` integer REFERENCES usefulness_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscription_updates_id\` integer REFERENCES subscription_updates(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_email_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`email_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_usefulness_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`usefulness_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscription_updates_id_idx\` ON \`payload_locked_documents_rels\` (\`subscription_updates_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`email_subscriptions_sections\`;`)
  await db.run(sql`DROP TABLE \`email_subscriptions_topics\`;`)
  await db.run(sql`DROP TABLE \`email_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`usefulness_answers\`;`)
  await db.run(sql`DROP TABLE \`subscription_updates\`;`)
  await db.run(sql`DROP TABLE \`participation_settings\`;`)
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
