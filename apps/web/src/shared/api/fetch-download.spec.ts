import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { downloadApiFile, fileNameOfDisposition } from './fetch-download';

describe('fileNameOfDisposition', () => {
  it('prefers the UTF-8 name, so Vietnamese names survive', () => {
    expect(
      fileNameOfDisposition(`attachment; filename="ke-hoach.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20kh%E1%BA%AFc%20ph%E1%BB%A5c.docx`, 'x.docx'),
    ).toBe('Kế hoạch khắc phục.docx');
  });

  it('reads a plain name, quoted or not', () => {
    expect(fileNameOfDisposition('attachment; filename="theo-doi.xlsx"', 'x')).toBe('theo-doi.xlsx');
    expect(fileNameOfDisposition('attachment; filename=theo-doi.xlsx', 'x')).toBe('theo-doi.xlsx');
  });

  it('falls back when the header names nothing, and never keeps a folder', () => {
    expect(fileNameOfDisposition(null, 'govindex.xlsx')).toBe('govindex.xlsx');
    expect(fileNameOfDisposition('attachment', 'govindex.xlsx')).toBe('govindex.xlsx');
    expect(fileNameOfDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('..-..-etc-passwd');
  });
});

describe('downloadApiFile', () => {
  it('turns a refusal into the ApiError of its body', async () => {
    const refused = () =>
      Promise.resolve(
        new Response(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Không có kết quả.' }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
      );
    const error = await downloadApiFile('/api/v1/units/9/remediation-plan', { framework: 'PAPI' }, 'x.docx', refused).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('not-found');
    expect((error as ApiError).serverMessage).toBe('Không có kết quả.');
  });

  it('says the API is unreachable when the network fails', async () => {
    const error = await downloadApiFile('/api/v1/follow-ups/export', {}, 'x.xlsx', () => Promise.reject(new TypeError('offline'))).catch(
      (reason: unknown) => reason,
    );
    expect((error as ApiError).kind).toBe('unreachable');
  });
});
