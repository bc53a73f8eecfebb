import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lineage across reforms, and each unit's chain of ancestors. `ancestry` ([province, …, self]) lets a
 * scope check ("is this unit inside the caller's subtree?") read one row instead of walking the tree,
 * which row-level security policies need to stay cheap.
 */
export class UnitLineage1763805600000 implements MigrationInterface {
  name = 'UnitLineage1763805600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE unit ADD COLUMN ancestry integer[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      WITH RECURSIVE chain AS (
        SELECT id, ARRAY[id] AS path FROM unit WHERE parent_id IS NULL
        UNION ALL
        SELECT child.id, chain.path || child.id FROM unit child JOIN chain ON child.parent_id = chain.id
      )
      UPDATE unit SET ancestry = chain.path FROM chain WHERE unit.id = chain.id`);
    await queryRunner.query(`CREATE INDEX unit_ancestry_idx ON unit USING gin (ancestry)`);

    await queryRunner.query(`
      CREATE TABLE unit_lineage (
        predecessor_id integer NOT NULL REFERENCES unit (id),
        successor_id integer NOT NULL REFERENCES unit (id),
        merge_type text NOT NULL CHECK (merge_type IN ('full', 'partial')),
        effective_on date NOT NULL,
        -- the act that decided the change, shown to users; source names the dataset that loaded it
        basis text NOT NULL,
        source text NOT NULL,
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await queryRunner.query(`CREATE INDEX unit_lineage_successor_idx ON unit_lineage (successor_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE unit_lineage`);
    await queryRunner.query(`ALTER TABLE unit DROP COLUMN ancestry`);
  }
}
