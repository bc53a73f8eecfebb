import type { CatalogResponse, FrameworkSummary, UnitLevel } from '@govindex/contracts';
import { levelsOf, yearsOf } from '../../catalog/state/catalog';

/**
 * What the ranking page shows, as held in its URL (?framework=PAPI&level=province&year=2024&indicator=TOTAL&parent=ID)
 * so a ranking can be shared and reloaded. Missing parts take defaults once the catalog is known.
 */
export interface RankingView {
  framework: string | null;
  level: UnitLevel | null;
  /** Null: the latest year with results. */
  year: number | null;
  indicator: string | null;
  /** A unit whose children are ranked; 'all' ranks the whole level; null takes the default for the user. */
  parent: number | 'all' | null;
}

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
const FRAMEWORK = /^[A-Z_]{2,20}$/;
const INDICATOR = /^[A-Z0-9.]{1,20}$/;

export function readRankingView(params: URLSearchParams): RankingView {
  const framework = params.get('framework')?.toUpperCase() ?? '';
  const level = params.get('level') ?? '';
  const year = params.get('year') ?? '';
  const indicator = params.get('indicator')?.toUpperCase() ?? '';
  const parent = params.get('parent') ?? '';
  return {
    framework: FRAMEWORK.test(framework) ? framework : null,
    level: (LEVELS as readonly string[]).includes(level) ? (level as UnitLevel) : null,
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    indicator: INDICATOR.test(indicator) ? indicator : null,
    parent: parent === 'all' ? 'all' : /^[1-9]\d{0,15}$/.test(parent) ? Number(parent) : null,
  };
}

export function rankingViewParams(view: RankingView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.framework) params.set('framework', view.framework);
  if (view.level) params.set('level', view.level);
  if (view.year !== null) params.set('year', String(view.year));
  if (view.indicator) params.set('indicator', view.indicator);
  if (view.parent !== null) params.set('parent', String(view.parent));
  return params;
}

/** The ranking to ask for: every choice made, from the URL or by default. */
export interface RankingSelection {
  framework: FrameworkSummary;
  level: UnitLevel;
  /** Years some version covers, latest first; `year` is one of them, or null for "the latest with results". */
  years: number[];
  year: number | null;
  indicator: string;
}

/** PAPI is what every province has: the page opens on it unless the URL names another framework. */
export const DEFAULT_FRAMEWORK = 'PAPI';

/**
 * Completes the view against the catalog: an unknown framework falls back to PAPI (or the first), a level
 * the framework lacks to its first level, a year outside its versions to "latest". The indicator is kept
 * as asked (TOTAL by default): the API says so when a year has no such indicator.
 */
export function selectRanking(view: RankingView, catalog: CatalogResponse, provinceId: number | null, currentYear: number): RankingSelection | null {
  const framework =
    catalog.frameworks.find((candidate) => candidate.code === view.framework) ??
    catalog.frameworks.find((candidate) => candidate.code === DEFAULT_FRAMEWORK) ??
    catalog.frameworks[0];
  if (!framework) return null;
  const levels = levelsOf(framework);
  const level = view.level && levels.includes(view.level) ? view.level : levels[0];
  if (!level) return null;
  const years = yearsOf(framework, level, provinceId, currentYear);
  const year = view.year !== null && years.includes(view.year) ? view.year : null;
  return { framework, level, years, year, indicator: view.indicator ?? 'TOTAL' };
}

/**
 * Years to try, latest first, when none is chosen: results are published the year after, so the current
 * year is tried last of all, and only a few years back.
 */
export function candidateYears(years: readonly number[], currentYear: number, tries = 4): number[] {
  const past = years.filter((year) => year < currentYear);
  return (past.length > 0 ? past : [...years]).slice(0, tries);
}

/** The unit as the ranking needs it: itself and its ancestors, nearest last (as the API lists them). */
export interface OwnUnit {
  id: number;
  level: UnitLevel;
  /** From the province down to the unit's parent. */
  ancestorIds: number[];
}

/**
 * The parent whose children a user sees ranked by default: a district officer (or anyone in a commune)
 * sees the communes of their district, a province officer the districts of their province. Provinces
 * are ranked nationwide, and so is a level above the user's own.
 */
export function defaultParentId(level: UnitLevel, own: OwnUnit | null): number | null {
  if (!own || level === 'province') return null;
  const chain = [...own.ancestorIds, own.id];
  const levelIndex = { province: 0, district: 1, commune: 2 } as const;
  // The ranked units' parent sits one level above them; the user's chain holds it when the user is at or below it.
  const parentDepth = levelIndex[level] - 1;
  return levelIndex[own.level] >= parentDepth ? (chain[parentDepth] ?? null) : null;
}

/** The unit to mark in a ranking: the user's own unit, else the nearest of its ancestors that is ranked. */
export function highlightedUnitId(rankedIds: ReadonlySet<number>, own: OwnUnit | null): number | null {
  if (!own) return null;
  for (const id of [own.id, ...[...own.ancestorIds].reverse()]) if (rankedIds.has(id)) return id;
  return null;
}
