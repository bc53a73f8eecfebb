import type { ApiErrorBody, InputIssue, RankingResponse, ResultImportReport } from '@govindex/contracts';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';

type Rejection = Omit<ApiErrorBody, 'details'> & { details: InputIssue[] };

/**
 * Imports through the HTTP upload, as the dashboard sends them. Year 2025 keeps these rows apart from
 * the real PAPI 2011–2024 loaded at start (2025 results belong to the post-reform provinces).
 */
describe('importing published results', () => {
  let api: TestApp;
  let admin: Client;
  let dataSource: DataSource;
  const sourceKey = `test-papi-2025-${Date.now()}`;
  const fields = (extra: Record<string, string> = {}) => ({ framework: 'PAPI', level: 'province', issuer: 'Kiểm thử', sourceKey, ...extra });
  const csv = (text: string, name = 'papi-2025.csv') => ({ name, bytes: Buffer.from(text, 'utf8') });
  const GOOD = 'ma_don_vi,nam,D1,D2,D3,D4,D5,D6,D7,D8\n01,2025,"5,1",5.2,5.3,5.4,5.5,5.6,5.7,5.8\n33,2025,4,4,4,4,4,4,4,4\n';

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.loginAs(DEMO.admin);
    dataSource = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  /** Every row of every results table and the audit log: a rejected import must leave it identical. */
  async function snapshot(): Promise<string> {
    const [row] = await dataSource.query<Array<{ digest: string }>>(
      `SELECT md5(coalesce((SELECT string_agg(s::text, '|' ORDER BY id) FROM result_source s), '') ||
                  coalesce((SELECT string_agg(v::text, '|' ORDER BY source_id, year, unit_id, indicator_id) FROM result_value v), '') ||
                  (SELECT count(*) FROM audit_log)::text) AS digest`,
    );
    return row!.digest;
  }

  async function expectRejected(file: { name: string; bytes: Uint8Array }, status: number, extra: Record<string, string> = {}) {
    const before = await snapshot();
    const reply = await admin.upload<Rejection>('/api/v1/results/imports', fields(extra), file);
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    expect(await snapshot()).toBe(before);
    return reply.body;
  }

  it('imports a file, computing totals, then changes nothing when the same file comes again', async () => {
    const first = await admin.upload<ResultImportReport>('/api/v1/results/imports', fields(), csv(GOOD));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'imported', rows: 2, values: 18, computedValues: 2, supersededSourceId: null, sourceKey });
    const before = await snapshot();
    const again = await admin.upload<ResultImportReport>('/api/v1/results/imports', fields(), csv(GOOD));
    expect(again.body).toMatchObject({ status: 'unchanged', sourceId: first.body.sourceId });
    expect(await snapshot()).toBe(before);
    const ranking = await admin.get<RankingResponse>('/api/v1/results/ranking?framework=PAPI&level=province&year=2025');
    expect(ranking.body.items.map((row) => [row.unit.code, row.value, row.rank])).toEqual([
      ['01', 43.6, 1],
      ['33', 32, 2],
    ]);
  });

  it('replaces the values of a source with a corrected file and keeps the old import as history', async () => {
    const corrected = GOOD.replace('33,2025,4,4,4,4,4,4,4,4', '33,2025,6,6,6,6,6,6,6,6');
    const reply = await admin.upload<ResultImportReport>('/api/v1/results/imports', fields(), csv(corrected));
    expect(reply.body).toMatchObject({ status: 'imported', values: 18 });
    expect(reply.body.supersededSourceId).not.toBeNull();
    const ranking = await admin.get<RankingResponse>('/api/v1/results/ranking?framework=PAPI&level=province&year=2025');
    expect(ranking.body.items.map((row) => [row.unit.code, row.value])).toEqual([
      ['33', 48],
      ['01', 43.6],
    ]);
    const history = await dataSource.query<Array<{ superseded: boolean }>>(
      'SELECT superseded_at IS NOT NULL AS superseded FROM result_source WHERE source_key = $1 ORDER BY id',
      [sourceKey],
    );
    expect(history.map((row) => row.superseded)).toEqual([true, false]);
  });

  it('refuses a second source for values another source already gave', async () => {
    const body = await expectRejected(csv(GOOD), 422, { sourceKey: `${sourceKey}-other` });
    expect(body.details[0]!.message).toContain(`từ nguồn "${sourceKey}"`);
  });

  it('rejects wrong headers, naming each column', async () => {
    const body = await expectRejected(csv('tinh,nam_danh_gia,Dim1\n01,2025,5\n'), 422);
    expect(body.details.map((issue) => [issue.row, issue.column, issue.message])).toEqual([
      [1, 'tinh', 'Cột "tinh" không phải mã chỉ số nào của bộ chỉ số này.'],
      [1, 'nam_danh_gia', 'Cột "nam_danh_gia" không phải mã chỉ số nào của bộ chỉ số này.'],
      [1, 'Dim1', 'Cột "Dim1" không phải mã chỉ số nào của bộ chỉ số này.'],
      [1, undefined, 'Thiếu cột năm (nam hoặc year).'],
      [1, undefined, 'Thiếu cột đơn vị (ma_don_vi, unit_code, gso_code, ten_don_vi, unit_name).'],
      [1, undefined, 'Không có cột chỉ số nào.'],
    ]);
    expect(body.message).toBe('Tệp có 6 lỗi; chưa ghi gì vào cơ sở dữ liệu. Sửa các lỗi dưới đây rồi nhập lại.');
  });

  it('rejects text in numbers, values out of range, a year no version covers, and duplicate rows', async () => {
    const body = await expectRejected(
      csv('ma_don_vi,nam,D1,D2\n01,2025,năm,5\n33,2025,5,12\n01,2009,5,5\n02,2025,5,5\n02,2025,6,6\n'),
      422,
    );
    expect(body.details.map((issue) => `${issue.row}:${issue.column}`)).toEqual(['2:D1', '3:D2', '4:nam', '6:ma_don_vi']);
    expect(body.details[0]!.message).toBe('Giá trị "năm" không phải là số.');
    expect(body.details[3]!.message).toBe('Đơn vị 02 năm 2025 trùng với dòng 5.');
  });

  it('rejects units that do not exist, and units outside the importer’s scope', async () => {
    const unknown = await expectRejected(csv('ma_don_vi,nam,D1\n99,2025,5\n'), 422);
    expect(unknown.details).toEqual([
      { file: 'papi-2025.csv', row: 2, column: 'ma_don_vi', message: 'Không có đơn vị mã 99 ở cấp tỉnh vào năm 2025.' },
    ]);
    const provinceOfficer = await api.loginAs(DEMO.province);
    const before = await snapshot();
    const outside = await provinceOfficer.upload<Rejection>(
      '/api/v1/results/imports',
      fields({ sourceKey: `${sourceKey}-hung-yen` }),
      csv('ma_don_vi,nam,D1\n01,2024,5\n'),
    );
    expect(outside.status).toBe(422);
    expect(outside.body.details[0]!.message).toContain('nằm ngoài phạm vi quản lý của bạn');
    expect(await snapshot()).toBe(before);
    const commune = await api.loginAs(DEMO.commune);
    expect((await commune.upload('/api/v1/results/imports', fields(), csv(GOOD))).status).toBe(403);
  });

  it('rejects an empty file, a header-only file, a file that is not UTF-8, and an .xlsx that is not a spreadsheet', async () => {
    expect((await expectRejected(csv(''), 422)).details[0]!.message).toBe('Tệp rỗng.');
    expect((await expectRejected(csv('ma_don_vi,nam,D1\n'), 422)).details[0]!.message).toBe('Tệp không có dòng kết quả nào.');
    const latin1 = { name: 'kq.csv', bytes: Buffer.from('ma_don_vi,nam,D1\n01,2025,5\nH\xe0 N\xf4i,2025,5\n', 'latin1') };
    expect((await expectRejected(latin1, 422)).details[0]!.message).toContain('không phải văn bản UTF-8');
    const fake = { name: 'ket-qua.xlsx', bytes: Buffer.from('this is not a workbook') };
    expect((await expectRejected(fake, 422)).details[0]!.message).toContain('không phải bảng tính Excel');
    const brokenZip = { name: 'ket-qua.xlsx', bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]) };
    expect((await expectRejected(brokenZip, 422)).details[0]!.message).toContain('không phải bảng tính Excel');
  });

  it('refuses a 50 MB upload before reading it', async () => {
    const huge = { name: 'lon.csv', bytes: Buffer.alloc(50 * 1024 * 1024, 0x31) };
    const body = await expectRejected(huge, 413);
    expect(body.statusCode).toBe(413);
  });

  it('refuses an upload with no file or without the CSRF token', async () => {
    const noFile = await admin.request<ApiErrorBody>('POST', '/api/v1/results/imports', fields());
    expect(noFile.status).toBe(400);
    const before = await snapshot();
    const saved = admin.session;
    admin.session = null;
    const noToken = await admin.upload('/api/v1/results/imports', fields(), csv(GOOD));
    admin.session = saved;
    expect(noToken.status).toBe(403);
    expect(await snapshot()).toBe(before);
  });

  it('round-trips the downloadable template: fill it in Excel, import it', async () => {
    const template = await admin.download('/api/v1/results/template?framework=PAPI&level=province&year=2025&format=xlsx');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toContain('mau-ket-qua-papi-province-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kết quả')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 5)).toEqual(['ma_don_vi', 'ten_don_vi', 'nam', 'D1', 'D1.1']);
    expect(header.slice(-2)).toEqual(['xep_hang', 'xep_loai']);
    expect(header).toEqual(expect.arrayContaining(['D8', 'D8.1']));
    expect(sheet.rowCount).toBe(1 + 34);
    // Fill the eight dimensions of two post-reform provinces, as an officer would, and drop the rest.
    const dimensionColumns = header.flatMap((name, index) => (/^D\d$/.test(name) ? [index + 1] : []));
    expect(dimensionColumns).toHaveLength(8);
    const keep = new Set(['04', '08']);
    for (let line = sheet.rowCount; line >= 2; line--) {
      const row = sheet.getRow(line);
      if (!keep.has(String(row.getCell(1).value))) sheet.spliceRows(line, 1);
      else for (const column of dimensionColumns) row.getCell(column).value = 6.25;
    }
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const reply = await admin.upload<ResultImportReport>(
      '/api/v1/results/imports',
      fields({ sourceKey: `${sourceKey}-xlsx` }),
      { name: 'mau-da-dien.xlsx', bytes: filled },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({ rows: 2, values: 18 });
  });

  it('offers the template as CSV with a BOM for Excel', async () => {
    const template = await admin.download('/api/v1/results/template?framework=PAPI&level=province&year=2020&format=csv');
    const text = template.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFma_don_vi,ten_don_vi,nam,D1,D1.1,')).toBe(true);
    expect(text).toContain('33,Tỉnh Hưng Yên,2020');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(64);
  });
});
