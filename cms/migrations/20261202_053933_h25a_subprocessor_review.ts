import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subprocessors_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subprocessors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subprocessors_review_log_order_idx\` ON \`subprocessors_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_review_log_parent_id_idx\` ON \`subprocessors_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_review_log_by_idx\` ON \`subprocessors_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_subprocessors_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_subprocessors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_review_log_order_idx\` ON \`_subprocessors_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_review_log_parent_id_idx\` ON \`_subprocessors_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_review_log_by_idx\` ON \`_subprocessors_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_subprocessors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_company_id\` integer,
  	\`version_name\` text,
  	\`version_legal_entity\` text,
  	\`version_address\` text,
  	\`version_website\` text,
  	\`version_linked_company_id\` integer,
  	\`version_purpose\` text,
  	\`version_transfer_safeguard\` text DEFAULT 'eu-eea',
  	\`version_dora_lei\` text,
  	\`version_dora_headquarters_country\` text,
  	\`version_dora_function_supported\` text,
  	\`version_dora_chain_rank\` numeric,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_announced_at\` text,
  	\`version_effective_from\` text,
  	\`version_ended_at\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_last_edited_by_id\` integer,
  	\`version_change_kind\` text DEFAULT 'material',
  	\`version_change_note\` text,
  	\`version_objection_deadline\` text,
  	\`version_change_effective_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subprocessors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_linked_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_parent_idx\` ON \`_subprocessors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_company_idx\` ON \`_subprocessors_v\` (\`version_company_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_linked_company_idx\` ON \`_subprocessors_v\` (\`version_linked_company_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_status_idx\` ON \`_subprocessors_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_review_status_idx\` ON \`_subprocessors_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_last_edited_by_idx\` ON \`_subprocessors_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_updated_at_idx\` ON \`_subprocessors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version_created_at_idx\` ON \`_subprocessors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_version_version__status_idx\` ON \`_subprocessors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_created_at_idx\` ON \`_subprocessors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_updated_at_idx\` ON \`_subprocessors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_latest_idx\` ON \`_subprocessors_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_subprocessors_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_subprocessors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_texts_order_parent\` ON \`_subprocessors_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_subprocessors_v_texts_parent_idx\` ON \`_subprocessors_v_texts\` (\`parent_id\`);`)
  // Every subprocessor saved before review existed was the record itself: it stays published.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subprocessors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_id\` integer,
  	\`name\` text,
  	\`legal_entity\` text,
  	\`address\` text,
  	\`website\` text,
  	\`linked_company_id\` integer,
  	\`purpose\` text,
  	\`transfer_safeguard\` text DEFAULT 'eu-eea',
  	\`dora_lei\` text,
  	\`dora_headquarters_country\` text,
  	\`dora_function_supported\` text,
  	\`dora_chain_rank\` numeric,
  	\`status\` text DEFAULT 'draft',
  	\`announced_at\` text,
  	\`effective_from\` text,
  	\`ended_at\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`last_edited_by_id\` integer,
  	\`change_kind\` text DEFAULT 'material',
  	\`change_note\` text,
  	\`objection_deadline\` text,
  	\`change_effective_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`linked_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subprocessors\`("id", "company_id", "name", "legal_entity", "address", "website", "linked_company_id", "purpose", "transfer_safeguard", "dora_lei", "dora_headquarters_country", "dora_function_supported", "dora_chain_rank", "status", "announced_at", "effective_from", "ended_at", "review_status", "last_edited_by_id", "change_kind", "change_note", "objection_deadline", "change_effective_at", "updated_at", "created_at", "_status") SELECT "id", "company_id", "name", "legal_entity", "address", "website", "linked_company_id", "purpose", "transfer_safeguard", "dora_lei", "dora_headquarters_country", "dora_function_supported", "dora_chain_rank", "status", "announced_at", "effective_from", "ended_at", 'published', NULL, "change_kind", "change_note", "objection_deadline", "change_effective_at", "updated_at", "created_at", 'published' FROM \`subprocessors\`;`)
  await db.run(sql`DROP TABLE \`subprocessors\`;`)
  await db.run(sql`ALTER TABLE \`__new_subprocessors\` RENAME TO \`subprocessors\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`subprocessors_company_idx\` ON \`subprocessors\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_linked_company_idx\` ON \`subprocessors\` (\`linked_company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_status_idx\` ON \`subprocessors\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_review_status_idx\` ON \`subprocessors\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_last_edited_by_idx\` ON \`subprocessors\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_updated_at_idx\` ON \`subprocessors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_created_at_idx\` ON \`subprocessors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors__status_idx\` ON \`subprocessors\` (\`_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subprocessors_review_log\`;`)
  await db.run(sql`DROP TABLE \`_subprocessors_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_subprocessors_v\`;`)
  await db.run(sql`DROP TABLE \`_subprocessors_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subprocessors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`legal_entity\` text,
  	\`address\` text,
  	\`website\` text,
  	\`linked_company_id\` integer,
  	\`purpose\` text NOT NULL,
  	\`transfer_safeguard\` text DEFAULT 'eu-eea' NOT NULL,
  	\`dora_lei\` text,
  	\`dora_headquarters_country\` text,
  	\`dora_function_supported\` text,
  	\`dora_chain_rank\` numeric,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`announced_at\` text,
  	\`effective_from\` text,
  	\`ended_at\` text,
  	\`change_kind\` text DEFAULT 'material',
  	\`change_note\` text,
  	\`objection_deadline\` text,
  	\`change_effective_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`linked_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subprocessors\`("id", "company_id", "name", "legal_entity", "address", "website", "linked_company_id", "purpose", "transfer_safeguard", "dora_lei", "dora_headquarters_country", "dora_function_supported", "dora_chain_rank", "status", "announced_at", "effective_from", "ended_at", "change_kind", "change_note", "objection_deadline", "change_effective_at", "updated_at", "created_at") SELECT "id", "company_id", "name", "legal_entity", "address", "website", "linked_company_id", "purpose", "transfer_safeguard", "dora_lei", "dora_headquarters_country", "dora_function_supported", "dora_chain_rank", "status", "announced_at", "effective_from", "ended_at", "change_kind", "change_note", "objection_deadline", "change_effective_at", "updated_at", "created_at" FROM \`subprocessors\`;`)
  await db.run(sql`DROP TABLE \`subprocessors\`;`)
  await db.run(sql`ALTER TABLE \`__new_subprocessors\` RENAME TO \`subprocessors\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`subprocessors_company_idx\` ON \`subprocessors\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_linked_company_idx\` ON \`subprocessors\` (\`linked_company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_status_idx\` ON \`subprocessors\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_updated_at_idx\` ON \`subprocessors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_created_at_idx\` ON \`subprocessors\` (\`created_at\`);`)
}
