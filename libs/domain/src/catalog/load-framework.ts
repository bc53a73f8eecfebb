import type { InputIssue } from '@govindex/contracts';
import type { FrameworkDefinition } from './framework-definition.js';
import { validateFrameworkDefinition } from './validate-framework.js';

export type FrameworkLoadResult = { ok: true; definition: FrameworkDefinition } | { ok: false; issues: InputIssue[] };

type Problem = Omit<InputIssue, 'file' | 'row'>;
/** Checks one JSON value found at `path`, recording what is wrong with it. */
type Check = (value: unknown, path: string, problems: Problem[]) => void;

interface Field {
  check: Check;
  optional?: boolean;
}

/**
 * Reads parsed JSON as a framework definition: first its shape (every field known, present when
 * required, of the right type), then, if the shape holds, the rules of validateFrameworkDefinition.
 * Every issue carries the JSON path of the field in `column`.
 */
export function loadFrameworkDefinition(json: unknown, file: string): FrameworkLoadResult {
  const problems: Problem[] = [];
  checkObject(json, '', FRAMEWORK_FIELDS, problems);
  if (problems.length > 0) return { ok: false, issues: problems.map((problem) => ({ file, ...problem })) };
  // The shape check above has established every field and type of FrameworkDefinition.
  const definition = json as FrameworkDefinition;
  const issues = validateFrameworkDefinition(definition, file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, definition };
}

const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** A problem located at `path`; the root (empty path) gets no column. */
const problem = (path: string, message: string): Problem => (path === '' ? { message } : { column: path, message });

const text: Check = (value, path, problems) => {
  if (typeof value !== 'string') problems.push(problem(path, 'Phải là một chuỗi ký tự.'));
  else if (value.trim() === '') problems.push(problem(path, 'Không được để trống.'));
};

const finiteNumber: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(problem(path, 'Phải là một số.'));
};

/** Bounded so that a typo such as 20224 is caught here rather than as a version that never applies. */
const year: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) {
    problems.push(problem(path, 'Phải là một năm (số nguyên, ví dụ 2024).'));
  }
};

const yearOrNull: Check = (value, path, problems) => {
  if (value !== null) year(value, path, problems);
};

const flag: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push(problem(path, 'Phải là true hoặc false.'));
};

const oneOf =
  (...allowed: string[]): Check =>
  (value, path, problems) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      problems.push(problem(path, `Phải là một trong: ${allowed.map((option) => `"${option}"`).join(', ')}.`));
    }
  };

const listOf =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) problems.push(problem(path, 'Phải là một mảng.'));
    else value.forEach((element, index) => item(element, `${path}[${index}]`, problems));
  };

const objectOf =
  (fields: Record<string, Field>): Check =>
  (value, path, problems) =>
    checkObject(value, path, fields, problems);

function checkObject(value: unknown, path: string, fields: Record<string, Field>, problems: Problem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(problem(path, 'Phải là một đối tượng JSON.'));
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(fields, key)) problems.push(problem(at(path, key), `Trường "${key}" không có trong định dạng bộ chỉ số.`));
  }
  for (const [key, field] of Object.entries(fields)) {
    if (record[key] === undefined) {
      if (!field.optional) problems.push(problem(at(path, key), `Thiếu trường bắt buộc "${key}".`));
    } else {
      field.check(record[key], at(path, key), problems);
    }
  }
}

// A function declaration, so the indicator fields below can refer to it for `children`.
function indicator(value: unknown, path: string, problems: Problem[]): void {
  checkObject(value, path, INDICATOR_FIELDS, problems);
}

const INDICATOR_FIELDS: Record<string, Field> = {
  code: { check: text },
  nameVi: { check: text },
  nameEn: { check: text },
  min: { check: finiteNumber },
  max: { check: finiteNumber },
  higherIsBetter: { check: flag, optional: true },
  aggregation: { check: oneOf('sum', 'mean', 'weighted_mean', 'none') },
  weight: { check: finiteNumber, optional: true },
  aliases: { check: listOf(text), optional: true },
  children: { check: listOf(indicator), optional: true },
};

const GRADE_FIELDS: Record<string, Field> = {
  gradeVi: { check: text },
  gradeEn: { check: text },
  minValue: { check: finiteNumber },
};

const WEAKNESS_FIELDS: Record<string, Field> = {
  zScore: { check: finiteNumber, optional: true },
  declineShareOfRange: { check: finiteNumber, optional: true },
  bottomQuantile: { check: finiteNumber, optional: true },
  minimumPeers: { check: finiteNumber, optional: true },
};

const VERSION_FIELDS: Record<string, Field> = {
  label: { check: text },
  level: { check: oneOf('province', 'district', 'commune') },
  firstYear: { check: year },
  lastYear: { check: yearOrNull },
  unit: { check: oneOf('points', 'percent', 'index_0_1') },
  source: { check: text },
  total: { check: indicator },
  grades: { check: listOf(objectOf(GRADE_FIELDS)) },
  quartileGroups: { check: flag, optional: true },
  weakness: { check: objectOf(WEAKNESS_FIELDS), optional: true },
};

const FRAMEWORK_FIELDS: Record<string, Field> = {
  code: { check: text },
  nameVi: { check: text },
  nameEn: { check: text },
  publisher: { check: text },
  versions: { check: listOf(objectOf(VERSION_FIELDS)) },
};
