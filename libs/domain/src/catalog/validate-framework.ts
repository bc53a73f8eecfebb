import type { InputIssue, UnitLevel } from '@govindex/contracts';
import type { FrameworkDefinition, FrameworkVersionDefinition, IndicatorDefinition } from './framework-definition.js';

/** Indicator codes are import column headers: "TOTAL", or upper-case parts joined by dots ("D1", "D1.2"). */
export const INDICATOR_CODE_PATTERN = /^(TOTAL|[A-Z0-9]+(\.[A-Z0-9]+)*)$/;

/** Slack when comparing bounds built from decimals such as 0.25 or 1/3. */
const RANGE_TOLERANCE = 1e-6;

const LEVEL_VI: Record<UnitLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };

type Report = (column: string, message: string) => void;

interface PlacedNode {
  node: IndicatorDefinition;
  /** JSON path of the node inside the definition, e.g. "versions[1].total.children[2]". */
  path: string;
}

/**
 * Checks what the shape of a framework definition cannot: codes, ranges that agree with each
 * aggregation, weights, aliases, grade bands, and versions of one level that do not overlap in years.
 * Each issue names the JSON path of the offending field in `column`.
 */
export function validateFrameworkDefinition(definition: FrameworkDefinition, file: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const report: Report = (column, message) => issues.push({ file, column, message });
  if (definition.versions.length === 0) report('versions', 'Bộ chỉ số phải có ít nhất một phiên bản.');
  definition.versions.forEach((version, index) => checkVersion(version, `versions[${index}]`, report));
  checkYearsDoNotOverlap(definition.versions, report);
  return issues;
}

function checkVersion(version: FrameworkVersionDefinition, path: string, report: Report): void {
  if (version.lastYear !== null && version.lastYear < version.firstYear) {
    report(`${path}.lastYear`, `Năm cuối (${version.lastYear}) đứng trước năm đầu (${version.firstYear}).`);
  }
  if (version.total.code !== 'TOTAL') {
    report(`${path}.total.code`, `Gốc của cây chỉ số phải có mã "TOTAL", không phải "${version.total.code}".`);
  }
  const nodes = placeNodes(version.total, `${path}.total`);
  checkCodes(nodes, report);
  for (const placed of nodes) checkNode(placed, report);
  checkAliases(nodes, report);
  checkGrades(version, path, report);
  checkWeakness(version, path, report);
}

/** Thresholds a district officer can rely on: a negative z-score, shares strictly between 0 and 1. */
function checkWeakness(version: FrameworkVersionDefinition, path: string, report: Report): void {
  const weakness = version.weakness;
  if (!weakness) return;
  if (weakness.zScore !== undefined && !(weakness.zScore < 0)) report(`${path}.weakness.zScore`, 'Ngưỡng z phải là số âm (ví dụ -1,5).');
  if (weakness.declineShareOfRange !== undefined && !(weakness.declineShareOfRange > 0 && weakness.declineShareOfRange < 1)) {
    report(`${path}.weakness.declineShareOfRange`, 'Mức giảm phải là một tỉ lệ lớn hơn 0 và nhỏ hơn 1 (ví dụ 0,05).');
  }
  if (weakness.bottomQuantile !== undefined && !(weakness.bottomQuantile > 0 && weakness.bottomQuantile < 1)) {
    report(`${path}.weakness.bottomQuantile`, 'Phân vị đáy phải lớn hơn 0 và nhỏ hơn 1 (ví dụ 0,25).');
  }
  if (weakness.minimumPeers !== undefined && !(Number.isInteger(weakness.minimumPeers) && weakness.minimumPeers >= 2)) {
    report(`${path}.weakness.minimumPeers`, 'Số đơn vị so sánh tối thiểu phải là số nguyên từ 2 trở lên.');
  }
}

function placeNodes(node: IndicatorDefinition, path: string, into: PlacedNode[] = []): PlacedNode[] {
  into.push({ node, path });
  (node.children ?? []).forEach((child, index) => placeNodes(child, `${path}.children[${index}]`, into));
  return into;
}

function checkCodes(nodes: readonly PlacedNode[], report: Report): void {
  const firstPath = new Map<string, string>();
  for (const { node, path } of nodes) {
    if (!INDICATOR_CODE_PATTERN.test(node.code)) {
      report(`${path}.code`, `Mã "${node.code}" không hợp lệ: dùng "TOTAL" hoặc chữ in hoa, chữ số nối bằng dấu chấm (D1, D1.2).`);
    }
    const first = firstPath.get(node.code);
    if (first === undefined) firstPath.set(node.code, path);
    else report(`${path}.code`, `Mã "${node.code}" bị trùng với chỉ số ở ${first}.`);
  }
}

