import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` ADD \`owner_email_status\` text DEFAULT 'pending' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` ADD \`owner_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` ADD \`owner_confirm_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_owner_confirm_token_hash_idx\` ON \`webhook_endpoints\` (\`owner_confirm_token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`webhook_endpoints_owner_confirm_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` DROP COLUMN \`owner_email_status\`;`)
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` DROP COLUMN \`owner_confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`webhook_endpoints\` DROP COLUMN \`owner_confirm_token_hash\`;`)
}
