import type { AlignmentResponse, AlignmentUnit, UnitLevel } from '@govindex/contracts';
import { vietnamDate } from '@govindex/domain';
import { Injectable } from '@nestjs/common';
import { ScopedDatabase } from '../access/scoped-database.js';
import { unitInScope, unitRefs, weaknessesBelow, type UnitWeaknesses } from '../analytics/analytics-data.js';
import { Clock } from '../common/clock.js';
import { PlanComplianceService } from '../plans/plan-compliance.service.js';
import { planStandings } from './plan-standing.js';

/** Where plans and results disagree, unit by unit below a district (or province). */
@Injectable()
export class AlignmentService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly clock: Clock,
    private readonly compliance: PlanComplianceService,
  ) {}

  /**
   * For the plan year: weak indicators of the previous year's results with no task in the unit's plan,
   * dimensions whose tasks are all reported done yet stay weak, and units whose plan is missing, late
   * or incomplete, or whose reports are late. Units appear when at least one of these holds.
   */
  forUnit(unitId: number, framework: string, planYear: number): Promise<AlignmentResponse> {
    return this.scoped.run(async (manager, actor) => {
      const parent = await unitInScope(manager, actor, unitId);
      const code = framework.toUpperCase();
      const level: UnitLevel = 'commune';
      const units = await manager.query<Array<{ id: number }>>(
        `SELECT id FROM unit WHERE level = $1 AND ancestry @> ARRAY[$2::int]
           AND (valid_from IS NULL OR valid_from <= make_date($3, 12, 31)) AND (valid_until IS NULL OR valid_until >= make_date($3, 1, 1))`,
        [level, parent.id, planYear],
      );
      const [years] = await manager.query<Array<{ year: number | null }>>(
        `SELECT max(year) AS year FROM current_result WHERE framework_code = $1 AND level = $2 AND year < $3 AND unit_id = ANY($4::int[])`,
        [code, level, planYear, units.map((unit) => unit.id)],
      );
      const resultsYear = years?.year ?? null;
      const weaknesses: Map<number, UnitWeaknesses> = resultsYear === null ? new Map() : await weaknessesBelow(manager, code, level, resultsYear, parent.id);
      const [province] = await manager.query<Array<{ province_id: number }>>('SELECT ancestry[1] AS province_id FROM unit WHERE id = $1', [parent.id]);
      const dimensions = await this.compliance.dimensions(manager, [code], level, province!.province_id, planYear);
      const now = this.clock.now();
      const standings = await planStandings(manager, units.map((unit) => unit.id), code, planYear, dimensions, now, vietnamDate(now));
      const refs = await unitRefs(manager, units.map((unit) => unit.id));
      const items: AlignmentUnit[] = [];
      for (const unit of units) {
        const standing = standings.get(unit.id);
        const weak = weaknesses.get(unit.id)?.weak ?? [];
        const tasked = (indicator: string) => standing?.taskCodes.some((taskCode) => taskCode === indicator || taskCode.startsWith(`${indicator}.`) || indicator.startsWith(`${taskCode}.`)) ?? false;
        const reference = refs.get(unit.id)!;
        const entry: AlignmentUnit = {
          unit: { id: reference.id, code: reference.code, name: reference.name, fullName: reference.fullName },
          planId: standing?.planId ?? null,
          weakWithoutTask: weak.filter((indicator) => indicator.code !== 'TOTAL' && !tasked(indicator.code)).map((indicator) => ({ code: indicator.code, nameVi: indicator.nameVi })),
          doneButWeak: weak
            .filter((indicator) => standing?.doneCodes.some((done) => done === indicator.code || done.startsWith(`${indicator.code}.`)))
            .map((indicator) => ({ code: indicator.code, nameVi: indicator.nameVi })),
          planLateDays: standing?.planLateDays ?? null,
          planMissing: standing?.planMissing ?? true,
          planIncomplete: standing?.planIncomplete ?? [],
          reportsLate: standing?.reportsLate ?? 0,
        };
        const flagged = entry.weakWithoutTask.length + entry.doneButWeak.length + entry.planIncomplete.length + entry.reportsLate > 0 || entry.planMissing || entry.planLateDays !== null;
        if (flagged) items.push(entry);
      }
      items.sort((a, b) => score(b) - score(a) || a.unit.code.localeCompare(b.unit.code));
      return { parent: { id: parent.id, code: parent.code, name: parent.name, fullName: parent.fullName }, framework: code, planYear, resultsYear, items };
    });
  }
}

/** Most to follow up first. */
function score(unit: AlignmentUnit): number {
  return unit.weakWithoutTask.length + 2 * unit.doneButWeak.length + (unit.planMissing ? 3 : 0) + (unit.planLateDays === null ? 0 : 1) + unit.planIncomplete.length + unit.reportsLate;
}
