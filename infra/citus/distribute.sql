-- GovIndex on Citus: which table lives where. NOT RUN HERE (no Docker engine on the machine this was
-- written on); infra/__tests__/citus.spec.ts checks that it names every table the migrations create.
--
-- Run once on the coordinator, after the app's first start has applied the migrations and loaded the
-- reference data (docker-compose.citus.yml says how). The province is the tenant: every tenant-owned
-- table carries province_id and is distributed by it, co-located, so one province's plans, reports and
-- results sit on one worker and a province's (or a district's, a commune's) request touches one shard.
-- The unit tree, its lineage and the index catalog are reference tables (a copy on every node, joined
-- locally). What the platform itself runs (e-mail queue, job clock, login throttle) stays on the coordinator.
--
-- Before it can be run for real, the application needs one change this file cannot make: ScopedDatabase
-- sets the caller's scope with set_config(..., true), which Citus does not forward to the workers; it must
-- become SET LOCAL (forwarded with citus.propagate_set_commands = 'local', set below). See
-- docs/PERFORMANCE.md, "Past one machine".

-- Not one transaction: Citus moves the existing rows of each table to its shards as it distributes it,
-- and refuses some of that inside a transaction block. Stop at the first error.
\set ON_ERROR_STOP on

ALTER DATABASE govindex SET citus.propagate_set_commands = 'local';

-- 1. Keys. Citus enforces a primary key, unique constraint or foreign key between distributed tables only
--    when it contains the distribution column. Unit determines province, so adding province_id changes
--    no meaning; the identity columns stay integer (Citus 12 accepts them; new ids come from the coordinator).
ALTER TABLE result_value DROP CONSTRAINT result_value_pkey,
  ADD PRIMARY KEY (province_id, source_id, year, unit_id, indicator_id);
ALTER TABLE result_coverage DROP CONSTRAINT result_coverage_pkey,
  ADD PRIMARY KEY (province_id, source_id, unit_id, year);

ALTER TABLE plan_task DROP CONSTRAINT plan_task_plan_id_fkey;
ALTER TABLE report DROP CONSTRAINT report_period_id_fkey, DROP CONSTRAINT report_plan_id_fkey;
ALTER TABLE report_item DROP CONSTRAINT report_item_report_id_fkey, DROP CONSTRAINT report_item_task_id_fkey;
ALTER TABLE report_evidence DROP CONSTRAINT report_evidence_report_id_fkey;
ALTER TABLE report_event DROP CONSTRAINT report_event_report_id_fkey;
ALTER TABLE plan DROP CONSTRAINT plan_parent_plan_id_fkey;

ALTER TABLE plan DROP CONSTRAINT plan_pkey, ADD PRIMARY KEY (province_id, id);
DROP INDEX plan_loaded_once;
CREATE UNIQUE INDEX plan_loaded_once ON plan (province_id, unit_id, source_file_name) WHERE source_file_name IS NOT NULL;
ALTER TABLE plan_task DROP CONSTRAINT plan_task_pkey, ADD PRIMARY KEY (province_id, id),
  DROP CONSTRAINT plan_task_position, ADD CONSTRAINT plan_task_position UNIQUE (province_id, plan_id, position);
ALTER TABLE reporting_period DROP CONSTRAINT reporting_period_pkey, ADD PRIMARY KEY (province_id, id);
ALTER TABLE report DROP CONSTRAINT report_pkey, ADD PRIMARY KEY (province_id, id),
  DROP CONSTRAINT report_per_period, ADD CONSTRAINT report_per_period UNIQUE (province_id, period_id, unit_id);
ALTER TABLE report_item DROP CONSTRAINT report_item_pkey, ADD PRIMARY KEY (province_id, report_id, task_id);
ALTER TABLE report_evidence DROP CONSTRAINT report_evidence_pkey, ADD PRIMARY KEY (province_id, id);
ALTER TABLE report_event DROP CONSTRAINT report_event_pkey, ADD PRIMARY KEY (province_id, id);
ALTER TABLE follow_up_item DROP CONSTRAINT follow_up_item_pkey, ADD PRIMARY KEY (province_id, id);

