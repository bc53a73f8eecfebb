import type { InputIssue } from '@govindex/contracts';
import type { Aggregation, FrameworkVersionDefinition, GradeBand, IndicatorDefinition, ValueUnit } from '@govindex/domain';

/**
 * A version being edited. Numbers are kept as typed ("7,5") until sent; a text that is not a number is
 * sent as it is, so the API names the field. Every node and grade has a key that survives edits, so a
 * problem the API reports by JSON path stays on its field while the tree changes around it.
 */
export interface DraftNode {
  key: string;
  code: string;
  nameVi: string;
  nameEn: string;
  min: string;
  max: string;
  aggregation: Aggregation;
  /** Its weight in the parent's weighted mean; '' for none. */
  weight: string;
  higherIsBetter: boolean;
  aliases: string[];
  children: DraftNode[];
}

export interface DraftGrade {
  key: string;
  gradeVi: string;
  gradeEn: string;
  minValue: string;
}

export interface VersionDraft {
  label: string;
  firstYear: string;
  /** '' while the version is in use. */
  lastYear: string;
  level: FrameworkVersionDefinition['level'];
  unit: ValueUnit;
  source: string;
  quartileGroups: boolean;
  total: DraftNode;
  grades: DraftGrade[];
}

export type NodeField = 'code' | 'nameVi' | 'nameEn' | 'min' | 'max' | 'aggregation' | 'weight';
export type GradeField = 'gradeVi' | 'gradeEn' | 'minValue';
export type VersionField = 'label' | 'firstYear' | 'lastYear' | 'source' | 'level' | 'unit' | 'grades' | 'quartileGroups';

let keySeed = 0;
/** A key no other node or grade of this page has. */
export const newKey = (prefix = 'k'): string => `${prefix}${(keySeed += 1)}`;

/** 7.5 → "7,5" for Vietnamese readers, "7.5" otherwise; float noise trimmed. */
export function numberText(value: number, decimalComma: boolean): string {
  const text = String(Number(value.toPrecision(12)));
  return decimalComma ? text.replace('.', ',') : text;
}

/** "7,5" or "7.5" → 7.5; '' → undefined; anything else stays the text it is (the API then says it is not a number). */
export function parseNumberText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : trimmed;
}

function draftNodeOf(node: IndicatorDefinition, decimalComma: boolean): DraftNode {
  return {
    key: newKey('n'),
    code: node.code,
    nameVi: node.nameVi,
    nameEn: node.nameEn,
    min: numberText(node.min, decimalComma),
    max: numberText(node.max, decimalComma),
    aggregation: node.aggregation,
    weight: node.weight === undefined ? '' : numberText(node.weight, decimalComma),
    higherIsBetter: node.higherIsBetter ?? true,
    aliases: [...(node.aliases ?? [])],
    children: (node.children ?? []).map((child) => draftNodeOf(child, decimalComma)),
  };
}

export function draftOfDefinition(definition: FrameworkVersionDefinition, decimalComma: boolean): VersionDraft {
  return {
    label: definition.label,
    firstYear: String(definition.firstYear),
    lastYear: definition.lastYear === null ? '' : String(definition.lastYear),
    level: definition.level,
    unit: definition.unit,
    source: definition.source,
    quartileGroups: definition.quartileGroups ?? false,
    total: draftNodeOf(definition.total, decimalComma),
    grades: definition.grades.map((grade) => ({
      key: newKey('g'),
      gradeVi: grade.gradeVi,
      gradeEn: grade.gradeEn,
      minValue: numberText(grade.minValue, decimalComma),
    })),
  };
}

/** Does the node's value follow from its children (so its range does too)? */
export function isComputed(node: Pick<DraftNode, 'aggregation' | 'children'>): boolean {
  return node.children.length > 0 && node.aggregation !== 'none';
}

/** Rounds sums of decimals (0.1 + 0.2) to what was meant. */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * The range of a node: typed for a leaf or a node published as is; for a sum or a mean, the range its
 * children's ranges give (the rule the API checks), or null while a child's range or weight is not a number.
 */
