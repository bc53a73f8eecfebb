import type { ComplianceCheck, PlanComplianceResponse, UnitLevel } from '@govindex/contracts';
import { checkPlanCompliance, VIETNAM_WORKING_DAYS, type CompliancePlan, type FrameworkDimension } from '@govindex/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { loadVisiblePlan } from './plans.service.js';

/** A plan's compliance checks (libs/domain), fed with its parent plan and the catalog's dimensions. */
@Injectable()
export class PlanComplianceService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly catalog: CatalogService,
  ) {}

  check(planId: number): Promise<PlanComplianceResponse> {
    return this.scoped.run(async (manager, actor) => ({ planId, checks: await this.checksOf(manager, actor, planId) }));
  }

  async checksOf(manager: EntityManager, actor: Actor, planId: number): Promise<ComplianceCheck[]> {
    const plan = await loadVisiblePlan(manager, actor, planId);
    // A commune reads the district plan its own plan implements (plans are visible from below).
    const parent = plan.parentPlanId === null ? null : await loadVisiblePlan(manager, actor, plan.parentPlanId).catch(() => null);
    const [unit] = await manager.query<Array<{ level: UnitLevel; province_id: number }>>('SELECT level, ancestry[1] AS province_id FROM unit WHERE id = $1', [plan.unit.id]);
    return checkPlanCompliance({
      plan: toCompliancePlan(plan),
      parentPlan: parent ? toCompliancePlan(parent) : null,
      frameworkDimensions: await this.dimensions(manager, plan.frameworks, unit!.level, unit!.province_id, plan.year),
      calendar: VIETNAM_WORKING_DAYS,
    });
  }

  /** Top-level dimensions of each framework's version in force in the year, at the unit's level. */
  async dimensions(manager: EntityManager, frameworks: readonly string[], level: UnitLevel, provinceId: number, year: number): Promise<FrameworkDimension[]> {
    const dimensions: FrameworkDimension[] = [];
    for (const code of frameworks) {
      const framework = await this.catalog.frameworkAtLevel(manager, code, level, provinceId).catch(() => null);
      if (!framework) continue;
      const version = framework.versions.find((candidate) => candidate.firstYear <= year && (candidate.lastYear ?? 9999) >= year) ?? framework.versions.at(-1);
      const total = version?.indicators.find((indicator) => indicator.parentCode === null);
      for (const indicator of version?.indicators ?? []) {
        if (total && indicator.parentCode === total.code) dimensions.push({ code: indicator.code, nameVi: indicator.nameVi, framework: framework.code });
      }
    }
    return dimensions;
  }
}

export function toCompliancePlan(plan: { issuedOn: string | null; tasks: CompliancePlan['tasks'] }): CompliancePlan {
  return { issuedOn: plan.issuedOn, tasks: plan.tasks };
}
