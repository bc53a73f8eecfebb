import type { RankingResponse, RankingRow, ResultYearsResponse, UnitLevel } from '@govindex/contracts';
import { quartileGrouping, rankCompetition } from '@govindex/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ScopedDatabase } from '../access/scoped-database.js';
import { AnswerCache } from '../common/answer-cache.js';

export interface RankingQuery {
  framework: string;
  level: UnitLevel;
  year: number;
  indicator?: string;
  /** Rank the children of this unit (a district's communes); omitted ranks the level nationwide. */
  parentId?: number;
}

interface ValueRow {
  year: number;
  unit_id: number;
  code: string;
  name: string;
  full_name: string;
  value: string;
  published_rank: number | null;
  grade: string | null;
  simulated: boolean;
  label: string;
  quartile_groups: boolean;
  higher_is_better: boolean;
}

/**
 * Published results as users read them: rankings with rank change and groups. Published rankings are
 * public to every signed-in user, so reads need no scope filter; they still run under the request's
 * role so row-level security stays the second wall.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly cache: AnswerCache,
  ) {}

  /** The years that have current results for a framework at a level (under a parent when given), newest first. */
  years(framework: string, level: UnitLevel, parentId?: number): Promise<ResultYearsResponse> {
    return this.scoped.run(async (manager) => {
      const rows = await manager.query<Array<{ year: number }>>(
        `SELECT DISTINCT r.year FROM current_result r JOIN unit u ON u.id = r.unit_id
         WHERE r.framework_code = $1 AND r.level = $2 AND ($3::int IS NULL OR u.ancestry @> ARRAY[$3::int])
         ORDER BY r.year DESC`,
        [framework.toUpperCase(), level, parentId ?? null],
      );
      return { framework: framework.toUpperCase(), level, years: rows.map((row) => row.year) };
    });
  }

  /** Public to every signed-in user: kept in memory until results, the catalog or the unit tree change. */
  ranking(query: RankingQuery): Promise<RankingResponse> {
    const indicator = (query.indicator ?? 'TOTAL').toUpperCase();
    const key = `ranking|${query.framework.toUpperCase()}|${query.level}|${query.year}|${indicator}|${query.parentId ?? ''}`;
    return this.cache.answer(key, { topics: ['results', 'catalog', 'units'] }, () => this.computeRanking(query, indicator));
  }

  private computeRanking(query: RankingQuery, indicator: string): Promise<RankingResponse> {
    return this.scoped.run(async (manager) => {
      const rows = await manager.query<ValueRow[]>(
        `SELECT v.year, u.id AS unit_id, u.code, u.name, u.full_name, v.value, v.published_rank, v.grade, s.simulated,
                fv.label, fv.quartile_groups, i.higher_is_better
         FROM result_value v
         JOIN result_source s ON s.id = v.source_id AND s.superseded_at IS NULL
         JOIN indicator i ON i.id = v.indicator_id AND i.code = $3
         JOIN framework_version fv ON fv.id = i.version_id AND fv.level = $2
         JOIN framework f ON f.id = fv.framework_id AND f.code = $1
         JOIN unit u ON u.id = v.unit_id
         WHERE v.year IN ($4, $4 - 1) AND ($5::int IS NULL OR u.parent_id = $5)`,
        [query.framework.toUpperCase(), query.level, indicator, query.year, query.parentId ?? null],
      );
      const thisYear = rows.filter((row) => row.year === query.year);
      const first = thisYear[0];
      if (!first) {
        throw new NotFoundException(`Chưa có kết quả ${query.framework.toUpperCase()} năm ${query.year} (${indicator}) cho phạm vi này.`);
      }
      const ranked = rankCompetition(
        thisYear.map((row) => ({ key: row, value: Number(row.value) })),
        first.higher_is_better,
      );
      const previous = new Map(
        rankCompetition(
          rows.filter((row) => row.year === query.year - 1).map((row) => ({ key: row.unit_id, value: Number(row.value) })),
          first.higher_is_better,
        ).map((entry) => [entry.key, entry.rank]),
      );
      const groupOf = quartileGrouping(ranked.map((entry) => entry.value), first.higher_is_better);
      const items: RankingRow[] = ranked.map(({ key: row, value, rank }) => {
        const previousRank = previous.get(row.unit_id) ?? null;
        return {
          unit: { id: row.unit_id, code: row.code, name: row.name, fullName: row.full_name },
          value,
          rank,
          previousRank,
          rankChange: previousRank === null ? null : previousRank - rank,
          group: first.quartile_groups ? groupOf(value) : null,
          publishedRank: row.published_rank,
          grade: row.grade,
          simulated: row.simulated,
        };
      });
      return {
        framework: query.framework.toUpperCase(),
        level: query.level,
        year: query.year,
        indicator,
        versionLabel: first.label,
        parentId: query.parentId ?? null,
        items,
      };
    });
  }
}
