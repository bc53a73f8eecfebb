import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The values analytics read: only current imports, each with its indicator, version and framework
 * (security_invoker: the caller's row-level security applies, not the owner's); and each version's
 * weak-indicator thresholds.
 */
export class AnalyticsView1763820000000 implements MigrationInterface {
  name = 'AnalyticsView1763820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Per-version overrides of the weak-indicator thresholds (libs/domain DEFAULT_WEAKNESS_THRESHOLDS).
    await queryRunner.query(`ALTER TABLE framework_version ADD COLUMN weakness_thresholds jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE VIEW current_result WITH (security_invoker = true) AS
      SELECT f.code AS framework_code, fv.id AS version_id, fv.level, fv.label AS version_label, fv.quartile_groups,
             i.id AS indicator_id, i.code AS indicator_code, i.higher_is_better,
             v.year, v.unit_id, v.province_id, v.value, v.published_rank, v.grade, s.simulated
      FROM result_value v
      JOIN result_source s ON s.id = v.source_id AND s.superseded_at IS NULL
      JOIN indicator i ON i.id = v.indicator_id
      JOIN framework_version fv ON fv.id = i.version_id
      JOIN framework f ON f.id = fv.framework_id`);
    await queryRunner.query(`GRANT SELECT ON current_result TO govindex_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW current_result`);
    await queryRunner.query(`ALTER TABLE framework_version DROP COLUMN weakness_thresholds`);
  }
}
