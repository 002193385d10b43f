import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`companies_certifications\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`issuer\` text,
  	\`scope\` text,
  	\`valid_until\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_certifications_order_idx\` ON \`companies_certifications\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`companies_certifications_parent_id_idx\` ON \`companies_certifications\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`companies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`legal_name\` text,
  	\`address\` text,
  	\`website\` text,
  	\`privacy_contact_email\` text,
  	\`privacy_contact_url\` text,
  	\`privacy_contact_dpo_name\` text,
  	\`privacy_contact_dpo_email\` text,
  	\`logo_id\` integer,
  	\`description\` text,
  	\`notice_period_days\` numeric DEFAULT 30 NOT NULL,
  	\`locale\` text DEFAULT 'de' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`companies_slug_idx\` ON \`companies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`companies_logo_idx\` ON \`companies\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_updated_at_idx\` ON \`companies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`companies_created_at_idx\` ON \`companies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_also_covers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tom_versions_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_also_covers_order_idx\` ON \`tom_versions_sections_also_covers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_also_covers_parent_idx\` ON \`tom_versions_sections_also_covers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_controls_also_covers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tom_versions_sections_controls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_also_covers_order_idx\` ON \`tom_versions_sections_controls_also_covers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_also_covers_parent_idx\` ON \`tom_versions_sections_controls_also_covers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_controls_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions_sections_controls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_measures_order_idx\` ON \`tom_versions_sections_controls_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_measures_parent_id_idx\` ON \`tom_versions_sections_controls_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_controls_groups_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions_sections_controls_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_groups_measures_order_idx\` ON \`tom_versions_sections_controls_groups_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_groups_measures_parent_id_idx\` ON \`tom_versions_sections_controls_groups_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_controls_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`label\` text NOT NULL,
  	\`text\` text,
  	\`columns\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions_sections_controls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_groups_order_idx\` ON \`tom_versions_sections_controls_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_groups_parent_id_idx\` ON \`tom_versions_sections_controls_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections_controls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`heading\` text NOT NULL,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`legal_basis\` text,
  	\`implicit\` integer,
  	\`text\` text,
  	\`columns\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_order_idx\` ON \`tom_versions_sections_controls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_controls_parent_id_idx\` ON \`tom_versions_sections_controls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`heading\` text NOT NULL,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`legal_basis\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tom_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_order_idx\` ON \`tom_versions_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_sections_parent_id_idx\` ON \`tom_versions_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tom_versions\` (
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
  await db.run(sql`CREATE INDEX \`tom_versions_company_idx\` ON \`tom_versions\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_version_idx\` ON \`tom_versions\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_status_idx\` ON \`tom_versions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_source_source_sha256_idx\` ON \`tom_versions\` (\`source_sha256\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_updated_at_idx\` ON \`tom_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tom_versions_created_at_idx\` ON \`tom_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`company_version_idx\` ON \`tom_versions\` (\`company_id\`,\`version\`);`)
  await db.run(sql`CREATE TABLE \`subprocessors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`legal_entity\` text,
  	\`address\` text,
  	\`website\` text,
  	\`linked_company_id\` integer,
  	\`purpose\` text NOT NULL,
  	\`transfer_safeguard\` text DEFAULT 'eu-eea' NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`announced_at\` text,
  	\`effective_from\` text,
  	\`ended_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`linked_company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subprocessors_company_idx\` ON \`subprocessors\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_linked_company_idx\` ON \`subprocessors\` (\`linked_company_id\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_status_idx\` ON \`subprocessors\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_updated_at_idx\` ON \`subprocessors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subprocessors_created_at_idx\` ON \`subprocessors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subprocessors_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subprocessors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subprocessors_texts_order_parent\` ON \`subprocessors_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_logo_url\` text,
  	\`sizes_logo_width\` numeric,
  	\`sizes_logo_height\` numeric,
  	\`sizes_logo_mime_type\` text,
  	\`sizes_logo_filesize\` numeric,
  	\`sizes_logo_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_logo_sizes_logo_filename_idx\` ON \`media\` (\`sizes_logo_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`companies_id\` integer,
  	\`tom_versions_id\` integer,
  	\`subprocessors_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`companies_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tom_versions_id\`) REFERENCES \`tom_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subprocessors_id\`) REFERENCES \`subprocessors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tom_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`tom_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subprocessors_id_idx\` ON \`payload_locked_documents_rels\` (\`subprocessors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`trust_center_build\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`state\` text DEFAULT 'idle',
  	\`target\` text,
  	\`trigger\` text,
  	\`queued_at\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`message\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`companies_certifications\`;`)
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_also_covers\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_controls_also_covers\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_controls_measures\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_controls_groups_measures\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_controls_groups\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections_controls\`;`)
  await db.run(sql`DROP TABLE \`tom_versions_sections\`;`)
  await db.run(sql`DROP TABLE \`tom_versions\`;`)
  await db.run(sql`DROP TABLE \`subprocessors\`;`)
  await db.run(sql`DROP TABLE \`subprocessors_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`trust_center_build\`;`)
}
