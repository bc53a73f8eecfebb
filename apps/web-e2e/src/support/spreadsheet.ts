import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';

/** A downloaded .xlsx, opened with ExcelJS: every sheet as rows of plain cell values (row 1 first). */
export async function readDownloadedWorkbook(download: Download): Promise<Map<string, unknown[][]>> {
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      // ExcelJS numbers cells from 1 and leaves index 0 empty.
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

/** The text of a downloaded file (a CSV template), without the byte-order mark Excel needs. */
export async function readDownloadedText(download: Download): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
}
