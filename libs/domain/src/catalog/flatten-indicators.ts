import type { Aggregation, IndicatorDefinition } from './framework-definition.js';

/** One node of an indicator tree as a database row: its parent by code, its depth, defaults filled in. */
export interface FlatIndicator {
  code: string;
  parentCode: string | null;
  /** 0 for TOTAL, 1 for a dimension, 2 for a sub-dimension, … */
  depth: number;
  nameVi: string;
  nameEn: string;
  min: number;
  max: number;
  higherIsBetter: boolean;
  aggregation: Aggregation;
  weight: number | null;
  aliases: string[];
}

/** The tree in pre-order: every parent before its children, siblings in the order the file gives. */
export function flattenIndicators(total: IndicatorDefinition): FlatIndicator[] {
  const rows: FlatIndicator[] = [];
  const visit = (node: IndicatorDefinition, parentCode: string | null, depth: number) => {
    rows.push({
      code: node.code,
      parentCode,
      depth,
      nameVi: node.nameVi,
      nameEn: node.nameEn,
      min: node.min,
      max: node.max,
      higherIsBetter: node.higherIsBetter ?? true,
      aggregation: node.aggregation,
      weight: node.weight ?? null,
      aliases: [...(node.aliases ?? [])],
    });
    for (const child of node.children ?? []) visit(child, node.code, depth + 1);
  };
  visit(total, null, 0);
  return rows;
}
