import type { ExportSheet } from './table-export';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelModule = typeof import('exceljs');

/**
 * ExcelJS is large (about 1 MB) and only needed when someone exports: it is fetched on the first click,
 * as a chunk of its own, so the dashboard's main bundle does not carry it.
 */
async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  // The browser build of ExcelJS is a CommonJS bundle: depending on the interop its classes sit on the module or on its default.
  return loaded.Workbook ? loaded : (loaded.default ?? loaded);
}

/** Writes the sheets as an .xlsx workbook: bold frozen headings, fitted widths, number formats. */
export async function writeXlsx(sheets: readonly ExportSheet[]): Promise<Blob> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'GovIndex';
  workbook.created = new Date();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.header.length > 0) {
      worksheet.addRow(sheet.header).font = { bold: true };
      worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    for (const row of sheet.rows) worksheet.addRow(row);
    sheet.widths.forEach((width, index) => {
      const column = worksheet.getColumn(index + 1);
      column.width = width;
      const format = sheet.numberFormats[index];
      if (format) column.numFmt = format;
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer as BlobPart], { type: XLSX_MIME });
}

/** Hands a file to the browser to save, as a link with `download` would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start reading the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds the workbook and saves it under `fileName`. */
export async function downloadXlsx(sheets: readonly ExportSheet[], fileName: string): Promise<void> {
  saveFile(await writeXlsx(sheets), fileName);
}
