import type {
  UnitDetail,
  UnitLineageLink,
  UnitLineageResponse,
  UnitLevelCounts,
  UnitListResponse,
  UnitSearchHit,
  UnitSearchResponse,
  UnitSummary,
} from '@govindex/contracts';
import { foldVietnamese } from '@govindex/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnswerCache } from '../common/answer-cache.js';

interface UnitRow {
  id: number;
  code: string;
  name: string;
  full_name: string;
  level: UnitSummary['level'];
  kind: UnitSummary['kind'];
  parent_id: number | null;
  child_count: number;
  valid_from: string | null;
  valid_until: string | null;
}

/** SQL predicate: unit `alias` is in force on the date `date` (an SQL date expression). */
function inForce(alias: string, date: string): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= ${date})
      AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= ${date})`;
}

/** Columns of a UnitRow from alias `u`; children are counted as they stood on `date`. */
function unitColumns(date: string): string {
  return `u.id, u.code, u.name, u.full_name, u.level, u.kind, u.parent_id, u.valid_from, u.valid_until,
  (SELECT count(*)::int FROM unit c WHERE c.parent_id = u.id AND ${inForce('c', date)}) AS child_count`;
}

const AS_OF = '$1::date';
/** A unit looked at for itself: its children on its last day in force (today while it still is). */
const OWN_INTERVAL = 'coalesce(u.valid_until, current_date)';

/**
 * The national tree is public reference data: every reader may browse it; tenant data hangs off it.
 * Lists and searches are the same for every caller, so they are kept until the tree changes.
 */
@Injectable()
export class UnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  listChildren(parentId: number | undefined, asOf: string = today()): Promise<UnitListResponse> {
    return this.cache.answer(`units|children|${parentId ?? ''}|${asOf}`, { topics: ['units'] }, () => this.computeChildren(parentId, asOf));
  }

  private async computeChildren(parentId: number | undefined, asOf: string): Promise<UnitListResponse> {
    if (parentId !== undefined) await this.requireUnit(parentId);
    const rows = await this.dataSource.query<UnitRow[]>(
      `SELECT ${unitColumns(AS_OF)} FROM unit u
       WHERE ${parentId === undefined ? 'u.parent_id IS NULL' : 'u.parent_id = $2'} AND ${inForce('u', AS_OF)}
       ORDER BY u.code`,
      parentId === undefined ? [asOf] : [asOf, parentId],
    );
    return { items: rows.map(toSummary) };
  }

  async get(id: number): Promise<UnitDetail> {
    const unit = await this.requireUnit(id);
    const ancestors = await this.dataSource.query<UnitRow[]>(
      `WITH RECURSIVE chain AS (
         SELECT p.*, 1 AS depth FROM unit p WHERE p.id = $1
         UNION ALL
         SELECT p.*, chain.depth + 1 FROM unit p JOIN chain ON p.id = chain.parent_id
       )
       SELECT ${unitColumns(OWN_INTERVAL)} FROM chain u ORDER BY u.depth DESC`,
      [unit.parent_id],
    );
    return { ...toSummary(unit), ancestors: ancestors.map(toSummary) };
  }

  /** Units this one came from and went into across reforms, with how much of each. */
  async lineage(id: number): Promise<UnitLineageResponse> {
    const unit = await this.requireUnit(id);
    const links = await this.dataSource.query<Array<UnitRow & { direction: 'predecessor' | 'successor'; merge_type: 'full' | 'partial'; effective_on: string; basis: string }>>(
      `SELECT ${unitColumns(OWN_INTERVAL)}, l.direction, l.merge_type, l.effective_on, l.basis
       FROM (
         SELECT 'predecessor' AS direction, predecessor_id AS other_id, merge_type, effective_on, basis
         FROM unit_lineage WHERE successor_id = $1
         UNION ALL
         SELECT 'successor', successor_id, merge_type, effective_on, basis
         FROM unit_lineage WHERE predecessor_id = $1
       ) l JOIN unit u ON u.id = l.other_id
       ORDER BY l.direction, u.code`,
      [id],
    );
    const toLink = (row: (typeof links)[number]): UnitLineageLink => ({
      unit: toSummary(row),
      mergeType: row.merge_type,
      effectiveOn: row.effective_on,
      source: row.basis,
    });
    return {
      unit: toSummary(unit),
      predecessors: links.filter((row) => row.direction === 'predecessor').map(toLink),
      successors: links.filter((row) => row.direction === 'successor').map(toLink),
    };
  }

  async search(query: string, asOf: string = today(), limit = 20): Promise<UnitSearchResponse> {
    const folded = foldVietnamese(query);
    const found = await this.cache.answer(`units|search|${folded}|${asOf}|${limit}`, { topics: ['units'] }, () => this.computeSearch(folded, asOf, limit));
    return { ...found, query };
  }

  /**
   * Units whose folded full name holds the text: exact names first, then names that begin with it, then
   * the rest; provinces before districts before communes. Each hit carries the names of the units above
   * it (its ancestry, nearest first), read by primary key.
   */
  private async computeSearch(folded: string, asOf: string, limit: number): Promise<Omit<UnitSearchResponse, 'query'>> {
    const literal = folded.replace(/[\\%_]/g, (char) => `\\${char}`);
    const rows = await this.dataSource.query<Array<UnitRow & { path: string | null }>>(
      `WITH hits AS (
         SELECT u.*,
                CASE WHEN u.name_folded = $2 OR u.full_name_folded = $2 THEN 0
                     WHEN u.name_folded LIKE $4 OR u.full_name_folded LIKE $4 THEN 1 ELSE 2 END AS relevance
         FROM unit u
         WHERE u.full_name_folded LIKE $3 AND ${inForce('u', AS_OF)}
         ORDER BY relevance, CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, u.code
         LIMIT $5
       )
       SELECT ${unitColumns(AS_OF)}, u.relevance,
              (SELECT string_agg(a.full_name, ', ' ORDER BY array_position(u.ancestry, a.id) DESC)
               FROM unit a WHERE a.id = ANY(u.ancestry) AND a.id <> u.id) AS path
       FROM hits u
       ORDER BY u.relevance, CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, u.code`,
      [asOf, folded, `%${literal}%`, `${literal}%`, limit + 1],
    );
    const items: UnitSearchHit[] = rows.slice(0, limit).map((row) => ({ ...toSummary(row), path: row.path ?? '' }));
    return { items, truncated: rows.length > limit };
  }

  async countByLevel(asOf: string = today()): Promise<UnitLevelCounts> {
    const rows = await this.dataSource.query<Array<{ level: UnitSummary['level']; count: number }>>(
      `SELECT u.level, count(*)::int AS count FROM unit u WHERE ${inForce('u', AS_OF)} GROUP BY u.level`,
      [asOf],
    );
    const counts: UnitLevelCounts = { province: 0, district: 0, commune: 0 };
    for (const row of rows) counts[row.level] = row.count;
    return counts;
  }

  private async requireUnit(id: number): Promise<UnitRow> {
    const [row] = await this.dataSource.query<UnitRow[]>(
      `SELECT ${unitColumns(OWN_INTERVAL)} FROM unit u WHERE u.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundException(`Không tìm thấy đơn vị có mã số ${id}.`);
    return row;
  }
}

function toSummary(row: UnitRow): UnitSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    level: row.level,
    kind: row.kind,
    parentId: row.parent_id,
    childCount: row.child_count,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

/** Today's date in Vietnam (UTC+7), which decides which map is in force. */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
