import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consultations_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_questions_order_idx\` ON \`consultations_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_questions_parent_id_idx\` ON \`consultations_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_outcome_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`point\` text,
  	\`decision\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_outcome_points_order_idx\` ON \`consultations_outcome_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_outcome_points_parent_id_idx\` ON \`consultations_outcome_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_change_notes_order_idx\` ON \`consultations_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_change_notes_parent_id_idx\` ON \`consultations_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`department\` text,
  	\`opens_on\` text,
  	\`closes_on\` text,
  	\`draft_text\` text,
  	\`outcome_summary\` text,
  	\`outcome_final_notice_id\` integer,
  	\`outcome_published_at\` text,
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
  	FOREIGN KEY (\`outcome_final_notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_outcome_outcome_final_notice_idx\` ON \`consultations\` (\`outcome_final_notice_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_awaiting_review_idx\` ON \`consultations\` (\`awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`consultations_forced_by_idx\` ON \`consultations\` (\`forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_last_edited_by_idx\` ON \`consultations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_approved_by_idx\` ON \`consultations\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_desk_state_idx\` ON \`consultations\` (\`desk_state\`);`)
  await db.run(sql`CREATE INDEX \`consultations_submitted_by_idx\` ON \`consultations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_returned_by_idx\` ON \`consultations\` (\`returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_scheduled_at_idx\` ON \`consultations\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_scheduled_by_idx\` ON \`consultations\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_closesOn_idx\` ON \`consultations\` (\`_status\`,\`closes_on\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_questions_order_idx\` ON \`_consultations_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_questions_parent_id_idx\` ON \`_consultations_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_outcome_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`point\` text,
  	\`decision\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_outcome_points_order_idx\` ON \`_consultations_v_version_outcome_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_outcome_points_parent_id_idx\` ON \`_consultations_v_version_outcome_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_notes_order_idx\` ON \`_consultations_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_notes_parent_id_idx\` ON \`_consultations_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_department\` text,
  	\`version_opens_on\` text,
  	\`version_closes_on\` text,
  	\`version_draft_text\` text,
  	\`version_outcome_summary\` text,
  	\`version_outcome_final_notice_id\` integer,
  	\`version_outcome_published_at\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_outcome_final_notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_returned_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_outcome_version_outcome_final_n_idx\` ON \`_consultations_v\` (\`version_outcome_final_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_awaiting_review_idx\` ON \`_consultations_v\` (\`version_awaiting_review\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_forced_by_idx\` ON \`_consultations_v\` (\`version_forced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_last_edited_by_idx\` ON \`_consultations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_approved_by_idx\` ON \`_consultations_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_desk_state_idx\` ON \`_consultations_v\` (\`version_desk_state\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_submitted_by_idx\` ON \`_consultations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_returned_by_idx\` ON \`_consultations_v\` (\`version_returned_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_scheduled_at_idx\` ON \`_consultations_v\` (\`version_scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_scheduled_by_idx\` ON \`_consultations_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_closesOn_idx\` ON \`_consultations_v\` (\`version__status\`,\`version_closes_on\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`comment\` text NOT NULL,
  	\`name\` text,
  	\`contact\` text,
  	\`publish_consent\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_publish_consent_idx\` ON \`consultation_comments\` (\`publish_consent\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`published_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`comment\` text NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`published_comments_consultation_idx\` ON \`published_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`published_comments_received_at_idx\` ON \`published_comments\` (\`received_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`published_comments_source_idx\` ON \`published_comments\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`published_comments_updated_at_idx\` ON \`published_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_comments_created_at_idx\` ON \`published_comments\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_moderated_copies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`question\` text,
  	\`answer\` text,
  	\`status\` text DEFAULT 'drafting' NOT NULL,
  	\`source_id\` integer,
  	\`comment_id\` integer,
  	\`consultation_id\` integer,
  	\`notice_id\` integer,
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
  	FOREIGN KEY (\`comment_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_moderated_copies\`("id", "subject", "question", "answer", "status", "source_id", "kind", "department", "received_at", "replied_at", "writer_names", "submitted_at", "return_remark", "approved_by_id", "approver_name", "approved_at", "withdrawal_reason", "withdrawn_at", "updated_at", "created_at") SELECT "id", "subject", "question", "answer", "status", "source_id", "kind", "department", "received_at", "replied_at", "writer_names", "submitted_at", "return_remark", "approved_by_id", "approver_name", "approved_at", "withdrawal_reason", "withdrawn_at", "updated_at", "created_at" FROM \`moderated_copies\`;`)
  await db.run(sql`DROP TABLE \`moderated_copies\`;`)
  await db.run(sql`ALTER TABLE \`__new_moderated_copies\` RENAME TO \`moderated_copies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`moderated_copies_status_idx\` ON \`moderated_copies\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`moderated_copies_source_idx\` ON \`moderated_copies\` (\`source_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`moderated_copies_comment_idx\` ON \`moderated_copies\` (\`comment_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_consultation_idx\` ON \`moderated_copies\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_notice_idx\` ON \`moderated_copies\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_approved_by_idx\` ON \`moderated_copies\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_updated_at_idx\` ON \`moderated_copies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_created_at_idx\` ON \`moderated_copies\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`notice_id\` integer REFERENCES policy_notices(id);`)
  await db.run(sql`CREATE INDEX \`feedback_notice_idx\` ON \`feedback\` (\`notice_id\`);`)
  await db.run(sql`ALTER TABLE \`published_replies\` ADD \`notice_id\` integer REFERENCES policy_notices(id);`)
  await db.run(sql`ALTER TABLE \`published_replies\` ADD \`notice_slug\` text;`)
  await db.run(sql`CREATE INDEX \`published_replies_notice_idx\` ON \`published_replies\` (\`notice_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`published_comments_id\` integer REFERENCES published_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`published_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consultations_questions\`;`)
  await db.run(sql`DROP TABLE \`consultations_outcome_points\`;`)
  await db.run(sql`DROP TABLE \`consultations_change_notes\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_outcome_points\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`published_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`due_at\` text,
  	\`acceptance_due_at\` text,
  	\`reply_due_at\` text,
  	\`limit_days\` numeric,
  	\`received_month\` text,
  	\`first_replied_at\` text,
  	\`working_days_to_reply\` numeric,
  	\`replied_on_time\` integer,
  	\`due_soon_reminded_at\` text,
  	\`overdue_reminded_at\` text,
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
  	\`department_id\` integer,
  	\`assigned_to_id\` integer,
  	\`decline_reason\` text,
  	\`transferred_to\` text,
  	\`transfer_reason\` text,
  	\`extension_days\` numeric,
  	\`extension_reason\` text,
  	\`extended\` integer DEFAULT false,
  	\`reopen_count\` numeric DEFAULT 0,
  	\`merged_into_id\` integer,
  	\`merged_at\` text,
  	\`reply\` text,
  	\`replied_at\` text,
  	\`reply_department\` text,
  	\`rating\` text,
  	\`rated_at\` text,
  	\`rating_comment\` text,
  	\`anonymised_at\` text,
  	\`access_key_hash\` text NOT NULL,
  	\`idempotency_token\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "tracking_code", "kind", "status", "due_at", "acceptance_due_at", "reply_due_at", "limit_days", "received_month", "first_replied_at", "working_days_to_reply", "replied_on_time", "due_soon_reminded_at", "overdue_reminded_at", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "department_id", "assigned_to_id", "decline_reason", "transferred_to", "transfer_reason", "extension_days", "extension_reason", "extended", "reopen_count", "merged_into_id", "merged_at", "reply", "replied_at", "reply_department", "rating", "rated_at", "rating_comment", "anonymised_at", "access_key_hash", "idempotency_token", "updated_at", "created_at") SELECT "id", "tracking_code", "kind", "status", "due_at", "acceptance_due_at", "reply_due_at", "limit_days", "received_month", "first_replied_at", "working_days_to_reply", "replied_on_time", "due_soon_reminded_at", "overdue_reminded_at", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "department_id", "assigned_to_id", "decline_reason", "transferred_to", "transfer_reason", "extension_days", "extension_reason", "extended", "reopen_count", "merged_into_id", "merged_at", "reply", "replied_at", "reply_department", "rating", "rated_at", "rating_comment", "anonymised_at", "access_key_hash", "idempotency_token", "updated_at", "created_at" FROM \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_tracking_code_idx\` ON \`feedback\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_due_at_idx\` ON \`feedback\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_received_month_idx\` ON \`feedback\` (\`received_month\`);`)
  await db.run(sql`CREATE INDEX \`feedback_first_replied_at_idx\` ON \`feedback\` (\`first_replied_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_needs_moderation_idx\` ON \`feedback\` (\`needs_moderation\`);`)
  await db.run(sql`CREATE INDEX \`feedback_department_idx\` ON \`feedback\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_assigned_to_idx\` ON \`feedback\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rating_idx\` ON \`feedback\` (\`rating\`);`)
  await db.run(sql`CREATE INDEX \`feedback_anonymised_at_idx\` ON \`feedback\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_access_key_hash_idx\` ON \`feedback\` (\`access_key_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_idempotency_token_idx\` ON \`feedback\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueAt_idx\` ON \`feedback\` (\`status\`,\`due_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_moderated_copies\` (
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
  await db.run(sql`INSERT INTO \`__new_moderated_copies\`("id", "subject", "question", "answer", "status", "source_id", "kind", "department", "received_at", "replied_at", "writer_names", "submitted_at", "return_remark", "approved_by_id", "approver_name", "approved_at", "withdrawal_reason", "withdrawn_at", "updated_at", "created_at") SELECT "id", "subject", "question", "answer", "status", "source_id", "kind", "department", "received_at", "replied_at", "writer_names", "submitted_at", "return_remark", "approved_by_id", "approver_name", "approved_at", "withdrawal_reason", "withdrawn_at", "updated_at", "created_at" FROM \`moderated_copies\`;`)
  await db.run(sql`DROP TABLE \`moderated_copies\`;`)
  await db.run(sql`ALTER TABLE \`__new_moderated_copies\` RENAME TO \`moderated_copies\`;`)
  await db.run(sql`CREATE INDEX \`moderated_copies_status_idx\` ON \`moderated_copies\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`moderated_copies_source_idx\` ON \`moderated_copies\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_approved_by_idx\` ON \`moderated_copies\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_updated_at_idx\` ON \`moderated_copies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`moderated_copies_created_at_idx\` ON \`moderated_copies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_published_replies\` (
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
  await db.run(sql`INSERT INTO \`__new_published_replies\`("id", "kind", "subject", "question", "answer", "received_at", "replied_at", "department", "source", "updated_at", "created_at") SELECT "id", "kind", "subject", "question", "answer", "received_at", "replied_at", "department", "source", "updated_at", "created_at" FROM \`published_replies\`;`)
  await db.run(sql`DROP TABLE \`published_replies\`;`)
  await db.run(sql`ALTER TABLE \`__new_published_replies\` RENAME TO \`published_replies\`;`)
  await db.run(sql`CREATE INDEX \`published_replies_kind_idx\` ON \`published_replies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_replied_at_idx\` ON \`published_replies\` (\`replied_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`published_replies_source_idx\` ON \`published_replies\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_updated_at_idx\` ON \`published_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_replies_created_at_idx\` ON \`published_replies\` (\`created_at\`);`)
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
