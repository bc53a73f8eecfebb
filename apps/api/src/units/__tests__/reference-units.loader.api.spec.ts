import { PRE_2025_TIERS } from '@govindex/domain';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { ReferenceUnitsLoader, UnitListError, type UnitListDataset } from '../reference-units.loader.js';

const HEADER = 'province_code,province_full_name,district_code,district_full_name,ward_code,ward_full_name';
const ORIGINAL = [
  HEADER,
  '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh',
  '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12001,Xã Tân Quang',
  '33,Tỉnh Hưng Yên,326,Huyện Văn Giang,12019,Thị trấn Văn Giang',
  '01,Thành phố Hà Nội,001,Quận Ba Đình,00001,Phường Phúc Xá',
].join('\n');

interface Row {
  id: number;
  code: string;
  full_name: string;
  parent_code: string | null;
  province_code: string;
}

/**
 * The loader against a real database, on a small list placed in 1990 so that it never meets the real
 * lists the other suites read.
 */
describe('reference unit loader', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let loader: ReferenceUnitsLoader;
  let folder: string;
  const name = `test-units-${Date.now()}`;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
    loader = new ReferenceUnitsLoader(dataSource);
    folder = await mkdtemp(path.join(os.tmpdir(), 'govindex-units-'));
  });
  afterAll(async () => {
    await dataSource.query(`DELETE FROM unit WHERE source = $1 AND level = 'commune'`, [name]);
    await dataSource.query(`DELETE FROM unit WHERE source = $1 AND level = 'district'`, [name]);
    await dataSource.query(`DELETE FROM unit WHERE source = $1`, [name]);
    await dataSource.query(`DELETE FROM reference_dataset WHERE name = $1`, [name]);
    await api.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function dataset(csv: string, overrides: Partial<UnitListDataset> = {}): Promise<UnitListDataset> {
    const file = path.join(folder, `list-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(file, csv);
    return { kind: 'units', name, files: [{ file, tiers: PRE_2025_TIERS }], validFrom: '1990-01-01', validUntil: '1990-12-31', ...overrides };
  }

  function snapshot(): Promise<Row[]> {
    return dataSource.query<Row[]>(
      `SELECT u.id, u.code, u.full_name, p.code AS parent_code, pr.code AS province_code
       FROM unit u LEFT JOIN unit p ON p.id = u.parent_id JOIN unit pr ON pr.id = u.province_id
       WHERE u.source = $1 ORDER BY u.level, u.code`,
      [name],
    );
  }

  it('loads a list with parents linked and the province as tenant of every unit', async () => {
    expect(await loader.loadAll([await dataset(ORIGINAL)])).toEqual([{ dataset: name, status: 'loaded', rows: 9, skipped: [] }]);
    const rows = await snapshot();
    expect(rows).toHaveLength(9);
    const nhuQuynh = rows.find((row) => row.code === '11986');
    expect(nhuQuynh).toMatchObject({ full_name: 'Thị trấn Như Quỳnh', parent_code: '325', province_code: '33' });
    expect(rows.find((row) => row.code === '33')).toMatchObject({ parent_code: null, province_code: '33' });
  });

  it('changes nothing when the same file is loaded again', async () => {
    const before = await snapshot();
    expect(await loader.loadAll([await dataset(ORIGINAL)])).toEqual([{ dataset: name, status: 'unchanged' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('updates renamed and moved units in place, keeping their ids', async () => {
    const before = await snapshot();
    const corrected = ORIGINAL.replace('12001,Xã Tân Quang', '12001,Xã Tân Quang Mới').replace(
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986',
      '33,Tỉnh Hưng Yên,326,Huyện Văn Giang,11986',
    );
    expect(await loader.loadAll([await dataset(corrected)])).toEqual([{ dataset: name, status: 'loaded', rows: 9, skipped: [] }]);
    const after = await snapshot();
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(after.find((row) => row.code === '12001')?.full_name).toBe('Xã Tân Quang Mới');
    expect(after.find((row) => row.code === '11986')?.parent_code).toBe('326');
  });

  it('rejects a malformed list with every problem located, and writes nothing', async () => {
    const before = await snapshot();
    const broken = [
      HEADER,
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh',
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,1198X,Xã Lỗi Mã',
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,12002,Làng Không Loại',
      '33,Tỉnh Hưng Yên,325,Huyện Văn Lâm,11986,Thị trấn Như Quỳnh',
    ].join('\n');
    const list = await dataset(broken);
    const file = list.files[0]!.file;
    const error = await loader.loadAll([list]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnitListError);
    expect((error as UnitListError).issues).toEqual([
      { file, row: 3, column: 'ward_code', message: 'Mã "1198X" không hợp lệ: cần 5 chữ số.' },
      {
        file,
        row: 4,
        column: 'ward_full_name',
        message: 'Tên "Làng Không Loại" không bắt đầu bằng loại đơn vị hợp lệ ở cấp xã.',
      },
      { file, row: 5, column: 'ward_code', message: 'Mã 11986 đã có ở dòng 2.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the tree and its record as they were when the database refuses a load', async () => {
    const before = await snapshot();
    const reversed = await dataset(ORIGINAL.replace('Phúc Xá', 'Phúc Xá Hai'), { validFrom: '1990-01-01', validUntil: '1989-01-01' });
    await expect(loader.loadAll([reversed])).rejects.toThrow(/unit_validity_ordered/);
    expect(await snapshot()).toEqual(before);
    const [recorded] = await dataSource.query<Array<{ row_count: number }>>(
      'SELECT row_count FROM reference_dataset WHERE name = $1',
      [name],
    );
    expect(recorded?.row_count).toBe(9);
  });
});
