import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '成都市计划生育与生殖健康服务网' NOT NULL,
  	\`authority_name\` text DEFAULT '成都市卫生健康委员会' NOT NULL,
  	\`authority_address\` text DEFAULT '四川省成都市',
  	\`icp_number\` text,
  	\`site_id_code\` text,
  	\`police_record_number\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "authority_name", "authority_address", "icp_number", "site_id_code", "police_record_number", "updated_at", "created_at") SELECT "id", "site_name", "authority_name", "authority_address", "icp_number", "site_id_code", "police_record_number", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Hand-written: a site still showing the abolished body (merged into 卫生健康委员会 in 2019) is updated.
  await db.run(sql`UPDATE site_settings SET authority_name = '成都市卫生健康委员会' WHERE authority_name = '成都市人口和计划生育委员会';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
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
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "authority_name", "authority_address", "icp_number", "site_id_code", "police_record_number", "updated_at", "created_at") SELECT "id", "site_name", "authority_name", "authority_address", "icp_number", "site_id_code", "police_record_number", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