export function boundsOf(node: DraftNode): { min: number; max: number } | null {
  if (!isComputed(node)) {
    const min = parseNumberText(node.min);
    const max = parseNumberText(node.max);
    return typeof min === 'number' && typeof max === 'number' ? { min, max } : null;
  }
  const parts = node.children.map((child) => ({ bounds: boundsOf(child), weight: parseNumberText(child.weight) }));
  if (parts.some((part) => part.bounds === null)) return null;
  const weights = parts.map((part) => (node.aggregation === 'weighted_mean' ? part.weight : 1));
  if (weights.some((weight) => typeof weight !== 'number' || weight <= 0)) return null;
  const numericWeights = weights as number[];
  const divisor = node.aggregation === 'sum' ? 1 : numericWeights.reduce((total, weight) => total + weight, 0);
  const combine = (bound: 'min' | 'max') =>
    tidy(parts.reduce((total, part, index) => total + (part.bounds?.[bound] ?? 0) * (numericWeights[index] ?? 0), 0) / divisor);
  return { min: combine('min'), max: combine('max') };
}

function nodeDefinition(node: DraftNode): IndicatorDefinition {
  const computed = isComputed(node) ? boundsOf(node) : null;
  const weight = parseNumberText(node.weight);
  const definition = {
    code: node.code.trim(),
    nameVi: node.nameVi.trim(),
    nameEn: node.nameEn.trim(),
    min: computed ? computed.min : parseNumberText(node.min),
    max: computed ? computed.max : parseNumberText(node.max),
    ...(node.higherIsBetter ? {} : { higherIsBetter: false }),
    // A leaf is entered as it is; a node with children takes the aggregation chosen for it.
    aggregation: node.children.length === 0 ? 'none' : node.aggregation,
    ...(weight === undefined ? {} : { weight }),
    ...(node.aliases.length > 0 ? { aliases: node.aliases } : {}),
    ...(node.children.length > 0 ? { children: node.children.map(nodeDefinition) } : {}),
  };
  // Numbers the officer mistyped travel as text, for the API to locate; the type says what a valid one holds.
  return definition as IndicatorDefinition;
}

/** The definition to PUT: trimmed texts, parsed numbers, computed ranges for sums and means, defaults left out. */
export function definitionOfDraft(draft: VersionDraft): FrameworkVersionDefinition {
  const year = (text: string) => parseNumberText(text);
  const definition = {
    label: draft.label.trim(),
    level: draft.level,
    firstYear: year(draft.firstYear),
    lastYear: draft.lastYear.trim() === '' ? null : year(draft.lastYear),
    unit: draft.unit,
    source: draft.source.trim(),
    total: nodeDefinition(draft.total),
    grades: draft.grades.map((grade) => ({
      gradeVi: grade.gradeVi.trim(),
      gradeEn: grade.gradeEn.trim(),
      minValue: parseNumberText(grade.minValue),
    })) as GradeBand[],
    ...(draft.quartileGroups ? { quartileGroups: true } : {}),
  };
  return definition as FrameworkVersionDefinition;
}

// ---------- Editing the tree ----------

function mapNodes(node: DraftNode, change: (node: DraftNode) => DraftNode | null): DraftNode | null {
  const changed = change(node);
  if (changed === null) return null;
  const children = changed.children.map((child) => mapNodes(child, change)).filter((child): child is DraftNode => child !== null);
  return { ...changed, children };
}

function withTotal(draft: VersionDraft, change: (node: DraftNode) => DraftNode | null): VersionDraft {
  const total = mapNodes(draft.total, change);
  // The total cannot go: it is the root every import and ranking starts from.
  return total ? { ...draft, total } : draft;
}

export function updateNode(draft: VersionDraft, key: string, patch: Partial<Omit<DraftNode, 'key' | 'children'>>): VersionDraft {
  return withTotal(draft, (node) => (node.key === key ? { ...node, ...patch } : node));
}

/** The code a new child of `parent` gets: the parent's code and the next free number ("D1" → "D1.3"; under the total "D7"). */
export function nextChildCode(draft: VersionDraft, parent: DraftNode): string {
  const taken = new Set(allNodes(draft.total).map((node) => node.code));
  const prefix = parent.code === 'TOTAL' ? 'D' : `${parent.code}.`;
  for (let index = parent.children.length + 1; ; index += 1) {
    if (!taken.has(`${prefix}${index}`)) return `${prefix}${index}`;
  }
}

