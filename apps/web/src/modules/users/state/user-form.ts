import type {
  CreateUserRequest,
  Role,
  UnitDetail,
  UnitLevel,
  UnitSearchHit,
  UpdateUserRequest,
  UserSummary,
} from '@govindex/contracts';
import { describeError } from '../../../app/i18n/describe-error';
import type { Messages } from '../../../app/i18n/messages';
import { ApiError } from '../../../shared/api/api-client';

/** As the API requires of every password it is given (it answers 400 otherwise). */
export const MIN_PASSWORD_LENGTH = 10;

/** A unit chosen in the form: enough to check the role against its level and to show where it sits. */
export interface UnitChoice {
  id: number;
  fullName: string;
  level: UnitLevel;
  /** "Huyện Văn Lâm, Tỉnh Hưng Yên": the unit's ancestors, nearest first; empty for a province. */
  path: string;
}

export interface UserFormValues {
  email: string;
  displayName: string;
  role: Role | '';
  unit: UnitChoice | null;
  /** Required when creating; when editing, empty means "keep the current password". */
  password: string;
  active: boolean;
}

/** The fields of the form, named as the API names them in its error details ("unitId: …"). */
export type UserFormField = 'email' | 'displayName' | 'role' | 'unitId' | 'password' | 'active';
export type FieldErrors = Partial<Record<UserFormField, string>>;

export const FORM_FIELDS: readonly UserFormField[] = ['email', 'displayName', 'role', 'unitId', 'password', 'active'];

export type FormProblems = Messages['users']['form']['problems'];

export const EMPTY_USER_FORM: UserFormValues = {
  email: '',
  displayName: '',
  role: '',
  unit: null,
  password: '',
  active: true,
};

export function unitChoiceOfHit(hit: UnitSearchHit): UnitChoice {
  return { id: hit.id, fullName: hit.fullName, level: hit.level, path: hit.path };
}

export function unitChoiceOfDetail(detail: UnitDetail): UnitChoice {
  const path = [...detail.ancestors].reverse().map((ancestor) => ancestor.fullName).join(', ');
  return { id: detail.id, fullName: detail.fullName, level: detail.level, path };
}

/** The values of the edit form for an existing user, given the user's unit (loaded separately). */
export function formValuesOf(user: UserSummary, unit: UnitChoice | null): UserFormValues {
  return { email: user.email, displayName: user.displayName, role: user.role, unit, password: '', active: user.active };
}

/** A system administrator works on no unit; every other role needs one. */
export const needsUnit = (role: Role | ''): boolean => role !== 'admin';

/** Why the chosen role cannot sit on the chosen unit, as the API would say it; null when it can (or nothing is chosen yet). */
export function placementProblem(values: Pick<UserFormValues, 'role' | 'unit'>, problems: FormProblems): string | null {
  if (values.role === '' || (values.unit === null && needsUnit(values.role))) return null;
  return problems.placement(values.role, needsUnit(values.role) ? (values.unit?.level ?? null) : null);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What must be put right before the form is sent; an empty object when nothing. */
export function validateUserForm(values: UserFormValues, mode: 'create' | 'edit', problems: FormProblems): FieldErrors {
  const errors: FieldErrors = {};
  if (mode === 'create') {
    const email = values.email.trim();
    if (!email) errors.email = problems.emailRequired;
    else if (!EMAIL.test(email)) errors.email = problems.emailInvalid;
  }
  if (!values.displayName.trim()) errors.displayName = problems.nameRequired;
  if (values.role === '') errors.role = problems.roleRequired;
  else {
    const unitLevel = needsUnit(values.role) ? (values.unit?.level ?? null) : null;
    const placement = problems.placement(values.role, unitLevel);
    if (placement) errors.unitId = placement;
  }
  if (mode === 'create' || values.password !== '') {
    if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = problems.passwordTooShort(MIN_PASSWORD_LENGTH);
  }
  return errors;
}

export function createUserRequest(values: UserFormValues): CreateUserRequest {
  if (values.role === '') throw new Error('validate the form before building the request');
  return {
    email: values.email.trim().toLowerCase(),
    displayName: values.displayName.trim(),
    role: values.role,
    unitId: needsUnit(values.role) ? (values.unit?.id ?? null) : null,
    password: values.password,
  };
}

/** Only what changed, so the audit log records what the administrator actually did. */
export function updateUserRequest(user: UserSummary, values: UserFormValues): UpdateUserRequest {
  const request: UpdateUserRequest = {};
  const displayName = values.displayName.trim();
  if (displayName !== user.displayName) request.displayName = displayName;
  if (values.role !== '' && values.role !== user.role) request.role = values.role;
  const unitId = needsUnit(values.role) ? (values.unit?.id ?? null) : null;
  if (unitId !== user.unitId) request.unitId = unitId;
  if (values.active !== user.active) request.active = values.active;
  if (values.password !== '') request.password = values.password;
  return request;
}

const DETAIL = /^([A-Za-z][\w.]*): (.+)$/s;

/**
 * Splits the API's details ("unitId: Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.") over the fields
 * they name; details about anything else are kept whole, to be shown above the form.
 */
export function fieldErrorsOfDetails(details: readonly string[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const detail of details) {
    const [, name, message] = DETAIL.exec(detail) ?? [];
    const field = FORM_FIELDS.find((known) => known === name);
    if (field && message) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else other.push(detail);
  }
  return { fields, other };
}

/** How a refused save is shown: field by field where the API says which field, else one sentence above the form. */
export interface SaveFailure {
  fields: FieldErrors;
  summary: string | null;
}

export function saveFailureOf(error: unknown, t: Messages): SaveFailure {
  if (!(error instanceof ApiError)) return { fields: {}, summary: describeError(error, t) };
  if (error.details.length > 0) {
    const { fields, other } = fieldErrorsOfDetails(error.details);
    const summary = other.length > 0 ? other.join(' ') : Object.keys(fields).length > 0 ? t.users.form.fixFields : null;
    return { fields, summary: summary ?? error.serverMessage };
  }
  // The one conflict a user form can meet: the e-mail belongs to another account.
  if (error.kind === 'conflict' && error.serverMessage) {
    return { fields: { email: error.serverMessage }, summary: t.users.form.fixFields };
  }
  if ((error.kind === 'bad-request' || error.kind === 'not-found') && error.serverMessage) {
    return { fields: {}, summary: error.serverMessage };
  }
  return { fields: {}, summary: describeError(error, t) };
}
