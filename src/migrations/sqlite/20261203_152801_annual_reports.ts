import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The annual open-government reports (open_government_reports and its versions) and the kind of
// an organisation applying for information (disclosure_applications.organisation_kind).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`open_government_reports_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`open_government_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`open_government_reports_change_notes_order_idx\` ON \`open_government_reports_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_change_notes_parent_id_idx\` ON \`open_government_reports_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`open_government_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`title\` text,
  	\`slug\` text,
  	\`example\` integer DEFAULT false,
  	\`published_at\` text,
  	\`overview\` text,
  	\`remedies_reconsideration_upheld\` numeric DEFAULT 0,
  	\`remedies_reconsideration_corrected\` numeric DEFAULT 0,
  	\`remedies_reconsideration_other\` numeric DEFAULT 0,
  	\`remedies_reconsideration_pending\` numeric DEFAULT 0,
  	\`remedies_litigation_direct_upheld\` numeric DEFAULT 0,
  	\`remedies_litigation_direct_corrected\` numeric DEFAULT 0,
  	\`remedies_litigation_direct_other\` numeric DEFAULT 0,
  	\`remedies_litigation_direct_pending\` numeric DEFAULT 0,
  	\`remedies_litigation_after_reconsideration_upheld\` numeric DEFAULT 0,
  	\`remedies_litigation_after_reconsideration_corrected\` numeric DEFAULT 0,
  	\`remedies_litigation_after_reconsideration_other\` numeric DEFAULT 0,
  	\`remedies_litigation_after_reconsideration_pending\` numeric DEFAULT 0,
  	\`problems\` text,
  	\`other_matters\` text,
  	\`tables\` text,
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
  await db.run(sql`CREATE UNIQUE INDEX \`open_government_reports_year_idx\` ON \`open_government_reports\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`open_government_reports_slug_idx\` ON \`open_government_reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_awaiting_review_idx\` ON \`open_government_reports\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_forced_by_idx\` ON \`open_government_reports\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_last_edited_by_idx\` ON \`open_government_reports\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_approved_by_idx\` ON \`open_government_reports\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_desk_state_idx\` ON \`open_government_reports\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_submitted_by_idx\` ON \`open_government_reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_returned_by_idx\` ON \`open_government_reports\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_scheduled_at_idx\` ON \`open_government_reports\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_scheduled_by_idx\` ON \`open_government_reports\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_updated_at_idx\` ON \`open_government_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports_created_at_idx\` ON \`open_government_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`open_government_reports__status_idx\` ON \`open_government_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_open_government_reports_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_open_government_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_change_notes_order_idx\` ON \`_open_government_reports_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_change_notes_parent_id_idx\` ON \`_open_government_reports_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_open_government_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_example\` integer DEFAULT false,
  	\`version_published_at\` text,
  	\`version_overview\` text,
  	\`version_remedies_reconsideration_upheld\` numeric DEFAULT 0,
  	\`version_remedies_reconsideration_corrected\` numeric DEFAULT 0,
  	\`version_remedies_reconsideration_other\` numeric DEFAULT 0,
  	\`version_remedies_reconsideration_pending\` numeric DEFAULT 0,
  	\`version_remedies_litigation_direct_upheld\` numeric DEFAULT 0,
  	\`version_remedies_litigation_direct_corrected\` numeric DEFAULT 0,
  	\`version_remedies_litigation_direct_other\` numeric DEFAULT 0,
  	\`version_remedies_litigation_direct_pending\` numeric DEFAULT 0,
  	\`version_remedies_litigation_after_reconsideration_upheld\` numeric DEFAULT 0,
  	\`version_remedies_litigation_after_reconsideration_corrected\` numeric DEFAULT 0,
  	\`version_remedies_litigation_after_reconsideration_other\` numeric DEFAULT 0,
  	\`version_remedies_litigation_after_reconsideration_pending\` numeric DEFAULT 0,
  	\`version_problems\` text,
  	\`version_other_matters\` text,
  	\`version_tables\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`open_government_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_parent_idx\` ON \`_open_government_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_year_idx\` ON \`_open_government_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_slug_idx\` ON \`_open_government_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_awaiting_revi_idx\` ON \`_open_government_reports_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_forced_by_idx\` ON \`_open_government_reports_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_last_edited_b_idx\` ON \`_open_government_reports_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_approved_by_idx\` ON \`_open_government_reports_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_desk_state_idx\` ON \`_open_government_reports_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_submitted_by_idx\` ON \`_open_government_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_returned_by_idx\` ON \`_open_government_reports_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_scheduled_at_idx\` ON \`_open_government_reports_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_scheduled_by_idx\` ON \`_open_government_reports_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_updated_at_idx\` ON \`_open_government_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version_created_at_idx\` ON \`_open_government_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_version_version__status_idx\` ON \`_open_government_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_created_at_idx\` ON \`_open_government_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_updated_at_idx\` ON \`_open_government_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_open_government_reports_v_latest_idx\` ON \`_open_government_reports_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`disclosure_applications\` ADD \`organisation_kind\` text;`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_organisation_kind_idx\` ON \`disclosure_applications\` (\`organisation_kind\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`open_government_reports_id\` integer REFERENCES open_government_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_government_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`open_government_reports_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`payload_locked_documents_rels_open_government_reports_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` DROP COLUMN \`open_government_reports_id\`;`)
  await db.run(sql`DROP INDEX \`disclosure_applications_organisation_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_applications\` DROP COLUMN \`organisation_kind\`;`)
  await db.run(sql`DROP TABLE \`_open_government_reports_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_open_government_reports_v\`;`)
  await db.run(sql`DROP TABLE \`open_government_reports_change_notes\`;`)
  await db.run(sql`DROP TABLE \`open_government_reports\`;`)
}
