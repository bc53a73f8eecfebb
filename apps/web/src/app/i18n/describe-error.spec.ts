import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-client';
import { describeError } from './describe-error';
import { en, vi } from './messages';

describe('describeError', () => {
  it('tells the officer in Vietnamese that the server cannot be reached', () => {
    const error = new ApiError('unreachable', '/api/v1/units', null, null);
    expect(describeError(error, vi)).toBe(
      'Không kết nối được máy chủ GovIndex. Vui lòng kiểm tra kết nối mạng hoặc thử lại sau ít phút.',
    );
    expect(describeError(error, en)).toMatch(/^Cannot reach the GovIndex server/);
  });

  it('passes on the reason the API gave for a bad request', () => {
    const error = new ApiError('bad-request', '/api/v1/units', 400, 'asOf must be a date YYYY-MM-DD');
    expect(describeError(error, vi)).toBe('Yêu cầu không hợp lệ: asOf must be a date YYYY-MM-DD');
  });

  it('tells a signed-out officer to sign in, and a scoped one that the data is out of reach', () => {
    expect(describeError(new ApiError('unauthorized', '/api/v1/units', 401, 'Cần đăng nhập.'), vi)).toBe(
      'Bạn cần đăng nhập để xem dữ liệu này, hoặc phiên đăng nhập đã hết hạn.',
    );
    expect(describeError(new ApiError('forbidden', '/api/v1/units/4', 403, null), vi)).toBe(
      'Tài khoản của bạn không có quyền xem dữ liệu này.',
    );
  });

  it('says when a throttled sign-in may be tried again, as the API words it', () => {
    const message = 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.';
    expect(describeError(new ApiError('throttled', '/api/v1/auth/login', 429, message), vi)).toBe(message);
    expect(describeError(new ApiError('throttled', '/api/v1/auth/login', 429, null), vi)).toBe(vi.errors.throttled);
  });

  it('passes on what a conflict clashes with', () => {
    const message = 'E-mail a@b.vn đã được dùng cho một tài khoản khác.';
    expect(describeError(new ApiError('conflict', '/api/v1/users', 409, message), vi)).toBe(message);
    expect(describeError(new ApiError('conflict', '/api/v1/users', 409, null), vi)).toBe(vi.errors.conflict);
  });

  it('says a refused upload was too large', () => {
    expect(describeError(new ApiError('too-large', '/api/v1/results/imports', 413, 'File too large'), vi)).toBe('Tệp lớn hơn 20 MB.');
    expect(describeError(new ApiError('too-large', '/api/v1/results/imports', 413, null), en)).toBe('The file is larger than 20 MB.');
  });

  it('names the status of a server fault', () => {
    expect(describeError(new ApiError('server', '/api/v1/units', 500, null), vi)).toBe(
      'Máy chủ GovIndex gặp lỗi (mã 500). Vui lòng thử lại sau.',
    );
  });

  it('explains missing data and unreadable answers', () => {
    expect(describeError(new ApiError('not-found', '/api/v1/units/9', 404, 'Unit 9 not found'), vi)).toMatch(
      /^Không tìm thấy dữ liệu/,
    );
    expect(describeError(new ApiError('invalid-response', '/api/v1/units', 200, null), vi)).toMatch(/không đọc được/);
  });

  it('falls back to a generic sentence for anything else', () => {
    expect(describeError(new TypeError('x is undefined'), vi)).toBe(vi.errors.unexpected);
  });
});