/**
 * Adds an empty indicator under `parentKey`, with the next code and a 0–10 range. A leaf that gets its
 * first child becomes a sum of its children (the officer may choose a mean instead).
 */
export function addChild(draft: VersionDraft, parentKey: string, key: string = newKey('n')): VersionDraft {
  return withTotal(draft, (node) => {
    if (node.key !== parentKey) return node;
    const child: DraftNode = {
      key,
      code: nextChildCode(draft, node),
      nameVi: '',
      nameEn: '',
      min: '0',
      max: '10',
      aggregation: 'none',
      weight: node.aggregation === 'weighted_mean' ? '1' : '',
      higherIsBetter: true,
      aliases: [],
      children: [],
    };
    return { ...node, aggregation: node.children.length === 0 ? 'sum' : node.aggregation, children: [...node.children, child] };
  });
}

/** Removes a node and its subtree; a parent left without children becomes a leaf entered as it is. */
export function removeNode(draft: VersionDraft, key: string): VersionDraft {
  if (draft.total.key === key) return draft;
  return withTotal(draft, (node) => {
    if (node.key === key) return null;
    if (!node.children.some((child) => child.key === key)) return node;
    const children = node.children.filter((child) => child.key !== key);
    const leaf = children.length === 0;
    return {
      ...node,
      children,
      aggregation: leaf ? 'none' : node.aggregation,
      // A parent that turns into a leaf keeps the range its children gave it, as a starting point.
      ...(leaf ? rangeText(boundsOf(node), node) : {}),
    };
  });
}

function rangeText(bounds: { min: number; max: number } | null, node: DraftNode): Pick<DraftNode, 'min' | 'max'> {
  if (!bounds) return { min: node.min, max: node.max };
  const comma = node.min.includes(',') || node.max.includes(',');
  return { min: numberText(bounds.min, comma), max: numberText(bounds.max, comma) };
}

/** Every node, the total first, in the order the tree is shown (pre-order), with its depth and parent. */
export function flattenDraft(total: DraftNode): Array<{ node: DraftNode; depth: number; parent: DraftNode | null }> {
  const rows: Array<{ node: DraftNode; depth: number; parent: DraftNode | null }> = [];
  const visit = (node: DraftNode, depth: number, parent: DraftNode | null) => {
    rows.push({ node, depth, parent });
    for (const child of node.children) visit(child, depth + 1, node);
  };
  visit(total, 0, null);
  return rows;
}

const allNodes = (total: DraftNode) => flattenDraft(total).map((row) => row.node);

export function updateGrade(draft: VersionDraft, key: string, patch: Partial<Omit<DraftGrade, 'key'>>): VersionDraft {
  return { ...draft, grades: draft.grades.map((grade) => (grade.key === key ? { ...grade, ...patch } : grade)) };
}

/** Adds an empty grade band at the bottom (bands run from the highest threshold down). */
export function addGrade(draft: VersionDraft, key: string = newKey('g')): VersionDraft {
  return { ...draft, grades: [...draft.grades, { key, gradeVi: '', gradeEn: '', minValue: '' }] };
}

export function removeGrade(draft: VersionDraft, key: string): VersionDraft {
  return { ...draft, grades: draft.grades.filter((grade) => grade.key !== key) };
}

// ---------- Problems the API reports by JSON path ----------

/** Where a problem sits in the draft: a field of a node or of a grade band (by key), a field of the version, or nowhere known. */
export type IssueTarget =
  | { scope: 'node'; key: string; code: string; field: NodeField | 'other' }
  | { scope: 'grade'; key: string; index: number; name: string; field: GradeField | 'other' }
  | { scope: 'version'; field: VersionField | 'other' }
  | { scope: 'none' };

export interface LocatedIssue {
  issue: InputIssue;
  target: IssueTarget;
}

const NODE_FIELDS: readonly string[] = ['code', 'nameVi', 'nameEn', 'min', 'max', 'aggregation', 'weight'];
const GRADE_FIELDS: readonly string[] = ['gradeVi', 'gradeEn', 'minValue'];
const VERSION_FIELDS: readonly string[] = ['label', 'firstYear', 'lastYear', 'source', 'level', 'unit', 'grades', 'quartileGroups'];

