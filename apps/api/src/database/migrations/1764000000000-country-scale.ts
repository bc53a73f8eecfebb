import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What each cached answer depends on, and the tables whose writes change it. */
const GENERATION_TOPICS: Record<string, readonly string[]> = {
  results: ['result_value'],
  catalog: ['framework', 'framework_version', 'indicator', 'grade_band'],
  units: ['unit', 'unit_lineage'],
  plans: ['plan', 'plan_task', 'reporting_period', 'report', 'report_item'],
};

/**
 * What country scale needed (docs/PERFORMANCE.md, `npm run bench`):
 *
 * - `result_coverage`: which (unit, year) each import covers, one row per file row. The importer's
 *   check that no other current source holds the same unit and year read every value of those units
 *   and years (2.6 s of a 5.7 s import of 371,000 values at country scale); it now reads this.
 * - `data_generation`: a counter per kind of data, bumped in the same transaction as any write to it,
 *   so an instance can keep computed answers (rankings, scorecards, lagging units) in memory and know,
 *   with one small read, whether anything they were computed from has changed since. An import's own
 *   rows bump `results` at commit (deferred), so two imports only wait on each other for the commit.
 * - an index for the reporting periods of a year (the lagging-unit reasons read them per commune), and
 *   statistics telling the planner that provinces are the units without a parent.
 */
export class CountryScale1764000000000 implements MigrationInterface {
  name = 'CountryScale1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE result_coverage (
        source_id integer NOT NULL,
        unit_id integer NOT NULL,
        year smallint NOT NULL,
        province_id integer NOT NULL,
        PRIMARY KEY (source_id, unit_id, year)
      )`);
    await queryRunner.query(`
      INSERT INTO result_coverage (source_id, unit_id, year, province_id)
      SELECT source_id, unit_id, year, min(province_id) FROM result_value GROUP BY source_id, unit_id, year`);
    await queryRunner.query(`CREATE INDEX result_coverage_unit_year ON result_coverage (unit_id, year)`);
    await queryRunner.query(`GRANT SELECT, INSERT ON result_coverage TO govindex_app`);
    await queryRunner.query(`ALTER TABLE result_coverage ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY result_coverage_read ON result_coverage FOR SELECT TO govindex_app USING (true)`);
    await queryRunner.query(`
      CREATE POLICY result_coverage_write ON result_coverage FOR INSERT TO govindex_app
      WITH CHECK (govindex_unit_in_scope(unit_id))`);

    await queryRunner.query(`CREATE INDEX reporting_period_year ON reporting_period (year, unit_id)`);
    // Provinces are exactly the units with no parent: without this the planner multiplied the two
    // selectivities, expected 1 province instead of 97 and walked the values index once per province.
    await queryRunner.query(`CREATE STATISTICS unit_level_parent (dependencies, mcv) ON level, parent_id FROM unit`);
    await queryRunner.query(`ANALYZE unit`);

    await queryRunner.query(`
      CREATE TABLE data_generation (
        topic text PRIMARY KEY,
        generation bigint NOT NULL DEFAULT 1,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `INSERT INTO data_generation (topic) SELECT unnest($1::text[])`,
      [Object.keys(GENERATION_TOPICS)],
    );
    await queryRunner.query(`GRANT SELECT ON data_generation TO govindex_app`);
    // Runs as its owner: the request role writes the data, never the counters.
    await queryRunner.query(`
      CREATE FUNCTION govindex_bump_generation() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE data_generation SET generation = generation + 1, changed_at = now() WHERE topic = TG_ARGV[0];
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION govindex_bump_generation() FROM PUBLIC`);
    for (const [topic, tables] of Object.entries(GENERATION_TOPICS)) {
      for (const table of tables) {
        await queryRunner.query(`
          CREATE TRIGGER ${table}_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION govindex_bump_generation('${topic}')`);
      }
    }
    // An import writes its source first and its values last: bumping at commit keeps the counter's row
    // lock out of the import's seconds of work.
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER result_source_generation AFTER INSERT OR UPDATE OR DELETE ON result_source
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION govindex_bump_generation('results')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER result_source_generation ON result_source`);
    for (const tables of Object.values(GENERATION_TOPICS)) {
      for (const table of tables) await queryRunner.query(`DROP TRIGGER ${table}_generation ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION govindex_bump_generation()`);
    await queryRunner.query(`DROP TABLE data_generation`);
    await queryRunner.query(`DROP STATISTICS unit_level_parent`);
    await queryRunner.query(`DROP INDEX reporting_period_year`);
    await queryRunner.query(`DROP TABLE result_coverage`);
  }
}
