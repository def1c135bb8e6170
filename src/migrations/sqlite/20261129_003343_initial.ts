import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policy_notices_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_notices_change_history_order_idx\` ON \`policy_notices_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_change_history_parent_id_idx\` ON \`policy_notices_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_notices\` (
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_index_number_idx\` ON \`policy_notices\` (\`index_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_document_number_idx\` ON \`policy_notices\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_issuing_authority_idx\` ON \`policy_notices\` (\`issuing_authority\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_date_published_idx\` ON \`policy_notices\` (\`date_published\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_topic_idx\` ON \`policy_notices\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_validity_idx\` ON \`policy_notices\` (\`validity\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_notices_slug_idx\` ON \`policy_notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_year_idx\` ON \`policy_notices\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_updated_at_idx\` ON \`policy_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_created_at_idx\` ON \`policy_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices__status_idx\` ON \`policy_notices\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_datePublished_idx\` ON \`policy_notices\` (\`_status\`,\`date_published\`);`)
  await db.run(sql`CREATE INDEX \`_status_year_topic_idx\` ON \`policy_notices\` (\`_status\`,\`year\`,\`topic\`);`)
  await db.run(sql`CREATE INDEX \`_status_issuingAuthority_idx\` ON \`policy_notices\` (\`_status\`,\`issuing_authority\`);`)
  await db.run(sql`CREATE TABLE \`policy_notices_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_notices_texts_order_parent\` ON \`policy_notices_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_notices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_notices_id\` integer,
  	\`policy_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_notices_rels_order_idx\` ON \`policy_notices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_rels_parent_idx\` ON \`policy_notices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_rels_path_idx\` ON \`policy_notices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_rels_policy_notices_id_idx\` ON \`policy_notices_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_notices_rels_policy_documents_id_idx\` ON \`policy_notices_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_notices_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_change_history_order_idx\` ON \`_policy_notices_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_change_history_parent_id_idx\` ON \`_policy_notices_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_notices_v\` (
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_parent_idx\` ON \`_policy_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_index_number_idx\` ON \`_policy_notices_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_document_number_idx\` ON \`_policy_notices_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_issuing_authority_idx\` ON \`_policy_notices_v\` (\`version_issuing_authority\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_date_published_idx\` ON \`_policy_notices_v\` (\`version_date_published\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_topic_idx\` ON \`_policy_notices_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_validity_idx\` ON \`_policy_notices_v\` (\`version_validity\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_slug_idx\` ON \`_policy_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_version_version_year_idx\` ON \`_policy_notices_v\` (\`version_year\`);`)
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
  await db.run(sql`CREATE TABLE \`_policy_notices_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_texts_order_parent\` ON \`_policy_notices_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_notices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`policy_notices_id\` integer,
  	\`policy_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_rels_order_idx\` ON \`_policy_notices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_rels_parent_idx\` ON \`_policy_notices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_rels_path_idx\` ON \`_policy_notices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_rels_policy_notices_id_idx\` ON \`_policy_notices_v_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_notices_v_rels_policy_documents_id_idx\` ON \`_policy_notices_v_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_filename_idx\` ON \`policy_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE TABLE \`feedback_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_timeline_order_idx\` ON \`feedback_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_timeline_parent_id_idx\` ON \`feedback_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_tracking_code_idx\` ON \`feedback\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`feedback_kind_idx\` ON \`feedback\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_needs_moderation_idx\` ON \`feedback\` (\`needs_moderation\`);`)
  await db.run(sql`CREATE INDEX \`feedback_access_key_hash_idx\` ON \`feedback\` (\`access_key_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_idempotency_token_idx\` ON \`feedback\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`feedback_attachments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_attachments_id\`) REFERENCES \`feedback_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_rels_order_idx\` ON \`feedback_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_parent_idx\` ON \`feedback_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_path_idx\` ON \`feedback_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`feedback_rels_feedback_attachments_id_idx\` ON \`feedback_rels\` (\`feedback_attachments_id\`);`)
  await db.run(sql`CREATE TABLE \`feedback_attachments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_attachments_updated_at_idx\` ON \`feedback_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_attachments_created_at_idx\` ON \`feedback_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_attachments_filename_idx\` ON \`feedback_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_email\` text,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`summary\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_hotlines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_hotlines_order_idx\` ON \`site_settings_hotlines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_hotlines_parent_id_idx\` ON \`site_settings_hotlines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_order_idx\` ON \`site_settings_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_parent_id_idx\` ON \`site_settings_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '成都市计划生育与生殖健康服务网' NOT NULL,
  	\`authority_name\` text DEFAULT '成都市人口和计划生育委员会' NOT NULL,
  	\`authority_address\` text DEFAULT '四川省成都市',
  	\`icp_number\` text,
  	\`site_id_code\` text,
  	\`police_record_number\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`policy_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`authority_code\` text DEFAULT '00815012-X' NOT NULL,
  	\`index_number_pattern\` text DEFAULT '{authority}/{year}-{seq:5}' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policy_notices_change_history\`;`)
  await db.run(sql`DROP TABLE \`policy_notices\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_texts\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`feedback_timeline\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback_rels\`;`)
  await db.run(sql`DROP TABLE \`feedback_attachments\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_hotlines\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`policy_settings\`;`)
}
