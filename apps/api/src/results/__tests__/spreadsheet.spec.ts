import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readUploadedTable, zipBombReason } from '../../common/spreadsheet.js';

/** A minimal zip (one stored-as-deflate entry), written by hand so the test controls every size field. */
function zip(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

describe('zipBombReason', () => {
  it('refuses a workbook whose content compresses beyond any real spreadsheet', () => {
    const bomb = zip('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024, 0));
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(zipBombReason(bomb)).toContain('bom nén');
  });

  it('refuses a zip that declares more unpacked data than a results file can hold', () => {
    // Incompressible 2 MB declared as 300 MB: a ratio of 150 passes, the total does not.
    expect(zipBombReason(zip('a.xml', randomBytes(2 * 1024 * 1024), 300 * 1024 * 1024))).toContain('quá lớn');
  });

  it('lets an ordinary small archive through', () => {
    expect(zipBombReason(zip('a.xml', Buffer.from('<row>1</row>'.repeat(100))))).toBeNull();
  });

  it('answers an upload of the bomb with a clear error instead of unpacking it', async () => {
    const result = await readUploadedTable(zip('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024, 0)), 'bom.xlsx');
    expect(result).toEqual({ ok: false, issues: [{ file: 'bom.xlsx', message: 'Tệp nén bất thường (tỉ lệ nén quá cao), có thể là "bom nén"; không mở.' }] });
  });
});
