import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tom_versions_sections_controls_measures\` ADD \`prose\` integer;`)
  await db.run(sql`ALTER TABLE \`tom_versions_sections_controls_groups_measures\` ADD \`prose\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tom_versions_sections_controls_measures\` DROP COLUMN \`prose\`;`)
  await db.run(sql`ALTER TABLE \`tom_versions_sections_controls_groups_measures\` DROP COLUMN \`prose\`;`)
}
