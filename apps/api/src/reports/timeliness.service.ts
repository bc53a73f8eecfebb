import type { PeriodTimeliness, Timeliness, TimelinessResponse, UnitRef } from '@govindex/contracts';
import { classifyTimeliness, tallyTimeliness } from '@govindex/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requireUnitInScope } from '../access/access-policy.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { Clock } from '../common/clock.js';
import { periodSetAround, toPeriod } from './reports.service.js';

interface ExpectedRow {
  period_id: number;
  unit_id: number;
  code: string;
  name: string;
  full_name: string;
  report_id: number | null;
  first_submitted_at: Date | null;
}

/**
 * Completeness and timeliness of the communes under a district (or province) for each period of a
 * year. A commune is expected when it is in force on the due date: units closed by the 2025 reform
 * are not counted against periods after they ceased to exist.
 */
@Injectable()
export class TimelinessService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly clock: Clock,
  ) {}

  forUnit(unitId: number, year: number): Promise<TimelinessResponse> {
    return this.scoped.run(async (manager, actor) => {
      await requireUnitInScope(manager, actor, unitId);
      const [parent] = await manager.query<Array<{ id: number; code: string; name: string; full_name: string }>>('SELECT id, code, name, full_name FROM unit WHERE id = $1', [unitId]);
      return {
        parent: { id: parent!.id, code: parent!.code, name: parent!.name, fullName: parent!.full_name },
        year,
        periods: await periodTimeliness(manager, unitId, year, this.clock.now()),
      };
    });
  }
}

/** Per period of the year that applies to the communes under `rootId`: each commune's standing. */
export async function periodTimeliness(manager: EntityManager, rootId: number, year: number, now: Date): Promise<PeriodTimeliness[]> {
  const periods = await manager.query<Parameters<typeof toPeriod>[0][]>(
    `SELECT rp.id, rp.unit_id, pu.code AS unit_code, pu.name AS unit_name, pu.full_name AS unit_full_name, rp.year, rp.kind, rp.title,
            to_char(rp.due_on, 'YYYY-MM-DD') AS due_on, to_char(rp.data_from, 'YYYY-MM-DD') AS data_from, to_char(rp.data_to, 'YYYY-MM-DD') AS data_to
     FROM reporting_period rp JOIN unit pu ON pu.id = rp.unit_id
     WHERE rp.year = $2
       AND ${periodSetAround('$1')}
     ORDER BY rp.due_on, rp.id`,
    [rootId, year],
  );
  if (periods.length === 0) return [];
  const expected = await manager.query<ExpectedRow[]>(
    `SELECT rp.id AS period_id, c.id AS unit_id, c.code, c.name, c.full_name, r.id AS report_id, r.first_submitted_at
     FROM reporting_period rp
     JOIN unit c ON c.level = 'commune' AND c.ancestry @> ARRAY[rp.unit_id] AND c.ancestry @> ARRAY[$2::int]
                AND (c.valid_from IS NULL OR c.valid_from <= rp.due_on) AND (c.valid_until IS NULL OR c.valid_until >= rp.due_on)
     LEFT JOIN report r ON r.period_id = rp.id AND r.unit_id = c.id
     WHERE rp.id = ANY($1::int[])
     ORDER BY c.code`,
    [periods.map((period) => period.id), rootId],
  );
  return periods.map((row) => {
    const period = toPeriod(row);
    const units = expected
      .filter((entry) => entry.period_id === period.id)
      .map((entry) => {
        const submittedAt = entry.first_submitted_at === null ? null : new Date(entry.first_submitted_at);
        const unit: UnitRef = { id: entry.unit_id, code: entry.code, name: entry.name, fullName: entry.full_name };
        const timeliness: Timeliness = classifyTimeliness(period.dueOn, submittedAt, now);
        return { unit, timeliness, submittedAt: submittedAt?.toISOString() ?? null, reportId: entry.report_id };
      });
    return { period, ...tallyTimeliness(units.map((unit) => unit.timeliness)), units };
  });
}
