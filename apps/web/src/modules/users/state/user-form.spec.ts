import type { UnitDetail, UserSummary } from '@govindex/contracts';
import { describe, expect, it } from 'vitest';
import { en, vi } from '../../../app/i18n/messages';
import { ApiError } from '../../../shared/api/api-client';
import {
  createUserRequest,
  EMPTY_USER_FORM,
  fieldErrorsOfDetails,
  formValuesOf,
  placementProblem,
  saveFailureOf,
  unitChoiceOfDetail,
  updateUserRequest,
  validateUserForm,
  type UnitChoice,
  type UserFormValues,
} from './user-form';

const problems = vi.users.form.problems;
const TAN_QUANG: UnitChoice = { id: 4362, fullName: 'Xã Tân Quang', level: 'commune', path: 'Huyện Văn Lâm, Tỉnh Hưng Yên' };
const VAN_LAM: UnitChoice = { id: 288, fullName: 'Huyện Văn Lâm', level: 'district', path: 'Tỉnh Hưng Yên' };

const filled: UserFormValues = {
  email: '  Can.Bo@TanQuang.gov.vn ',
  displayName: ' Nguyễn Thị Tân ',
  role: 'commune_officer',
  unit: TAN_QUANG,
  password: 'mat-khau-du-dai',
  active: true,
};

const existing: UserSummary = {
  id: 6,
  email: 'can.bo@tanquang.gov.vn',
  displayName: 'Nguyễn Thị Tân',
  role: 'commune_officer',
  unitId: 4362,
  unitName: 'Xã Tân Quang',
  active: true,
  lastLoginAt: null,
};

describe('validateUserForm', () => {
  it('accepts a complete new user', () => {
    expect(validateUserForm(filled, 'create', problems)).toEqual({});
  });

  it('names every missing field of an empty form', () => {
    expect(validateUserForm(EMPTY_USER_FORM, 'create', problems)).toEqual({
      email: 'Cần nhập e-mail.',
      displayName: 'Cần nhập họ tên.',
      role: 'Cần chọn vai trò.',
      password: 'Mật khẩu cần ít nhất 10 ký tự.',
    });
  });

  it('checks the e-mail and the 10-character password', () => {
    const errors = validateUserForm({ ...filled, email: 'tanquang.gov.vn', password: '123456789' }, 'create', problems);
    expect(errors.email).toMatch(/^E-mail chưa đúng dạng/);
    expect(errors.password).toBe('Mật khẩu cần ít nhất 10 ký tự.');
    expect(validateUserForm({ ...filled, password: '1234567890' }, 'create', problems)).toEqual({});
  });

  it('tells the role-and-unit rule of the domain before the form is sent', () => {
    expect(validateUserForm({ ...filled, role: 'district_officer' }, 'create', problems).unitId).toBe(
      'Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.',
    );
    expect(validateUserForm({ ...filled, unit: null }, 'create', problems).unitId).toBe('Công chức xã phải gắn với một đơn vị.');
    expect(validateUserForm({ ...filled, role: 'viewer', unit: VAN_LAM }, 'create', problems)).toEqual({});
    // An administrator's unit is not sent at all, so a unit left in the picker is no problem.
    expect(validateUserForm({ ...filled, role: 'admin' }, 'create', problems)).toEqual({});
  });

  it('lets an edit keep the password, but not shorten it', () => {
    const values = formValuesOf(existing, TAN_QUANG);
    expect(validateUserForm(values, 'edit', problems)).toEqual({});
    expect(validateUserForm({ ...values, password: 'short' }, 'edit', problems).password).toBe('Mật khẩu cần ít nhất 10 ký tự.');
    // The e-mail cannot be changed, so it is not checked again.
    expect(validateUserForm({ ...values, email: '' }, 'edit', problems)).toEqual({});
  });

  it('words the placement rule in English for the English interface', () => {
    expect(validateUserForm({ ...filled, unit: VAN_LAM }, 'create', en.users.form.problems).unitId).toBe(
      'A commune civil servant must be attached to a commune.',
    );
  });
});

describe('placementProblem', () => {
  it('says nothing until both the role and the unit are chosen', () => {
    expect(placementProblem({ role: '', unit: VAN_LAM }, problems)).toBeNull();
    expect(placementProblem({ role: 'commune_officer', unit: null }, problems)).toBeNull();
    expect(placementProblem({ role: 'commune_officer', unit: VAN_LAM }, problems)).toBe('Công chức xã phải gắn với đơn vị cấp xã.');
    expect(placementProblem({ role: 'commune_officer', unit: TAN_QUANG }, problems)).toBeNull();
  });
});

