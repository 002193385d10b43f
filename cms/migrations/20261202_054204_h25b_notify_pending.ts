import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tom_versions\` ADD \`notify_pending\` integer;`)
  await db.run(sql`CREATE INDEX \`tom_versions_notify_pending_idx\` ON \`tom_versions\` (\`notify_pending\`);`)
  await db.run(sql`ALTER TABLE \`subprocessor_events\` ADD \`notify_pending\` integer;`)
  await db.run(sql`CREATE INDEX \`subprocessor_events_notify_pending_idx\` ON \`subprocessor_events\` (\`notify_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tom_versions_notify_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`tom_versions\` DROP COLUMN \`notify_pending\`;`)
  await db.run(sql`DROP INDEX \`subprocessor_events_notify_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`subprocessor_events\` DROP COLUMN \`notify_pending\`;`)
}
