import type { FrameworkSummary, FrameworkVersionDetail, FrameworkVersionSummary, IndicatorNode, UnitLevel } from '@govindex/contracts';
import type { FrameworkVersionDefinition, IndicatorDefinition } from '@govindex/domain';

export const LEVEL_ORDER: readonly UnitLevel[] = ['province', 'district', 'commune'];

/** The levels a framework has versions for, from province down. */
export function levelsOf(framework: Pick<FrameworkSummary, 'versions'>): UnitLevel[] {
  return LEVEL_ORDER.filter((level) => framework.versions.some((version) => version.level === level));
}

/** The versions that apply to the caller: the national ones and those of the caller's own province. */
export function versionsFor(
  framework: Pick<FrameworkSummary, 'versions'>,
  level: UnitLevel,
  provinceId: number | null,
): FrameworkVersionSummary[] {
  return framework.versions.filter(
    (version) => version.level === level && (version.ownerProvinceId === null || version.ownerProvinceId === provinceId),
  );
}

/** Years a version covers; one still in use, up to `currentYear` (or its first year, when that is still to come). */
export function yearsOfVersion(version: Pick<FrameworkVersionSummary, 'firstYear' | 'lastYear'>, currentYear: number): number[] {
  const last = version.lastYear ?? Math.max(currentYear, version.firstYear);
  const years: number[] = [];
  for (let year = version.firstYear; year <= last; year += 1) years.push(year);
  return years;
}

/** Every year some applicable version covers, latest first. */
export function yearsOf(
  framework: Pick<FrameworkSummary, 'versions'>,
  level: UnitLevel,
  provinceId: number | null,
  currentYear: number,
): number[] {
  const years = new Set(versionsFor(framework, level, provinceId).flatMap((version) => yearsOfVersion(version, currentYear)));
  return [...years].sort((a, b) => b - a);
}

/** The version in force in `year`: the province's own one when it has one, else the national one. */
export function versionForYear(
  framework: Pick<FrameworkSummary, 'versions'>,
  level: UnitLevel,
  year: number,
  provinceId: number | null,
): FrameworkVersionSummary | null {
  const covering = versionsFor(framework, level, provinceId).filter(
    (version) => version.firstYear <= year && (version.lastYear === null || year <= version.lastYear),
  );
  return covering.find((version) => version.ownerProvinceId !== null) ?? covering[0] ?? null;
}

/** "2011–2017", or "2021–nay" for a version still in use (`now` is the word for "now"). */
export function yearSpan(version: Pick<FrameworkVersionSummary, 'firstYear' | 'lastYear'>, now: string): string {
  if (version.lastYear === version.firstYear) return String(version.firstYear);
  return `${version.firstYear}–${version.lastYear ?? now}`;
}

/** The parents of a node, from the total down, as codes; empty for the total. */
export function ancestorCodes(indicators: readonly IndicatorNode[], code: string): string[] {
  const byCode = new Map(indicators.map((node) => [node.code, node]));
  const path: string[] = [];
  let parent = byCode.get(code)?.parentCode ?? null;
  while (parent !== null) {
    path.unshift(parent);
    parent = byCode.get(parent)?.parentCode ?? null;
  }
  return path;
}

/**
 * Rebuilds the definition of a version (the JSON the catalog files and the API's PUT take) from the flat
 * pre-order tree the API sends: every node under its parent, siblings in order, defaults left out.
 */
export function definitionOfDetail(detail: FrameworkVersionDetail): FrameworkVersionDefinition {
  const nodes = new Map<string, IndicatorDefinition>();
  let total: IndicatorDefinition | null = null;
  for (const indicator of detail.indicators) {
    const node: IndicatorDefinition = {
      code: indicator.code,
      nameVi: indicator.nameVi,
      nameEn: indicator.nameEn,
      min: indicator.min,
      max: indicator.max,
      aggregation: indicator.aggregation,
      ...(indicator.higherIsBetter === false ? { higherIsBetter: false } : {}),
      ...(indicator.weight !== null ? { weight: indicator.weight } : {}),
    };
    nodes.set(indicator.code, node);
    if (indicator.parentCode === null) {
      total ??= node;
      continue;
    }
    const parent = nodes.get(indicator.parentCode);
    if (!parent) throw new Error(`indicator ${indicator.code} comes before its parent ${indicator.parentCode}`);
    (parent.children ??= []).push(node);
  }
  if (!total) throw new Error(`version ${detail.id} has no indicator tree`);
  return {
    label: detail.label,
    level: detail.level,
    firstYear: detail.firstYear,
    lastYear: detail.lastYear,
    unit: detail.valueUnit,
    source: detail.source,
    total,
    grades: detail.grades.map((grade) => ({ gradeVi: grade.gradeVi, gradeEn: grade.gradeEn, minValue: grade.minValue })),
    ...(detail.quartileGroups ? { quartileGroups: true } : {}),
  };
}
