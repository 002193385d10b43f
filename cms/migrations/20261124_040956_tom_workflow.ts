import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`companies\` ADD \`example\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tom_versions\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`tom_versions\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`tom_versions\` ADD \`fingerprint\` text;`)
  await db.run(sql`CREATE INDEX \`tom_versions_published_by_idx\` ON \`tom_versions\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_last_edited_by_idx\` ON \`tom_versions\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_fingerprint_idx\` ON \`tom_versions\` (\`fingerprint\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_tom_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`effective_date\` text NOT NULL,
  	\`version\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`published_at\` text,
  	\`change_summary\` text,
  	\`change_kind\` text,
  	\`preamble\` text,
  	\`closing\` text,
  	\`source_filename\` text,
  	\`source_sha256\` text,
  	\`source_text\` text,
  	\`parse_warnings\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tom_versions\`("id", "company_id", "title", "effective_date", "version", "status", "published_at", "change_summary", "change_kind", "preamble", "closing", "source_filename", "source_sha256", "source_text", "parse_warnings", "updated_at", "created_at") SELECT "id", "company_id", "title", "effective_date", "version", "status", "published_at", "change_summary", "change_kind", "preamble", "closing", "source_filename", "source_sha256", "source_text", "parse_warnings", "updated_at", "created_at" FROM \`tom_versions\`;`)
  await db.run(sql`DROP TABLE \`tom_versions\`;`)
  await db.run(sql`ALTER TABLE \`__new_tom_versions\` RENAME TO \`tom_versions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`tom_versions_company_idx\` ON \`tom_versions\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_version_idx\` ON \`tom_versions\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_status_idx\` ON \`tom_versions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_source_source_sha256_idx\` ON \`tom_versions\` (\`source_sha256\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_updated_at_idx\` ON \`tom_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_created_at_idx\` ON \`tom_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`company_version_idx\` ON \`tom_versions\` (\`company_id\`,\`version\`);`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`example\`;`)
}