describe('requests', () => {
  it('sends a new user trimmed, the e-mail in lower case', () => {
    expect(createUserRequest(filled)).toEqual({
      email: 'can.bo@tanquang.gov.vn',
      displayName: 'Nguyễn Thị Tân',
      role: 'commune_officer',
      unitId: 4362,
      password: 'mat-khau-du-dai',
    });
    expect(createUserRequest({ ...filled, role: 'admin' }).unitId).toBeNull();
  });

  it('sends only what an edit changed', () => {
    const values = formValuesOf(existing, TAN_QUANG);
    expect(updateUserRequest(existing, values)).toEqual({});
    expect(updateUserRequest(existing, { ...values, active: false, displayName: 'Nguyễn Thị Tân ' })).toEqual({ active: false });
    expect(updateUserRequest(existing, { ...values, role: 'viewer', unit: VAN_LAM, password: 'mot-mat-khau-moi' })).toEqual({
      role: 'viewer',
      unitId: 288,
      password: 'mot-mat-khau-moi',
    });
    expect(updateUserRequest(existing, { ...values, role: 'admin' })).toEqual({ role: 'admin', unitId: null });
  });

  it('shows a unit of the tree with its path, nearest ancestor first', () => {
    const detail: UnitDetail = {
      id: 4362, code: '12001', name: 'Tân Quang', fullName: 'Xã Tân Quang', level: 'commune', kind: 'xa', parentId: 288,
      childCount: 0, validFrom: null, validUntil: '2025-06-30',
      ancestors: [
        { id: 21, code: '33', name: 'Hưng Yên', fullName: 'Tỉnh Hưng Yên', level: 'province', kind: 'tinh', parentId: null, childCount: 10, validFrom: null, validUntil: '2025-06-30' },
        { id: 288, code: '325', name: 'Văn Lâm', fullName: 'Huyện Văn Lâm', level: 'district', kind: 'huyen', parentId: 21, childCount: 11, validFrom: null, validUntil: '2025-06-30' },
      ],
    };
    expect(unitChoiceOfDetail(detail)).toEqual(TAN_QUANG);
  });
});

describe('errors from the API', () => {
  it('puts each detail next to the field it names', () => {
    expect(
      fieldErrorsOfDetails([
        'unitId: Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.',
        'password: phải có từ 10 đến 200 ký tự.',
        'password: cần nhập mật khẩu.',
        'nickname: tham số không được hỗ trợ.',
        'Lỗi chung không gắn với trường nào',
      ]),
    ).toEqual({
      fields: {
        unitId: 'Cán bộ Phòng Nội vụ phải gắn với đơn vị cấp huyện.',
        password: 'phải có từ 10 đến 200 ký tự. cần nhập mật khẩu.',
      },
      other: ['nickname: tham số không được hỗ trợ.', 'Lỗi chung không gắn với trường nào'],
    });
  });

  it('explains a refused save field by field, a taken e-mail on the e-mail field, anything else above the form', () => {
    const refused = new ApiError('bad-request', '/api/v1/users', 400, 'Dữ liệu gửi lên không hợp lệ.', [
      'email: phải là một địa chỉ e-mail.',
    ]);
    expect(saveFailureOf(refused, vi)).toEqual({
      fields: { email: 'phải là một địa chỉ e-mail.' },
      summary: 'Chưa lưu được: vui lòng sửa các ô được đánh dấu.',
    });

    const taken = new ApiError('conflict', '/api/v1/users', 409, 'E-mail a@b.vn đã được dùng cho một tài khoản khác.');
    expect(saveFailureOf(taken, vi).fields).toEqual({ email: 'E-mail a@b.vn đã được dùng cho một tài khoản khác.' });

    const self = new ApiError('bad-request', '/api/v1/users/1', 400, 'Không thể tự bỏ quyền quản trị hoặc tự khoá tài khoản của mình.');
    expect(saveFailureOf(self, vi)).toEqual({ fields: {}, summary: 'Không thể tự bỏ quyền quản trị hoặc tự khoá tài khoản của mình.' });

    expect(saveFailureOf(new ApiError('unreachable', '/api/v1/users', null, null), vi).summary).toBe(vi.errors.unreachable);
  });
});
