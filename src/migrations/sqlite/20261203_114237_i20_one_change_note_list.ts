import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // One change-note list: the notes of 公开的修改记录 (changeHistory) join 修改记录 (changeNotes) of
  // the same notice and of its versions, and each list is renumbered by date, so everything that
  // was public stays public, in order.
  await db.run(sql`INSERT INTO \`policy_notices_change_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`date\`, \`note\`)
  SELECT \`_order\` + 100000, \`_parent_id\`, \`id\`, \`date\`, \`note\` FROM \`policy_notices_change_history\`;`)
  await db.run(sql`INSERT INTO \`_policy_notices_v_version_change_notes\` (\`_order\`, \`_parent_id\`, \`date\`, \`note\`, \`_uuid\`)
  SELECT \`_order\` + 100000, \`_parent_id\`, \`date\`, \`note\`, \`_uuid\` FROM \`_policy_notices_v_version_change_history\`;`)
  await db.run(sql`UPDATE \`policy_notices_change_notes\` SET \`_order\` = r.n FROM (SELECT \`id\`, row_number() OVER (PARTITION BY \`_parent_id\` ORDER BY \`date\`, \`_order\`) AS n
    FROM \`policy_notices_change_notes\`) AS r WHERE \`policy_notices_change_notes\`.\`id\` = r.\`id\`;`)
  await db.run(sql`UPDATE \`_policy_notices_v_version_change_notes\` SET \`_order\` = r.n FROM (SELECT \`id\`, row_number() OVER (PARTITION BY \`_parent_id\` ORDER BY \`date\`, \`_order\`) AS n
    FROM \`_policy_notices_v_version_change_notes\`) AS r WHERE \`_policy_notices_v_version_change_notes\`.\`id\` = r.\`id\`;`)
  await db.run(sql`DROP TABLE \`policy_notices_change_history\`;`)
  await db.run(sql`DROP TABLE \`_policy_notices_v_version_change_history\`;`)
}

// Down gives the tables back empty: the merged notes stay in 修改记录, where they remain public.
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
