import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`companies_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_texts_order_parent\` ON \`companies_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_texts_parent_idx\` ON \`companies_texts\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`data_act_jurisdiction_note\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`data_act_access_safeguards\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_lei\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_headquarters_country\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_function_supported\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_chain_rank\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`companies_texts\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`data_act_jurisdiction_note\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`data_act_access_safeguards\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_lei\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_headquarters_country\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_function_supported\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_chain_rank\`;`)
}