function checkNode({ node, path }: PlacedNode, report: Report): void {
  if (!(node.min < node.max)) {
    report(`${path}.max`, `Giá trị tối đa (${vi(node.max)}) của "${node.code}" phải lớn hơn giá trị tối thiểu (${vi(node.min)}).`);
  }
  if (node.weight !== undefined && !(node.weight > 0)) {
    report(`${path}.weight`, `Trọng số của "${node.code}" phải là số dương, không phải ${vi(node.weight)}.`);
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    if (node.aggregation !== 'none') {
      report(`${path}.aggregation`, `"${node.code}" không có chỉ số con nên kiểu gộp phải là "none", không phải "${node.aggregation}".`);
    }
    return;
  }
  if (node.aggregation === 'sum') {
    checkBound(node, path, 'min', sum(children.map((child) => child.min)), 'Tổng giá trị tối thiểu', report);
    checkBound(node, path, 'max', sum(children.map((child) => child.max)), 'Tổng giá trị tối đa', report);
  } else if (node.aggregation === 'mean' || node.aggregation === 'weighted_mean') {
    const weights = meanWeights(node, path, report);
    if (weights === null) return;
    // The parent's range must be the one the mean can reach: narrower would refuse reachable values,
    // wider would accept impossible ones (a 0–100 total over 0–10 parts).
    const totalWeight = sum(weights);
    const low = sum(children.map((child, index) => child.min * (weights[index] ?? 0))) / totalWeight;
    const high = sum(children.map((child, index) => child.max * (weights[index] ?? 0))) / totalWeight;
    checkBound(node, path, 'min', low, 'Trung bình giá trị tối thiểu', report);
    checkBound(node, path, 'max', high, 'Trung bình giá trị tối đa', report);
  }
}

/** The weights a mean uses, or null when a weighted mean lacks one (reported on the child). */
function meanWeights(node: IndicatorDefinition, path: string, report: Report): number[] | null {
  const children = node.children ?? [];
  if (node.aggregation === 'mean') return children.map(() => 1);
  let complete = true;
  children.forEach((child, index) => {
    if (child.weight === undefined) {
      report(`${path}.children[${index}].weight`, `"${child.code}" cần trọng số vì "${node.code}" là trung bình có trọng số.`);
      complete = false;
    } else if (!(child.weight > 0)) {
      complete = false;
    }
  });
  return complete ? children.map((child) => child.weight ?? 0) : null;
}

function checkBound(
  node: IndicatorDefinition,
  path: string,
  bound: 'min' | 'max',
  fromChildren: number,
  what: string,
  report: Report,
): void {
  if (Math.abs(node[bound] - fromChildren) <= RANGE_TOLERANCE) return;
  report(
    `${path}.${bound}`,
    `${what} của các chỉ số con của "${node.code}" là ${vi(fromChildren)}, nhưng "${node.code}" ghi ${vi(node[bound])}.`,
  );
}

function checkAliases(nodes: readonly PlacedNode[], report: Report): void {
  // Import headers are matched ignoring case and surrounding spaces, so aliases are compared that way.
  const fold = (name: string) => name.trim().toLowerCase();
  const codeOfFolded = new Map(nodes.map(({ node }) => [fold(node.code), node.code]));
  const firstPath = new Map<string, string>();
  for (const { node, path } of nodes) {
    (node.aliases ?? []).forEach((alias, index) => {
      const at = `${path}.aliases[${index}]`;
      const code = codeOfFolded.get(fold(alias));
      if (code !== undefined) report(at, `Tên khác "${alias}" của "${node.code}" trùng với mã chỉ số "${code}".`);
      const first = firstPath.get(fold(alias));
      if (first === undefined) firstPath.set(fold(alias), at);
      else report(at, `Tên khác "${alias}" của "${node.code}" đã được dùng ở ${first}.`);
    });
  }
}

function checkGrades(version: FrameworkVersionDefinition, path: string, report: Report): void {
  const { min, max } = version.total;
  version.grades.forEach((band, index) => {
    const at = `${path}.grades[${index}].minValue`;
    if (band.minValue < min || band.minValue > max) {
      report(at, `Ngưỡng ${vi(band.minValue)} của hạng "${band.gradeVi}" nằm ngoài khoảng của TOTAL [${vi(min)}; ${vi(max)}].`);
    }
    const previous = version.grades[index - 1];
    if (previous !== undefined && band.minValue >= previous.minValue) {
      report(
        at,
        `Các hạng phải xếp từ cao xuống thấp: ngưỡng của "${band.gradeVi}" (${vi(band.minValue)}) phải nhỏ hơn ngưỡng của "${previous.gradeVi}" (${vi(previous.minValue)}).`,
      );
    }
  });
}

function checkYearsDoNotOverlap(versions: readonly FrameworkVersionDefinition[], report: Report): void {
  const indexed = versions.map((version, index) => ({ version, index }));
  for (const level of Object.keys(LEVEL_VI) as UnitLevel[]) {
    const ofLevel = indexed.filter(({ version }) => version.level === level).sort((a, b) => a.version.firstYear - b.version.firstYear);
    const [first, ...rest] = ofLevel;
    if (first === undefined) continue;
    // Compare each version with the one reaching furthest so far, so an open-ended early version
    // is caught against every later one.
    let furthest = first;
    for (const current of rest) {
      const furthestEnd = furthest.version.lastYear ?? Number.POSITIVE_INFINITY;
      if (furthestEnd >= current.version.firstYear) {
        report(
          `versions[${current.index}].firstYear`,
          `Phiên bản "${current.version.label}" (${span(current.version)}) trùng năm với phiên bản "${furthest.version.label}" (${span(furthest.version)}) cùng cấp ${LEVEL_VI[level]}.`,
        );
      }
      if ((current.version.lastYear ?? Number.POSITIVE_INFINITY) > furthestEnd) furthest = current;
    }
  }
}

function span(version: FrameworkVersionDefinition): string {
  return `${version.firstYear}–${version.lastYear ?? 'nay'}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** 0.30000000000000004 → "0,3": Vietnamese decimal comma, float noise trimmed, for messages. */
function vi(value: number): string {
  return String(Number(value.toPrecision(10))).replace('.', ',');
}