const NODE_PATH = /^(total(?:\.children\[\d+\])*)(?:\.([A-Za-z]+)(?:\[\d+\])?)?$/;
const GRADE_PATH = /^grades\[(\d+)\](?:\.([A-Za-z]+))?$/;

/** The JSON path of every node of the draft as it is sent ("total", "total.children[0]", …). */
export function nodePaths(total: DraftNode): Map<string, DraftNode> {
  const paths = new Map<string, DraftNode>();
  const visit = (node: DraftNode, path: string) => {
    paths.set(path, node);
    node.children.forEach((child, index) => visit(child, `${path}.children[${index}]`));
  };
  visit(total, 'total');
  return paths;
}

/**
 * Places the API's problems ("total.children[0].max", "grades[1].minValue", "firstYear") on the draft
 * that was sent, by key, so each shows next to its field and follows it through later edits.
 */
export function locateIssues(issues: readonly InputIssue[], sent: VersionDraft): LocatedIssue[] {
  const paths = nodePaths(sent.total);
  return issues.map((issue) => ({ issue, target: locate(issue.column, paths, sent) }));
}

function locate(column: string | undefined, paths: Map<string, DraftNode>, sent: VersionDraft): IssueTarget {
  if (!column) return { scope: 'none' };
  const nodeMatch = NODE_PATH.exec(column);
  if (nodeMatch) {
    const node = paths.get(nodeMatch[1] ?? '');
    if (node) {
      const field = nodeMatch[2] ?? '';
      return { scope: 'node', key: node.key, code: node.code, field: NODE_FIELDS.includes(field) ? (field as NodeField) : 'other' };
    }
  }
  const gradeMatch = GRADE_PATH.exec(column);
  if (gradeMatch) {
    const index = Number(gradeMatch[1]);
    const grade = sent.grades[index];
    if (grade) {
      const field = gradeMatch[2] ?? '';
      return {
        scope: 'grade',
        key: grade.key,
        index,
        name: grade.gradeVi,
        field: GRADE_FIELDS.includes(field) ? (field as GradeField) : 'other',
      };
    }
  }
  const top = column.split(/[.[]/)[0] ?? '';
  return { scope: 'version', field: VERSION_FIELDS.includes(top) ? (top as VersionField) : 'other' };
}

/** The problems that sit on one field of a node (or of a grade, or of the version). */
export function issuesAt(located: readonly LocatedIssue[], scope: 'node' | 'grade', key: string, field: string): string[];
export function issuesAt(located: readonly LocatedIssue[], scope: 'version', field: string): string[];
export function issuesAt(located: readonly LocatedIssue[], scope: 'node' | 'grade' | 'version', keyOrField: string, field?: string): string[] {
  return located
    .filter(({ target }) => {
      if (scope === 'version') return target.scope === 'version' && target.field === keyOrField;
      return target.scope === scope && target.key === keyOrField && target.field === field;
    })
    .map(({ issue }) => issue.message);
}

/** Drops the problems of a field once the officer changes it: the next save will say whether it is right now. */
export function withoutIssuesAt(located: readonly LocatedIssue[], scope: 'node' | 'grade' | 'version', keyOrField: string, field?: string): LocatedIssue[] {
  return located.filter(({ target }) => {
    if (scope === 'version') return !(target.scope === 'version' && target.field === keyOrField);
    return !(target.scope === scope && target.key === keyOrField && (field === undefined || target.field === field));
  });
}

/** Words naming where a problem is, given the words of each field: "D1 — tối đa", "Xếp loại Tốt — ngưỡng", "Năm đầu". */
export interface IssueWording {
  nodeFields: Record<NodeField | 'other', string>;
  gradeFields: Record<GradeField | 'other', string>;
  versionFields: Record<VersionField | 'other', string>;
  grade: (name: string, position: number) => string;
}

export function issuePlace(target: IssueTarget, wording: IssueWording): string | null {
  switch (target.scope) {
    case 'node':
      return `${target.code || '?'} — ${wording.nodeFields[target.field]}`;
    case 'grade':
      return `${wording.grade(target.name, target.index + 1)} — ${wording.gradeFields[target.field]}`;
    case 'version':
      return wording.versionFields[target.field];
    case 'none':
      return null;
  }
}
