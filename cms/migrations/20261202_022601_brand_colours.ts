import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`companies\` ADD \`brand_accent\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`brand_accent_dark\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`brand_accent\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`brand_accent_dark\`;`)
}
