import type { UnitLevel } from '@govindex/contracts';
import { rankCompetition } from '@govindex/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ScopedDatabase } from '../access/scoped-database.js';
import { unitInScope, weaknessesBelow } from '../analytics/analytics-data.js';
import { buildRemediationPlan } from './remediation-plan.docx.js';

/** Drafts a unit's remediation plan from its weak criteria in a year's results. */
@Injectable()
export class RemediationService {
  constructor(private readonly scoped: ScopedDatabase) {}

  draft(unitId: number, framework: string, resultsYear: number): Promise<{ fileName: string; body: Buffer }> {
    return this.scoped.run(async (manager, actor) => {
      const unit = await unitInScope(manager, actor, unitId);
      const code = framework.toUpperCase();
      const peers = await weaknessesBelow(manager, code, unit.level as UnitLevel, resultsYear, unit.parentId);
      const own = peers.get(unit.id);
      if (!own) throw new NotFoundException(`Chưa có kết quả ${code} năm ${resultsYear} của ${unit.fullName}.`);
      const [meta] = await manager.query<Array<{ name_vi: string }>>('SELECT name_vi FROM framework WHERE code = $1', [code]);
      const weakByCode = new Map(own.weak.map((indicator) => [indicator.code, indicator]));
      const totalNode = own.tree.find((node) => node.parentCode === null);
      const ranking = rankCompetition([...peers.entries()].flatMap(([key, peer]) => (peer.total === null ? [] : [{ key, value: peer.total }])));
      const mine = ranking.find((entry) => entry.key === unit.id);
      const body = await buildRemediationPlan({
        unitFullName: unit.fullName,
        unitName: unit.name,
        frameworkName: meta?.name_vi ?? code,
        frameworkCode: code,
        resultsYear,
        total: own.total === null || !totalNode ? null : { value: own.total, max: totalNode.max, rank: mine?.rank ?? null, of: ranking.length },
        dimensions: own.tree
          .filter((node) => node.depth === 1)
          .map((node) => ({
            code: node.code,
            nameVi: node.nameVi,
            value: own.values.get(node.code) ?? null,
            max: node.max,
            weak: weakByCode.get(node.code) ?? null,
            parts: own.weak.filter((indicator) => indicator.code.startsWith(`${node.code}.`)),
          })),
      });
      const safeName = unit.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9]+/g, '-');
      return { fileName: `ke-hoach-khac-phuc-${code.toLowerCase()}-${resultsYear + 1}-${safeName}.docx`, body };
    });
  }
}
