import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Trimmed by hand to the service guides: the generated diff also repeated other branches' steps
// (made from an older snapshot); the .json snapshot beside it is the whole current schema. The
// down step leaves payload_locked_documents_rels.service_guides_id (SQLite cannot drop a column
// that a foreign key uses without rebuilding the table).
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_guides_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_conditions_order_idx\` ON \`service_guides_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_conditions_parent_id_idx\` ON \`service_guides_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`note\` text,
  	\`optional\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_materials_order_idx\` ON \`service_guides_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_materials_parent_id_idx\` ON \`service_guides_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_steps_order_idx\` ON \`service_guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_steps_parent_id_idx\` ON \`service_guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_faq_order_idx\` ON \`service_guides_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_faq_parent_id_idx\` ON \`service_guides_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_change_notes_order_idx\` ON \`service_guides_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_change_notes_parent_id_idx\` ON \`service_guides_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`example\` integer DEFAULT false,
  	\`audience\` text,
  	\`time_limit\` text,
  	\`fee\` text DEFAULT '不收费',
  	\`hours\` text,
  	\`phone\` text,
  	\`online_url\` text,
  	\`online_label\` text DEFAULT '天府通办',
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
  await db.run(sql`CREATE UNIQUE INDEX \`service_guides_slug_idx\` ON \`service_guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_awaiting_review_idx\` ON \`service_guides\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_forced_by_idx\` ON \`service_guides\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_last_edited_by_idx\` ON \`service_guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_approved_by_idx\` ON \`service_guides\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_desk_state_idx\` ON \`service_guides\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_submitted_by_idx\` ON \`service_guides\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_returned_by_idx\` ON \`service_guides\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_scheduled_at_idx\` ON \`service_guides\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_scheduled_by_idx\` ON \`service_guides\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_updated_at_idx\` ON \`service_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_created_at_idx\` ON \`service_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides__status_idx\` ON \`service_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`policy_notices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_rels_order_idx\` ON \`service_guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_parent_idx\` ON \`service_guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_path_idx\` ON \`service_guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_services_id_idx\` ON \`service_guides_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_policy_notices_id_idx\` ON \`service_guides_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_conditions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_conditions_order_idx\` ON \`_service_guides_v_version_conditions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_conditions_parent_id_idx\` ON \`_service_guides_v_version_conditions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`note\` text,
  	\`optional\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_order_idx\` ON \`_service_guides_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_parent_id_idx\` ON \`_service_guides_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`detail\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_order_idx\` ON \`_service_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_parent_id_idx\` ON \`_service_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_order_idx\` ON \`_service_guides_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_parent_id_idx\` ON \`_service_guides_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_change_notes_order_idx\` ON \`_service_guides_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_change_notes_parent_id_idx\` ON \`_service_guides_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_example\` integer DEFAULT false,
  	\`version_audience\` text,
  	\`version_time_limit\` text,
  	\`version_fee\` text DEFAULT '不收费',
  	\`version_hours\` text,
  	\`version_phone\` text,
  	\`version_online_url\` text,
  	\`version_online_label\` text DEFAULT '天府通办',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_parent_idx\` ON \`_service_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_slug_idx\` ON \`_service_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_awaiting_review_idx\` ON \`_service_guides_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_forced_by_idx\` ON \`_service_guides_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_last_edited_by_idx\` ON \`_service_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_approved_by_idx\` ON \`_service_guides_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_desk_state_idx\` ON \`_service_guides_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_submitted_by_idx\` ON \`_service_guides_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_returned_by_idx\` ON \`_service_guides_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_scheduled_at_idx\` ON \`_service_guides_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_scheduled_by_idx\` ON \`_service_guides_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_updated_at_idx\` ON \`_service_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_created_at_idx\` ON \`_service_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version__status_idx\` ON \`_service_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_created_at_idx\` ON \`_service_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_updated_at_idx\` ON \`_service_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_latest_idx\` ON \`_service_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`policy_notices_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_order_idx\` ON \`_service_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_parent_idx\` ON \`_service_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_path_idx\` ON \`_service_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_services_id_idx\` ON \`_service_guides_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_policy_notices_id_idx\` ON \`_service_guides_v_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_guides_id\` integer REFERENCES service_guides(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`service_guides_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_guides_conditions\`;`)
  await db.run(sql`DROP TABLE \`service_guides_materials\`;`)
  await db.run(sql`DROP TABLE \`service_guides_steps\`;`)
  await db.run(sql`DROP TABLE \`service_guides_faq\`;`)
  await db.run(sql`DROP TABLE \`service_guides_change_notes\`;`)
  await db.run(sql`DROP TABLE \`service_guides\`;`)
  await db.run(sql`DROP TABLE \`service_guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_conditions\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_rels\`;`)
}
