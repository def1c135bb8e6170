import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`outreach_articles_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_articles_tags_order_idx\` ON \`outreach_articles_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_tags_parent_idx\` ON \`outreach_articles_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_tags_value_idx\` ON \`outreach_articles_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`outreach_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text DEFAULT 'story',
  	\`summary\` text,
  	\`image_id\` integer,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`outreach_articles_image_idx\` ON \`outreach_articles\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`outreach_articles_slug_idx\` ON \`outreach_articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_updated_at_idx\` ON \`outreach_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles_created_at_idx\` ON \`outreach_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_articles__status_idx\` ON \`outreach_articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`outreach_articles\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`_outreach_articles_v_version_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_outreach_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_tags_order_idx\` ON \`_outreach_articles_v_version_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_tags_parent_idx\` ON \`_outreach_articles_v_version_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_tags_value_idx\` ON \`_outreach_articles_v_version_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_outreach_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text DEFAULT 'story',
  	\`version_summary\` text,
  	\`version_image_id\` integer,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_parent_idx\` ON \`_outreach_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_image_idx\` ON \`_outreach_articles_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_slug_idx\` ON \`_outreach_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_updated_at_idx\` ON \`_outreach_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version_created_at_idx\` ON \`_outreach_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_version_version__status_idx\` ON \`_outreach_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_created_at_idx\` ON \`_outreach_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_updated_at_idx\` ON \`_outreach_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_latest_idx\` ON \`_outreach_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_outreach_articles_v_autosave_idx\` ON \`_outreach_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_outreach_articles_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`events_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_tags_order_idx\` ON \`events_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_tags_parent_idx\` ON \`events_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_tags_value_idx\` ON \`events_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`station_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_station_idx\` ON \`events\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`events_district_idx\` ON \`events\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_tags_order_idx\` ON \`_events_v_version_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_tags_parent_idx\` ON \`_events_v_version_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_tags_value_idx\` ON \`_events_v_version_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
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
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_station_idx\` ON \`_events_v\` (\`version_station_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_district_idx\` ON \`_events_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE TABLE \`health_topics_key_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fact\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_key_facts_order_idx\` ON \`health_topics_key_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_key_facts_parent_id_idx\` ON \`health_topics_key_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`health_topics_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_sections_order_idx\` ON \`health_topics_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_sections_parent_id_idx\` ON \`health_topics_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`health_topics_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_faq_order_idx\` ON \`health_topics_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_faq_parent_id_idx\` ON \`health_topics_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`health_topics_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_tags_order_idx\` ON \`health_topics_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_tags_parent_idx\` ON \`health_topics_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_tags_value_idx\` ON \`health_topics_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`health_topics\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_next_review_due_at_idx\` ON \`health_topics\` (\`next_review_due_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`health_topics_slug_idx\` ON \`health_topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_updated_at_idx\` ON \`health_topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_created_at_idx\` ON \`health_topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`health_topics__status_idx\` ON \`health_topics\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_nextReviewDueAt_idx\` ON \`health_topics\` (\`_status\`,\`next_review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`health_topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` integer,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`health_topics_rels_order_idx\` ON \`health_topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_rels_parent_idx\` ON \`health_topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_rels_path_idx\` ON \`health_topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_rels_policy_documents_id_idx\` ON \`health_topics_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`health_topics_rels_services_id_idx\` ON \`health_topics_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v_version_key_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fact\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_health_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_key_facts_order_idx\` ON \`_health_topics_v_version_key_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_key_facts_parent_id_idx\` ON \`_health_topics_v_version_key_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_health_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_sections_order_idx\` ON \`_health_topics_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_sections_parent_id_idx\` ON \`_health_topics_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_health_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_faq_order_idx\` ON \`_health_topics_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_faq_parent_id_idx\` ON \`_health_topics_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v_version_tags\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_health_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_tags_order_idx\` ON \`_health_topics_v_version_tags\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_tags_parent_idx\` ON \`_health_topics_v_version_tags\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_tags_value_idx\` ON \`_health_topics_v_version_tags\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`health_topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_parent_idx\` ON \`_health_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_next_review_due_at_idx\` ON \`_health_topics_v\` (\`version_next_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_slug_idx\` ON \`_health_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_updated_at_idx\` ON \`_health_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version_created_at_idx\` ON \`_health_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_version_version__status_idx\` ON \`_health_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_created_at_idx\` ON \`_health_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_updated_at_idx\` ON \`_health_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_latest_idx\` ON \`_health_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_autosave_idx\` ON \`_health_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_nextReviewDueAt_idx\` ON \`_health_topics_v\` (\`version__status\`,\`version_next_review_due_at\`);`)
  await db.run(sql`CREATE TABLE \`_health_topics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_documents_id\` integer,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_health_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_health_topics_v_rels_order_idx\` ON \`_health_topics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_rels_parent_idx\` ON \`_health_topics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_rels_path_idx\` ON \`_health_topics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_rels_policy_documents_id_idx\` ON \`_health_topics_v_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_health_topics_v_rels_services_id_idx\` ON \`_health_topics_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`service_stations_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`label\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_stations_phones_order_idx\` ON \`service_stations_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_phones_parent_id_idx\` ON \`service_stations_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_stations_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_stations_slots_order_idx\` ON \`service_stations_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_slots_parent_id_idx\` ON \`service_stations_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_stations_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`opens2\` text,
  	\`closes2\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_stations_exceptions_order_idx\` ON \`service_stations_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_exceptions_parent_id_idx\` ON \`service_stations_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_stations\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`street_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_stations_key_idx\` ON \`service_stations\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_district_idx\` ON \`service_stations\` (\`district_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_street_idx\` ON \`service_stations\` (\`street_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_updated_at_idx\` ON \`service_stations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_created_at_idx\` ON \`service_stations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_stations__status_idx\` ON \`service_stations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_listOrder_idx\` ON \`service_stations\` (\`_status\`,\`list_order\`);`)
  await db.run(sql`CREATE INDEX \`_status_type_idx\` ON \`service_stations\` (\`_status\`,\`type\`);`)
  await db.run(sql`CREATE INDEX \`_status_lat_lng_idx\` ON \`service_stations\` (\`_status\`,\`lat\`,\`lng\`);`)
  await db.run(sql`CREATE TABLE \`service_stations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_stations_rels_order_idx\` ON \`service_stations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_rels_parent_idx\` ON \`service_stations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_rels_path_idx\` ON \`service_stations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_stations_rels_services_id_idx\` ON \`service_stations_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_stations_v_version_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_phones_order_idx\` ON \`_service_stations_v_version_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_phones_parent_id_idx\` ON \`_service_stations_v_version_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_stations_v_version_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_slots_order_idx\` ON \`_service_stations_v_version_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_slots_parent_id_idx\` ON \`_service_stations_v_version_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_stations_v_version_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`opens2\` text,
  	\`closes2\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_exceptions_order_idx\` ON \`_service_stations_v_version_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_exceptions_parent_id_idx\` ON \`_service_stations_v_version_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_stations_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_street_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_stations_v_parent_idx\` ON \`_service_stations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_key_idx\` ON \`_service_stations_v\` (\`version_key\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_district_idx\` ON \`_service_stations_v\` (\`version_district_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_street_idx\` ON \`_service_stations_v\` (\`version_street_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_updated_at_idx\` ON \`_service_stations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version_created_at_idx\` ON \`_service_stations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_version_version__status_idx\` ON \`_service_stations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_created_at_idx\` ON \`_service_stations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_updated_at_idx\` ON \`_service_stations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_latest_idx\` ON \`_service_stations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_listOrder_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_list_order\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_type_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_lat_version_lng_idx\` ON \`_service_stations_v\` (\`version__status\`,\`version_lat\`,\`version_lng\`);`)
  await db.run(sql`CREATE TABLE \`_service_stations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_stations_v_rels_order_idx\` ON \`_service_stations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_rels_parent_idx\` ON \`_service_stations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_rels_path_idx\` ON \`_service_stations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_service_stations_v_rels_services_id_idx\` ON \`_service_stations_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`summary\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_code_idx\` ON \`services\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`districts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text DEFAULT 'county' NOT NULL,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_code_idx\` ON \`districts\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`districts_kind_idx\` ON \`districts\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`districts_parent_idx\` ON \`districts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`districts_updated_at_idx\` ON \`districts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`districts_created_at_idx\` ON \`districts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_internal_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`note\` text NOT NULL,
  	\`author\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_internal_notes_order_idx\` ON \`feedback_internal_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_internal_notes_parent_id_idx\` ON \`feedback_internal_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_idx\` ON \`departments\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`departments_active_idx\` ON \`departments\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`reply_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`reply_templates_updated_at_idx\` ON \`reply_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_templates_created_at_idx\` ON \`reply_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`published_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`replied_at\` text NOT NULL,
  	\`department\` text,
  	\`source\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`published_replies_kind_idx\` ON \`published_replies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_replied_at_idx\` ON \`published_replies\` (\`replied_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`published_replies_source_idx\` ON \`published_replies\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_updated_at_idx\` ON \`published_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_created_at_idx\` ON \`published_replies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acceptance\` numeric DEFAULT 2 NOT NULL,
  	\`consultation\` numeric DEFAULT 5 NOT NULL,
  	\`suggestion\` numeric DEFAULT 5 NOT NULL,
  	\`complaint\` numeric DEFAULT 7 NOT NULL,
  	\`report\` numeric DEFAULT 15 NOT NULL,
  	\`praise\` numeric DEFAULT 5 NOT NULL,
  	\`due_soon_working_days\` numeric DEFAULT 1 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`due_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`acceptance_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`reply_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`limit_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`received_month\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`first_replied_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`working_days_to_reply\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`replied_on_time\` integer;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`due_soon_reminded_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`overdue_reminded_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`assigned_to_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`decline_reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`transferred_to\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`transfer_reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`extension_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`extension_reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`extended\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`reopen_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rated_at\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`rating_comment\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_subject\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_question\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_answer\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`publication_approved\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`feedback_due_at_idx\` ON \`feedback\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_month_idx\` ON \`feedback\` (\`received_month\`);`)
  await db.run(sql`CREATE INDEX \`feedback_first_replied_at_idx\` ON \`feedback\` (\`first_replied_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_department_idx\` ON \`feedback\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_assigned_to_idx\` ON \`feedback\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rating_idx\` ON \`feedback\` (\`rating\`);`)
  await db.run(sql`CREATE INDEX \`feedback_publication_publication_approved_idx\` ON \`feedback\` (\`publication_approved\`);`)
  await db.run(sql`CREATE INDEX \`status_dueAt_idx\` ON \`feedback\` (\`status\`,\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outreach_articles_id\` integer REFERENCES outreach_articles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`events_id\` integer REFERENCES events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`health_topics_id\` integer REFERENCES health_topics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_stations_id\` integer REFERENCES service_stations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`services_id\` integer REFERENCES services(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`districts_id\` integer REFERENCES districts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`departments_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reply_templates_id\` integer REFERENCES reply_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`published_replies_id\` integer REFERENCES published_replies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_health_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`health_topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`service_stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`published_replies_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`outreach_articles_tags\`;`)
  await db.run(sql`DROP TABLE \`outreach_articles\`;`)
  await db.run(sql`DROP TABLE \`_outreach_articles_v_version_tags\`;`)
  await db.run(sql`DROP TABLE \`_outreach_articles_v\`;`)
  await db.run(sql`DROP TABLE \`events_tags\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_tags\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`health_topics_key_facts\`;`)
  await db.run(sql`DROP TABLE \`health_topics_sections\`;`)
  await db.run(sql`DROP TABLE \`health_topics_faq\`;`)
  await db.run(sql`DROP TABLE \`health_topics_tags\`;`)
  await db.run(sql`DROP TABLE \`health_topics\`;`)
  await db.run(sql`DROP TABLE \`health_topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v_version_key_facts\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v_version_tags\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_health_topics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`service_stations_phones\`;`)
  await db.run(sql`DROP TABLE \`service_stations_slots\`;`)
  await db.run(sql`DROP TABLE \`service_stations_exceptions\`;`)
  await db.run(sql`DROP TABLE \`service_stations\`;`)
  await db.run(sql`DROP TABLE \`service_stations_rels\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v_version_phones\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v_version_slots\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v\`;`)
  await db.run(sql`DROP TABLE \`_service_stations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`districts\`;`)
  await db.run(sql`DROP TABLE \`feedback_internal_notes\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`reply_templates\`;`)
  await db.run(sql`DROP TABLE \`published_replies\`;`)
  await db.run(sql`DROP TABLE \`feedback_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`about_type\` text,
  	\`about_key\` text,
  	\`about_title\` text,
  	\`contact_masked_name\` text,
  	\`contact_masked_phone\` text,
  	\`contact_masked_email\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`reply_by\` text DEFAULT 'none' NOT NULL,
  	\`publish_consent\` integer DEFAULT false,
  	\`needs_moderation\` integer DEFAULT false,
  	\`reply\` text,
  	\`replied_at\` text,
  	\`reply_department\` text,
  	\`access_key_hash\` text NOT NULL,
  	\`idempotency_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "tracking_code", "kind", "status", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "reply", "replied_at", "reply_department", "access_key_hash", "idempotency_token", "updated_at", "created_at") SELECT "id", "tracking_code", "kind", "status", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "reply", "replied_at", "reply_department", "access_key_hash", "idempotency_token", "updated_at", "created_at" FROM \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_tracking_code_idx\` ON \`feedback\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_needs_moderation_idx\` ON \`feedback\` (\`needs_moderation\`);`)
  await db.run(sql`CREATE INDEX \`feedback_access_key_hash_idx\` ON \`feedback\` (\`access_key_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_idempotency_token_idx\` ON \`feedback\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_notices_id\` integer,
  	\`policy_documents_id\` integer,
  	\`media_id\` integer,
  	\`feedback_id\` integer,
  	\`feedback_attachments_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_attachments_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "policy_notices_id", "policy_documents_id", "media_id", "feedback_id", "feedback_attachments_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "policy_notices_id", "policy_documents_id", "media_id", "feedback_id", "feedback_attachments_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_large_sizes_large_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_filename\`;`)
}
