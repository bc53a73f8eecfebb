import type {
  DistributionResponse,
  HeatmapResponse,
  LaggingResponse,
  TrendPoint,
  TrendResponse,
  UnitLevel,
  UnitRef,
  UnitScorecard,
} from '@govindex/contracts';
import {
  describeDistribution,
  findLaggingUnits,
  findWeakIndicators,
  quartileGrouping,
  rankCompetition,
  vietnamDate,
} from '@govindex/domain';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/request-context.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AnswerCache, type DataTopic } from '../common/answer-cache.js';
import { Clock } from '../common/clock.js';
import { planStandings, standingReasons } from '../follow-up/plan-standing.js';
import { byUnit, currentValues, observe, unitInScope, unitRefs, versionDetails, versionTree, weaknessesBelow, type ValueRow } from './analytics-data.js';

/**
 * What each user comes for, computed from current published results by the framework-free rules of
 * libs/domain. A unit's detail (scorecard, weak indicators, trend) and a parent's breakdown (lagging
 * units, heatmap) need the unit in the caller's subtree; published rankings and distributions of
 * scores are public to signed-in users.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly clock: Clock,
    private readonly cache: AnswerCache,
  ) {}

  scorecard(unitId: number, framework: string, year: number): Promise<UnitScorecard> {
    const key = `scorecard|${unitId}|${framework.toUpperCase()}|${year}`;
    return this.cache.answer(key, { topics: RESULT_TOPICS, scopeUnitId: unitId }, () => this.computeScorecard(unitId, framework, year));
  }

  private computeScorecard(unitId: number, framework: string, year: number): Promise<UnitScorecard> {
    return this.scoped.run(async (manager, actor) => {
      const unit = await unitInScope(manager, actor, unitId);
      const rows = await currentValues(manager, framework, unit.level, [year, year - 1], { parentId: unit.parentId });
      const thisYear = byUnit(rows, year);
      const own = thisYear.get(unit.id);
      const anyOwn = own ? [...own.values()][0] : undefined;
      if (!own || !anyOwn) throw new NotFoundException(`Chưa có kết quả ${framework.toUpperCase()} năm ${year} của ${unit.fullName}.`);
      const { tree, thresholds } = await versionDetails(manager, anyOwn.versionId);
      const lastYear = byUnit(rows, year - 1);
      const observations = observe(tree, unit.id, thisYear, lastYear);
      const totals = ranked(thisYear);
      const previous = new Map(ranked(lastYear).map((entry) => [entry.key, entry.rank]));
      const mine = totals.find((entry) => entry.key === unit.id);
      const totalNode = tree.find((node) => node.parentCode === null);
      const parent = unit.parent;
      const previousRank = previous.get(unit.id) ?? null;
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name, fullName: unit.fullName, level: unit.level, path: unit.path },
        framework: framework.toUpperCase(),
        year,
        versionLabel: anyOwn.versionLabel,
        simulated: [...own.values()].some((row) => row.simulated),
        total:
          mine && totalNode
            ? {
                value: mine.value,
                max: totalNode.max,
                rank: mine.rank,
                of: totals.length,
                previousRank,
                rankChange: previousRank === null ? null : previousRank - mine.rank,
                group: anyOwn.quartileGroups ? quartileGrouping(totals.map((entry) => entry.value))(mine.value) : null,
                grade: own.get(totalNode.code)?.grade ?? null,
              }
            : null,
        peers: { parent: parent ? { id: parent.id, code: parent.code, name: parent.name, fullName: parent.fullName } : null, count: thisYear.size },
        dimensions: tree
          .filter((node) => node.depth === 1)
          .map((node) => {
            const values = [...thisYear.values()].flatMap((unitValues) => (unitValues.has(node.code) ? [unitValues.get(node.code)!.value] : []));
            return {
              code: node.code,
              nameVi: node.nameVi,
              nameEn: node.nameEn,
              max: node.max,
              value: own.get(node.code)?.value ?? null,
              peerAverage: values.length ? round(values.reduce((sum, value) => sum + value, 0) / values.length) : null,
              peerBest: values.length ? Math.max(...values) : null,
            };
          }),
        weakIndicators: findWeakIndicators(observations, thresholds),
      };
    });
  }

  /** Cached per Vietnam day too: a report not in by its due date turns late when the day passes. */
  lagging(framework: string, level: UnitLevel, year: number, parentId: number | undefined): Promise<LaggingResponse> {
    const key = `lagging|${framework.toUpperCase()}|${level}|${year}|${parentId ?? ''}`;
    const options = { topics: [...RESULT_TOPICS, 'plans'] as const, scopeUnitId: parentId ?? null, stamp: vietnamDate(this.clock.now()) };
    return this.cache.answer(key, options, () => this.computeLagging(framework, level, year, parentId));
  }

  private computeLagging(framework: string, level: UnitLevel, year: number, parentId: number | undefined): Promise<LaggingResponse> {
    return this.scoped.run(async (manager, actor) => {
      const parent = await parentInScope(manager, actor, level, parentId);
      const weaknesses = await weaknessesBelow(manager, framework, level, year, parent?.id ?? null);
      if (weaknesses.size === 0) throw noResults(framework, year);
      // The same year's plans and reports: a late plan or late reports join the reasons a unit lags.
      const now = this.clock.now();
      const plans = level === 'province' ? new Map() : await planStandings(manager, [...weaknesses.keys()], framework.toUpperCase(), year, [], now, vietnamDate(now));
      const standings = [...weaknesses.entries()].flatMap(([unitId, unit]) => {
        if (unit.total === null) return [];
        const dimensionCodes = new Set(unit.tree.filter((node) => node.depth === 1).map((node) => node.code));
        return [
          {
            key: unitId,
            total: unit.total,
            previousTotal: unit.previousTotal,
            weakDimensionCount: unit.weak.filter((indicator) => dimensionCodes.has(indicator.code)).length,
            otherReasons: standingReasons(plans.get(unitId), year),
          },
        ];
      });
      const lagging = findLaggingUnits(standings);
      const refs = await unitRefs(manager, lagging.map((entry) => entry.key));
      const totalOf = new Map(standings.map((standing) => [standing.key, standing.total]));
      return {
        framework: framework.toUpperCase(),
        year,
        parent: parent ? toRef(parent) : null,
        simulated: [...weaknesses.values()].some((unit) => unit.simulated),
        items: lagging.map((entry) => ({ unit: toRef(refs.get(entry.key)!), rank: entry.rank, total: totalOf.get(entry.key)!, reasons: entry.reasons })),
      };
    });
  }

  heatmap(framework: string, level: UnitLevel, year: number, parentId: number | undefined): Promise<HeatmapResponse> {
    const key = `heatmap|${framework.toUpperCase()}|${level}|${year}|${parentId ?? ''}`;
    return this.cache.answer(key, { topics: RESULT_TOPICS, scopeUnitId: parentId ?? null }, () => this.computeHeatmap(framework, level, year, parentId));
  }

  private computeHeatmap(framework: string, level: UnitLevel, year: number, parentId: number | undefined): Promise<HeatmapResponse> {
    return this.scoped.run(async (manager, actor) => {
      const parent = await parentInScope(manager, actor, level, parentId);
      const rows = await currentValues(manager, framework, level, [year], { ancestorId: parent?.id ?? null });
      const thisYear = byUnit(rows, year);
      const first = rows[0];
      if (!first) throw noResults(framework, year);
      const tree = await versionTree(manager, first.versionId);
      const dimensions = tree.filter((node) => node.depth === 1);
      const totalCode = tree.find((node) => node.parentCode === null)?.code ?? 'TOTAL';
      const refs = await unitRefs(manager, [...thisYear.keys()]);
      const heatRows = [...thisYear.entries()]
        .map(([unitId, values]) => ({
          unit: toRef(refs.get(unitId)!),
          total: values.get(totalCode)?.value ?? null,
          values: Object.fromEntries(dimensions.map((node) => [node.code, values.get(node.code)?.value ?? null])),
        }))
        .sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.unit.code.localeCompare(b.unit.code));
      return {
        framework: framework.toUpperCase(),
        year,
        parent: parent ? toRef(parent) : null,
        simulated: rows.some((row) => row.simulated),
        dimensions: dimensions.map((node) => ({ code: node.code, nameVi: node.nameVi, nameEn: node.nameEn, max: node.max })),
        rows: heatRows,
      };
    });
  }

  trend(unitId: number, framework: string, level: UnitLevel | undefined, indicator = 'TOTAL'): Promise<TrendResponse> {
    const key = `trend|${unitId}|${framework.toUpperCase()}|${level ?? ''}|${indicator.toUpperCase()}`;
    return this.cache.answer(key, { topics: RESULT_TOPICS, scopeUnitId: unitId }, () => this.computeTrend(unitId, framework, level, indicator));
  }

  private computeTrend(unitId: number, framework: string, level: UnitLevel | undefined, indicator: string): Promise<TrendResponse> {
    return this.scoped.run(async (manager, actor) => {
      const unit = await unitInScope(manager, actor, unitId);
      const atLevel = level ?? unit.level;
      const code = indicator.toUpperCase();
      const own = atLevel === unit.level;
      // Every year: a list of years to match made the planner probe the index once per year and unit.
      const rows = await currentValues(manager, framework, atLevel, null, own ? { parentId: unit.parentId } : { ancestorId: unit.id }, [code]);
      if (rows.length === 0) throw noResults(framework, null);
      const points = [...new Set(rows.map((row) => row.year))]
        .sort((a, b) => a - b)
        .flatMap((year): Array<Omit<TrendPoint, 'versionChanged'>> => {
          const ofYear = rows.filter((row) => row.year === year);
          const label = ofYear[0]!.versionLabel;
          if (own) {
            const mine = ranked(byUnit(ofYear, year)).find((entry) => entry.key === unit.id);
            return mine ? [{ year, value: mine.value, rank: mine.rank, of: ofYear.length, versionLabel: label }] : [];
          }
          return [{ year, value: round(ofYear.reduce((sum, row) => sum + row.value, 0) / ofYear.length), rank: null, of: null, versionLabel: label }];
        })
        .map((point, index, all) => ({ ...point, versionChanged: index > 0 && all[index - 1]!.versionLabel !== point.versionLabel }));
      return {
        unit: { id: unit.id, code: unit.code, name: unit.name, fullName: unit.fullName, level: unit.level },
        framework: framework.toUpperCase(),
        level: atLevel,
        indicator: code,
        kind: own ? 'own' : 'average',
        simulated: rows.some((row) => row.simulated),
        points,
      };
    });
  }

  /** Public to signed-in users, as published rankings are: no scope to check. */
  distribution(framework: string, level: UnitLevel, year: number, indicator: string, parentId: number | undefined, groupByParent: boolean): Promise<DistributionResponse> {
    const key = `distribution|${framework.toUpperCase()}|${level}|${year}|${indicator.toUpperCase()}|${parentId ?? ''}|${groupByParent}`;
    return this.cache.answer(key, { topics: RESULT_TOPICS }, () => this.computeDistribution(framework, level, year, indicator, parentId, groupByParent));
  }

  private computeDistribution(framework: string, level: UnitLevel, year: number, indicator: string, parentId: number | undefined, groupByParent: boolean): Promise<DistributionResponse> {
    return this.scoped.run(async (manager) => {
      const code = indicator.toUpperCase();
      const rows = await currentValues(manager, framework, level, [year], { ancestorId: parentId ?? null }, [code]);
      if (rows.length === 0) throw noResults(framework, year);
      const refs = await unitRefs(manager, rows.map((row) => row.unitId));
      const groups = new Map<number | null, number[]>();
      for (const row of rows) {
        const key = groupByParent ? (refs.get(row.unitId)?.parentId ?? null) : null;
        groups.set(key, [...(groups.get(key) ?? []), row.value]);
      }
      const parents = await unitRefs(manager, [...groups.keys()].filter((key): key is number => key !== null));
      return {
        framework: framework.toUpperCase(),
        level,
        year,
        indicator: code,
        simulated: rows.some((row) => row.simulated),
        groups: [...groups.entries()]
          .map(([key, values]) => ({ parent: key === null ? null : toRef(parents.get(key)!), ...describeDistribution(values)! }))
          .sort((a, b) => (a.parent?.code ?? '').localeCompare(b.parent?.code ?? '')),
      };
    });
  }
}

