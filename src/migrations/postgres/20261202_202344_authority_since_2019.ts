import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ALTER COLUMN "authority_name" SET DEFAULT '成都市卫生健康委员会';`)
  // Hand-written: a site still showing the abolished body (merged into 卫生健康委员会 in 2019) is updated.
  await db.execute(sql`UPDATE site_settings SET authority_name = '成都市卫生健康委员会' WHERE authority_name = '成都市人口和计划生育委员会';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ALTER COLUMN "authority_name" SET DEFAULT '成都市人口和计划生育委员会';`)
}
