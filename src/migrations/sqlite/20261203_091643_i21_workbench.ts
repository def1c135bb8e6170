import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`merged_into_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`merged_at\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_merged_into_idx\` ON \`feedback\` (\`merged_into_id\`);`)
  await db.run(sql`ALTER TABLE \`reply_templates\` ADD \`action\` text DEFAULT 'reply';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "tracking_code", "kind", "status", "due_at", "acceptance_due_at", "reply_due_at", "limit_days", "received_month", "first_replied_at", "working_days_to_reply", "replied_on_time", "due_soon_reminded_at", "overdue_reminded_at", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "department_id", "assigned_to_id", "decline_reason", "transferred_to", "transfer_reason", "extension_days", "extension_reason", "extended", "reopen_count", "reply", "replied_at", "reply_department", "rating", "rated_at", "rating_comment", "anonymised_at", "access_key_hash", "idempotency_token", "updated_at", "created_at") SELECT "id", "tracking_code", "kind", "status", "due_at", "acceptance_due_at", "reply_due_at", "limit_days", "received_month", "first_replied_at", "working_days_to_reply", "replied_on_time", "due_soon_reminded_at", "overdue_reminded_at", "subject", "message", "about_type", "about_key", "about_title", "contact_masked_name", "contact_masked_phone", "contact_masked_email", "contact_name", "contact_phone", "contact_email", "reply_by", "publish_consent", "needs_moderation", "department_id", "assigned_to_id", "decline_reason", "transferred_to", "transfer_reason", "extension_days", "extension_reason", "extended", "reopen_count", "reply", "replied_at", "reply_department", "rating", "rated_at", "rating_comment", "anonymised_at", "access_key_hash", "idempotency_token", "updated_at", "created_at" FROM \`feedback\`;`)
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
  await db.run(sql`CREATE INDEX \`feedback_rating_idx\` ON \`feedback\` (\`rating\`);`)
  await db.run(sql`CREATE INDEX \`feedback_anonymised_at_idx\` ON \`feedback\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_access_key_hash_idx\` ON \`feedback\` (\`access_key_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`feedback_idempotency_token_idx\` ON \`feedback\` (\`idempotency_token\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_dueAt_idx\` ON \`feedback\` (\`status\`,\`due_at\`);`)
  await db.run(sql`ALTER TABLE \`reply_templates\` DROP COLUMN \`action\`;`)
}