/** What analytics of published results read (lagging also reads plans and reports). */
const RESULT_TOPICS: readonly DataTopic[] = ['results', 'catalog', 'units'];

/** A parent to break down: in the caller's scope; none at all only for the public national province level. */
async function parentInScope(manager: EntityManager, actor: Actor, level: UnitLevel, parentId: number | undefined): Promise<UnitRef | null> {
  if (parentId !== undefined) return unitInScope(manager, actor, parentId);
  if (level === 'province') return null;
  throw new BadRequestException({ message: 'Cần chọn đơn vị cha (tỉnh hoặc huyện) để xem theo xã.', details: ['parentId: bắt buộc ở cấp xã và cấp huyện.'] });
}

function ranked(values: Map<number, Map<string, ValueRow>>) {
  return rankCompetition([...values.entries()].flatMap(([unitId, byCode]) => (byCode.has('TOTAL') ? [{ key: unitId, value: byCode.get('TOTAL')!.value }] : [])));
}

function toRef(unit: UnitRef): UnitRef {
  return { id: unit.id, code: unit.code, name: unit.name, fullName: unit.fullName };
}

function noResults(framework: string, year: number | null): NotFoundException {
  return new NotFoundException(`Chưa có kết quả ${framework.toUpperCase()}${year === null ? '' : ` năm ${year}`} cho phạm vi này.`);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
