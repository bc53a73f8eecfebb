import type { InputIssue } from '@govindex/contracts';
import type { Aggregation } from '../catalog/framework-definition.js';
import { formatDecimalVi } from './decimal.js';

/** An indicator as stored in the catalog, flattened with its parent's code. */
export interface CatalogIndicator {
  code: string;
  parentCode: string | null;
  nameVi: string;
  min: number;
  max: number;
  aggregation: Aggregation;
  weight: number | null;
  aliases: readonly string[];
}

/** How far a published parent may differ from the value computed from its children (rounding). */
export const PARENT_TOLERANCE = 0.015;

export interface CompletedValues {
  values: Map<string, number>;
  /** Codes whose value was computed here from their children. */
  computed: Set<string>;
  issues: Array<Omit<InputIssue, 'file' | 'row'>>;
}

/**
 * Fills in every parent whose children are all present (sum, mean or weighted mean, as the catalog
 * says), and checks a parent the source gave against its children: a gap beyond rounding is an error.
 */
export function completeTree(given: ReadonlyMap<string, number>, indicators: readonly CatalogIndicator[]): CompletedValues {
  const values = new Map(given);
  const computed = new Set<string>();
  const issues: CompletedValues['issues'] = [];
  const childrenOf = new Map<string, CatalogIndicator[]>();
  for (const indicator of indicators) {
    if (indicator.parentCode === null) continue;
    childrenOf.set(indicator.parentCode, [...(childrenOf.get(indicator.parentCode) ?? []), indicator]);
  }
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  const visit = (code: string): number | undefined => {
    const indicator = byCode.get(code);
    const children = childrenOf.get(code) ?? [];
    const childValues = children.map((child) => visit(child.code));
    if (!indicator || indicator.aggregation === 'none' || children.length === 0) return values.get(code);
    if (childValues.some((value) => value === undefined)) return values.get(code);
    const fromChildren = aggregate(indicator.aggregation, childValues as number[], children.map((child) => child.weight ?? 1));
    const stated = values.get(code);
    if (stated === undefined) {
      values.set(code, fromChildren);
      computed.add(code);
      return fromChildren;
    }
    if (Math.abs(stated - fromChildren) > PARENT_TOLERANCE) {
      issues.push({
        column: code,
        message: `${code} ghi ${formatDecimalVi(stated)} nhưng tính từ các chỉ số con (${children.map((child) => child.code).join(', ')}) được ${formatDecimalVi(fromChildren)}.`,
      });
    }
    return stated;
  };
  for (const root of indicators.filter((indicator) => indicator.parentCode === null)) visit(root.code);
  return { values, computed, issues };
}

function aggregate(aggregation: Aggregation, values: number[], weights: number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  if (aggregation === 'sum') return sum;
  if (aggregation === 'mean') return sum / values.length;
  const weightSum = weights.reduce((total, weight) => total + weight, 0);
  return values.reduce((total, value, index) => total + value * (weights[index] ?? 0), 0) / weightSum;
}
