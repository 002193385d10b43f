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
  await db.run(sql`CREATE TABLE \`tom_versions_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_review_log_order_idx\` ON \`tom_versions_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_review_log_parent_id_idx\` ON \`tom_versions_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_review_log_by_idx\` ON \`tom_versions_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_topics_order_idx\` ON \`webhook_endpoints_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_topics_parent_idx\` ON \`webhook_endpoints_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_endpoints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`owner_email\` text NOT NULL,
  	\`locale\` text DEFAULT 'de',
  	\`status\` text DEFAULT 'unverified' NOT NULL,
  	\`secret\` text NOT NULL,
  	\`verified_at\` text,
  	\`failing_since\` text,
  	\`disabled_at\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_company_idx\` ON \`webhook_endpoints\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_status_idx\` ON \`webhook_endpoints\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_updated_at_idx\` ON \`webhook_endpoints\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_endpoints_created_at_idx\` ON \`webhook_endpoints\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_key\` text NOT NULL,
  	\`endpoint_id\` integer NOT NULL,
  	\`message_id\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`response_status\` numeric,
  	\`last_error\` text,
  	\`last_attempt_at\` text,
  	\`delivered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`endpoint_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_key_idx\` ON \`webhook_deliveries\` (\`event_key\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_endpoint_idx\` ON \`webhook_deliveries\` (\`endpoint_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`eventKey_endpoint_idx\` ON \`webhook_deliveries\` (\`event_key\`,\`endpoint_id\`);`)
  await db.run(sql`CREATE TABLE \`objections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt\` text,
  	\`event_id\` integer NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`locale\` text DEFAULT 'de',
  	\`submitted_at\` text NOT NULL,
  	\`confirmed_at\` text,
  	\`confirm_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`subprocessor_events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`objections_receipt_idx\` ON \`objections\` (\`receipt\`);`)
  await db.run(sql`CREATE INDEX \`objections_event_idx\` ON \`objections\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_company_idx\` ON \`objections\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`objections_status_idx\` ON \`objections\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`objections_confirm_token_hash_idx\` ON \`objections\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`objections_updated_at_idx\` ON \`objections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`objections_created_at_idx\` ON \`objections\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`brand_accent\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`brand_accent_dark\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`data_act_jurisdiction_note\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`data_act_access_safeguards\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_lei\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_headquarters_country\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_function_supported\` text;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` ADD \`dora_chain_rank\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_endpoints_id\` integer REFERENCES webhook_endpoints(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webhook_deliveries_id\` integer REFERENCES webhook_deliveries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`objections_id\` integer REFERENCES objections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_objections_id_idx\` ON \`payload_locked_documents_rels\` (\`objections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`companies_texts\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_review_log\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints_topics\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`objections\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`companies_id\` integer,
  	\`tom_versions_id\` integer,
  	\`subprocessors_id\` integer,
  	\`subprocessor_events_id\` integer,
  	\`media_id\` integer,
  	\`subscribers_id\` integer,
  	\`notification_deliveries_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`companies_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tom_versions_id\`) REFERENCES \`tom_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subprocessors_id\`) REFERENCES \`subprocessors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subprocessor_events_id\`) REFERENCES \`subprocessor_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notification_deliveries_id\`) REFERENCES \`notification_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "companies_id", "tom_versions_id", "subprocessors_id", "subprocessor_events_id", "media_id", "subscribers_id", "notification_deliveries_id", "users_id") SELECT "id", "order", "parent_id", "path", "companies_id", "tom_versions_id", "subprocessors_id", "subprocessor_events_id", "media_id", "subscribers_id", "notification_deliveries_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tom_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`tom_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subprocessors_id_idx\` ON \`payload_locked_documents_rels\` (\`subprocessors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subprocessor_events_id_idx\` ON \`payload_locked_documents_rels\` (\`subprocessor_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`brand_accent\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`brand_accent_dark\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`data_act_jurisdiction_note\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`data_act_access_safeguards\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_lei\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_headquarters_country\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_function_supported\`;`)
  await db.run(sql`ALTER TABLE \`subprocessors\` DROP COLUMN \`dora_chain_rank\`;`)
}