-- 2. Reference tables: small, read by every request, written rarely. Parents before children.
SELECT create_reference_table('unit');
SELECT create_reference_table('unit_lineage');
SELECT create_reference_table('reference_dataset');
SELECT create_reference_table('framework');
SELECT create_reference_table('framework_version');
SELECT create_reference_table('indicator');
SELECT create_reference_table('grade_band');
SELECT create_reference_table('app_user');
SELECT create_reference_table('user_session');
-- one row per import, joined with every result value (superseded_at): a copy next to each shard
SELECT create_reference_table('result_source');
-- notices belong to a user, not a unit (no province_id; UNIQUE (dedupe_key) has no user_id): replicated
SELECT create_reference_table('notification');
-- the counters answers are kept by (bumped by triggers on every write, read by every request); the
-- triggers fire on the workers' shards, which reach a reference table but not a coordinator-only one
SELECT create_reference_table('data_generation');

-- 3. Tenant tables, distributed by province and co-located with result_value.
SELECT create_distributed_table('result_value', 'province_id', shard_count := 32);
SELECT create_distributed_table('result_coverage', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('plan', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('plan_task', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('reporting_period', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('report', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('report_item', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('report_evidence', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('report_event', 'province_id', colocate_with := 'result_value');
SELECT create_distributed_table('follow_up_item', 'province_id', colocate_with := 'result_value');
-- Append-only and read by administrators only: spread by its own id (province_id is null for national
-- and system rows, so it cannot be the key until those get a tenant of their own).
SELECT create_distributed_table('audit_log', 'id', shard_count := 32);

-- The foreign keys dropped above, back with the tenant in them (co-located, so each holds shard by shard).
ALTER TABLE plan ADD CONSTRAINT plan_parent_plan_id_fkey FOREIGN KEY (province_id, parent_plan_id)
  REFERENCES plan (province_id, id) ON DELETE SET NULL (parent_plan_id);
ALTER TABLE plan_task ADD CONSTRAINT plan_task_plan_id_fkey FOREIGN KEY (province_id, plan_id) REFERENCES plan (province_id, id) ON DELETE CASCADE;
ALTER TABLE report ADD CONSTRAINT report_period_id_fkey FOREIGN KEY (province_id, period_id) REFERENCES reporting_period (province_id, id) ON DELETE CASCADE,
  ADD CONSTRAINT report_plan_id_fkey FOREIGN KEY (province_id, plan_id) REFERENCES plan (province_id, id);
ALTER TABLE report_item ADD CONSTRAINT report_item_report_id_fkey FOREIGN KEY (province_id, report_id) REFERENCES report (province_id, id) ON DELETE CASCADE,
  ADD CONSTRAINT report_item_task_id_fkey FOREIGN KEY (province_id, task_id) REFERENCES plan_task (province_id, id) ON DELETE CASCADE;
ALTER TABLE report_evidence ADD CONSTRAINT report_evidence_report_id_fkey FOREIGN KEY (province_id, report_id) REFERENCES report (province_id, id) ON DELETE CASCADE;
ALTER TABLE report_event ADD CONSTRAINT report_event_report_id_fkey FOREIGN KEY (province_id, report_id) REFERENCES report (province_id, id) ON DELETE CASCADE;

-- 4. The platform's own state stays on the coordinator (row locks with SKIP LOCKED, advisory locks).
SELECT citus_add_local_table_to_metadata('email_outbox');
SELECT citus_add_local_table_to_metadata('scheduler_state');
SELECT citus_add_local_table_to_metadata('login_attempt');

-- 5. The row-level security functions run where the rows are: on the workers too; so do the triggers
--    that bump data_generation (Citus runs triggers on distributed tables only when told to).
SELECT create_distributed_function('govindex_unit_in_scope(integer)');
SELECT create_distributed_function('govindex_unit_visible(integer)');
SELECT create_distributed_function('govindex_bump_generation()');
ALTER DATABASE govindex SET citus.enable_unsafe_triggers = on;
