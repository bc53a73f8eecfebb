import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException, Logger, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiExceptionFilter } from '../common/api-exception.filter.js';
import { isCalendarDate } from '../common/calendar-date.js';
import { databaseFault } from '../common/database-errors.js';
import { uploadedFileName } from '../common/file-name.js';
import { jsonShape, jsonShapeProblem } from '../common/json-body.js';
import { csvCell } from '../results/results-template.service.js';

/** What the filter answered: status, headers and body, from a stand-in Express response. */
function answer(exception: unknown): { status: number; headers: Record<string, string>; body: { statusCode: number; error: string; message: string } } {
  const result = { status: 0, headers: {} as Record<string, string>, body: null as never };
  const response = {
    setHeader: (name: string, value: string) => (result.headers[name.toLowerCase()] = value),
    status(code: number) {
      result.status = code;
      return this;
    },
    json: (body: never) => (result.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ method: 'GET', originalUrl: '/api/v1/x' }) }) } as unknown as ArgumentsHost;
  new ApiExceptionFilter().catch(exception, host);
  return result;
}

/** A pg error as the driver raises it, and as TypeORM wraps it. */
function pgError(code: string, message = 'boom'): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));
}

describe('the database errors a request can meet', () => {
  // The filter logs what it answers; not wanted in this test's output.
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['fatal', 'error', 'warn', 'log']));

  it('answers 503 with Retry-After and a Vietnamese message when PostgreSQL is not there', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    for (const error of [
      refused,
      new AggregateError([refused, refused]),
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P03', 'the database system is starting up'),
      pgError('08006', 'connection failure'),
      pgError('53300', 'sorry, too many clients already'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
      // The connection ended in the middle of a transaction: TypeORM gave it back.
      new QueryRunnerProviderAlreadyReleasedError(),
    ]) {
      const reply = answer(error);
      expect(reply.status, String(error)).toBe(503);
      expect(reply.headers['retry-after']).toBe('5');
      expect(reply.body.message).toMatch(/^Cơ sở dữ liệu tạm thời không phản hồi/);
    }
  });

  it('answers 400 for a value PostgreSQL refuses as data, 409 for a key taken at the same moment', () => {
    expect(answer(pgError('22008', 'date/time field value out of range: "2024-02-30"')).status).toBe(400);
    expect(answer(pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')).body.message).toContain('ký tự không hợp lệ');
    expect(answer(pgError('22003', 'value "99999999999" is out of range for type integer')).body.message).toContain('vượt quá giới hạn');
    expect(answer(pgError('23505', 'duplicate key')).status).toBe(409);
  });

  it('leaves every other error a 500 that says nothing of the internals', () => {
    for (const error of [pgError('42P01', 'relation "x" does not exist'), new TypeError('x is undefined')]) {
      expect(databaseFault(error)).toBeNull();
      const reply = answer(error);
      expect(reply.status).toBe(500);
      expect(JSON.stringify(reply.body)).not.toMatch(/relation|undefined/);
    }
  });

  it('says the errors of reading a request in Vietnamese, not the parser’s English', () => {
    const tooLarge = new PayloadTooLargeException('request entity too large', { cause: Object.assign(new Error('request entity too large'), { type: 'entity.too.large' }) });
    expect(answer(tooLarge).body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Nội dung gửi lên quá lớn.' });
    const malformed = new BadRequestException('Unexpected end of JSON input', { cause: Object.assign(new SyntaxError('Unexpected end of JSON input'), { type: 'entity.parse.failed' }) });
    expect(answer(malformed).body.message).toBe('Nội dung gửi lên không phải JSON hợp lệ.');
    const fileTooLarge = new PayloadTooLargeException('File too large', { cause: Object.assign(new Error('File too large'), { code: 'LIMIT_FILE_SIZE' }) });
    expect(answer(fileTooLarge).body.message).toBe('Tệp gửi lên vượt quá dung lượng cho phép.');
  });
});

describe('the shape of a JSON body, read before it is parsed', () => {
  it('measures depth, the longest list and the widest object, strings aside', () => {
    const shape = jsonShape(Buffer.from('{"a":[1,2,3],"b":{"c":"[[[{,,,}]]]"},"d":[[[]]]}'));
    expect(shape).toEqual({ root: '{', depth: 4, arrayItems: 3, objectKeys: 3 });
    expect(jsonShape(Buffer.from('\uFEFF  [1]')).root).toBe('[');
  });

  it('refuses what no request of the API looks like', () => {
    expect(jsonShapeProblem(Buffer.from('[1,2]'))).toMatch(/phải là một đối tượng/);
    expect(jsonShapeProblem(Buffer.from(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`))).toMatch(/lồng nhau quá 32 cấp/);
    expect(jsonShapeProblem(Buffer.from(`{"a":[${'0,'.repeat(10_000)}0]}`))).toMatch(/danh sách quá 10\.000 phần tử/);
    expect(jsonShapeProblem(Buffer.from(`{${Array.from({ length: 1001 }, (_, index) => `"k${index}":0`).join(',')}}`))).toMatch(/quá 1\.000 trường/);
    expect(jsonShapeProblem(Buffer.from('{"tasks":[{"timeline":{"kind":"ongoing"}}]}'))).toBeNull();
  });
});

describe('the name an uploaded file is kept under', () => {
  it('is the last segment of a path, without control or direction characters', () => {
    expect(uploadedFileName('../../etc/passwd')).toBe('passwd');
    expect(uploadedFileName('C:\\Users\\x\\ke-hoach.docx')).toBe('ke-hoach.docx');
    expect(uploadedFileName('bien-ban\r\nSet-Cookie: a=1.pdf')).toBe('bien-banSet-Cookie: a=1.pdf');
    expect(uploadedFileName('ke-hoach\u202Excod.exe')).toBe('ke-hoachxcod.exe');
    expect(uploadedFileName('..')).toBe('tep-tai-len');
    expect(uploadedFileName('')).toBe('tep-tai-len');
    const long = uploadedFileName(`${'a'.repeat(1000)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('reads a browser’s UTF-8 name that arrived as Latin-1, and keeps one already decoded', () => {
    expect(uploadedFileName(Buffer.from('kế-hoạch.docx', 'utf8').toString('latin1'))).toBe('kế-hoạch.docx');
    expect(uploadedFileName('kế-hoạch.docx')).toBe('kế-hoạch.docx');
  });
});

describe('dates and CSV cells', () => {
  it('takes only days the calendar has', () => {
    for (const date of ['2024-02-29', '2025-12-31', '1900-01-01']) expect(isCalendarDate(date), date).toBe(true);
    for (const date of ['2024-02-30', '2023-02-29', '2024-13-01', '0000-00-00', '31/02/2024', '2024-1-1', 20_240_101]) expect(isCalendarDate(date), String(date)).toBe(false);
  });

  it('writes CSV cells a spreadsheet never reads as formulas', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+84')).toBe("'+84");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('Thị trấn Như Quỳnh')).toBe('Thị trấn Như Quỳnh');
  });
});
