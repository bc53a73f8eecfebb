import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { planInput } from './plan-fixtures.js';
import {
  deflatedSpaces,
  docxParts,
  pdf,
  pdfStream,
  sheetXml,
  singleByte,
  spacesCrc,
  textPdf,
  utf16,
  utf8,
  wordDocument,
  wordXml,
  workbook,
  xlsxParts,
  zip,
} from './hostile-files.js';

/**
 * A corpus of hostile inputs for every way data enters GovIndex: results files, plan documents, task
 * sheets, report evidence and the JSON bodies of the write routes and the login. Generated here (no
 * binary fixtures), run by `hostile-input.api.spec.ts`, counted in docs/RELIABILITY.md.
 *
 * Each case says what it is, what request carries it, and what must happen: `reject` (a 4xx with a
 * message, and the database exactly as it was), `accept` (2xx: the input is legitimate however odd,
 * e.g. a name holding HTML, which is stored as text), or `either` (both are sound answers; the case is
 * there to show neither crashes nor hangs).
 */

export type Target = 'results' | 'plan-document' | 'task-sheet' | 'evidence' | 'plan-json' | 'report-json' | 'follow-up-json' | 'period-json' | 'login-json';

export interface UploadFile {
  field: string;
  name: string;
  bytes: Buffer;
  type?: string;
}

export type HostileRequest =
  /** A multipart upload as a browser sends it (fetch + FormData), with the caller's session. */
  | { kind: 'upload'; path: string; fields: Record<string, string>; files: UploadFile[] }
  /** Raw bytes with the given headers; `anonymous` drops the session (login). */
  | { kind: 'body'; method: 'POST' | 'PUT'; path: string; body: Buffer; headers: Record<string, string>; anonymous?: boolean }
  /** A file of `totalBytes` streamed in chunks, with or without a declared length: how early is 413 answered? */
  | { kind: 'stream'; path: string; fields: Record<string, string>; fileName: string; totalBytes: number; declareLength: boolean };

export interface HostileCase {
  id: string;
  target: Target;
  category: string;
  description: string;
  request: HostileRequest;
  expect: 'reject' | 'accept' | 'either';
  /** For an accepted case: a problem with the answer (e.g. HTML not kept as text), or null. */
  verify?: (body: unknown) => string | null;
}

/** Ids the corpus aims at, made by the spec before it runs. */
export interface CorpusContext {
  /** A draft report of the own commune, and its tasks. */
  reportId: number;
  reportTaskIds: number[];
  /** A task of another plan (not in the report). */
  otherTaskId: number;
  /** The commune (Như Quỳnh) and district (Văn Lâm) of the demo officers; a commune of another province. */
  communeId: number;
  districtId: number;
  foreignCommuneId: number;
  /** Commune codes of a district of Hưng Yên no other test imports for: each accepted results import takes one. */
  freshCommuneCodes: string[];
  foreignCommuneCode: string;
}

/** Payloads that must come back as text, never interpreted. */
export const PAYLOADS = {
  html: '<img src=x onerror=alert(1)>',
  script: '<script>alert("xss")</script>',
  sql: "'; DROP TABLE unit; --",
  formula: "=cmd|' /C calc'!A0",
} as const;

const REPO_ROOT = new URL('../../../../', import.meta.url);
const MEGABYTE = 1024 * 1024;

/** A plan's text as the reader expects one (the seed of Như Quỳnh 2024), for cases that change one thing. */
function seedPlanText(): string {
  return readFileSync(new URL('data/documents/plans/001_0e6b10470e5a0469.txt', REPO_ROOT), 'utf8');
}

function seedPdf(): Buffer {
  return readFileSync(new URL('libs/plan-reader/src/__fixtures__/000.pdf', REPO_ROOT));
}

function seedDocx(): Buffer {
  return readFileSync(new URL('libs/plan-reader/src/__fixtures__/001.docx', REPO_ROOT));
}

/** Checks that a JSON answer holds `expected` somewhere, verbatim (stored as text, not escaped or stripped). */
function holds(expected: string): (body: unknown) => string | null {
  return (body) => (JSON.stringify(body).includes(JSON.stringify(expected).slice(1, -1)) ? null : `the answer does not hold ${JSON.stringify(expected)} verbatim`);
}

/** Checks a file name the API kept: no folder, no control character. */
function safeName(expected: string): (body: unknown) => string | null {
  return (body) => {
    const name = (body as { name?: unknown; fileName?: unknown }).name ?? (body as { fileName?: unknown }).fileName;
    if (typeof name !== 'string') return 'no file name in the answer';
    // eslint-disable-next-line no-control-regex
    if (/[/\\\u0000-\u001f\u202e]/.test(name)) return `the kept name ${JSON.stringify(name)} has a path or a control character`;
    return name === expected ? null : `kept ${JSON.stringify(name)}, expected ${JSON.stringify(expected)}`;
  };
}

export async function buildHostileCorpus(context: CorpusContext): Promise<HostileCase[]> {
  const cases: HostileCase[] = [];
  const add = (entry: HostileCase) => cases.push(entry);
  const freshCodes = [...context.freshCommuneCodes];
  // Cases meant to be refused name this commune (of a district no other test imports for): should one be
  // accepted after all, it lands on a unit nobody else uses, and the case fails on its own.
  const probeCode = freshCodes.pop()!;
  const freshCode = () => {
    const code = freshCodes.shift();
    if (!code) throw new Error('the corpus ran out of fresh communes for accepted imports');
    return code;
  };

  // ---------------------------------------------------------------- results imports (CSV / XLSX)
  const resultsFields = (id: string, extra: Record<string, string> = {}) => ({
    framework: 'PAR_INDEX',
    level: 'commune',
    issuer: 'Kiểm thử đầu vào',
    sourceKey: `hostile-${id}`,
    ...extra,
  });
  const result = (id: string, category: string, description: string, name: string, bytes: Buffer, expect: HostileCase['expect'] = 'reject', extra: Partial<HostileCase> & { fields?: Record<string, string> } = {}) =>
    add({
      id: `results/${id}`,
      target: 'results',
      category,
      description,
      request: { kind: 'upload', path: '/api/v1/results/imports', fields: extra.fields ?? resultsFields(id), files: [{ field: 'file', name, bytes }] },
      expect,
      ...(extra.verify ? { verify: extra.verify } : {}),
    });
  const csv = (rows: string[]) => utf8(`${rows.join('\n')}\n`);
  const row = (code: string, value: string, year = '2024') => `${code},${year},${value}`;
  const header = 'ma_don_vi,nam,D1';

  // Encodings
  result('utf16le-bom', 'encoding', 'CSV saved as UTF-16LE with a BOM (Excel "Unicode Text")', 'ket-qua.csv', utf16(`${header}\n${row(probeCode, '5')}\n`, 'le', true));
  result('utf16be-bom', 'encoding', 'CSV in UTF-16BE with a BOM', 'ket-qua.csv', utf16(`${header}\n${row(probeCode, '5')}\n`, 'be', true));
  result('utf16le-nobom', 'encoding', 'CSV in UTF-16LE without a BOM', 'ket-qua.csv', utf16(`${header}\n${row(probeCode, '5')}\n`, 'le', false));
  result('cp1258', 'encoding', 'Vietnamese names in Windows-1258 bytes', 'ket-qua.csv', singleByte(`ten_don_vi,nam,D1\nThị trấn Như Quỳnh,2024,5\n`));
  result('cp1252', 'encoding', 'Latin-1 / CP1252 bytes (é, ü) in a name', 'ket-qua.csv', Buffer.from('ten_don_vi,nam,D1\nCaf\xe9 M\xfcnchen,2024,5\n', 'latin1'));
  result('utf8-overlong', 'encoding', 'overlong UTF-8 sequence (C0 AF, a disguised "/")', 'ket-qua.csv', Buffer.concat([utf8('ma_don_vi,nam,D1\n'), Buffer.from([0xc0, 0xaf]), utf8(',2024,5\n')]));
  result('utf8-surrogate', 'encoding', 'UTF-8-encoded lone surrogate (ED A0 80)', 'ket-qua.csv', Buffer.concat([utf8(`ma_don_vi,nam,D1\n${probeCode},2024,`), Buffer.from([0xed, 0xa0, 0x80]), utf8('\n')]));
  result('utf32', 'encoding', 'UTF-32LE with a BOM', 'ket-qua.csv', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...`${header}\n`].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]));
  result('double-bom', 'encoding', 'two UTF-8 BOMs (both taken as the mark, or the second refused as part of a header)', 'ket-qua.csv', utf8(`\uFEFF\uFEFF${header}\n${row(probeCode, '5')}\n`), 'either');
  result('utf8-bom', 'encoding', 'UTF-8 with a BOM (what Excel writes): accepted', 'ket-qua.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv([header, row(freshCode(), '5')])]), 'accept');

  // Empty and truncated
  result('empty-csv', 'empty', 'empty .csv', 'ket-qua.csv', Buffer.alloc(0));
  result('empty-xlsx', 'empty', 'empty .xlsx', 'ket-qua.xlsx', Buffer.alloc(0));
  result('header-only', 'empty', 'header row and nothing else', 'ket-qua.csv', csv([header]));
  result('bom-only', 'empty', 'a BOM and nothing else', 'ket-qua.csv', Buffer.from([0xef, 0xbb, 0xbf]));
  result('newlines-only', 'empty', '10,000 empty lines', 'ket-qua.csv', utf8('\n'.repeat(10_000)));
  result('spaces-only', 'empty', 'whitespace only', 'ket-qua.csv', utf8(' \t '.repeat(1000)));
  const goodBook = await workbook([['ma_don_vi', 'nam', 'D1'], [probeCode, 2024, 5]]);
  result('xlsx-truncated', 'truncated', 'the first half of a valid .xlsx', 'ket-qua.xlsx', goodBook.subarray(0, Math.floor(goodBook.length / 2)));
  result('xlsx-tail', 'truncated', 'the last half of a valid .xlsx', 'ket-qua.xlsx', goodBook.subarray(Math.floor(goodBook.length / 2)));
  result('xlsx-text', 'wrong-type', 'plain text named .xlsx', 'ket-qua.xlsx', csv([header, row(probeCode, '5')]));
  result('xlsx-zip-of-text', 'wrong-type', 'a zip holding a .txt, named .xlsx', 'ket-qua.xlsx', zip([{ name: 'a.txt', data: utf8('xin chào') }]));
  result('xlsx-is-docx', 'wrong-type', 'a Word document named .xlsx', 'ket-qua.xlsx', seedDocx());
  result('csv-is-pdf', 'wrong-type', 'a PDF named .csv', 'ket-qua.csv', seedPdf());
  result('csv-is-png', 'wrong-type', 'PNG bytes named .csv', 'ket-qua.csv', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
  result('csv-nul', 'control', 'a NUL byte inside the CSV', 'ket-qua.csv', utf8(`${header}\n${probeCode},2024,5\u0000\n`));

  // Formula injection: refused as values, never evaluated
  result('inj-cmd', 'csv-injection', `"${PAYLOADS.formula}" as a value`, 'ket-qua.csv', csv([header, `${probeCode},2024,"${PAYLOADS.formula.replace(/"/g, '""')}"`]));
  result('inj-plus', 'csv-injection', '"+1+1" as a value', 'ket-qua.csv', csv([header, row(probeCode, '+1+1')]));
  result('inj-minus', 'csv-injection', '"-1+1" as a value', 'ket-qua.csv', csv([header, row(probeCode, '-1+1')]));
  result('inj-at', 'csv-injection', '"@SUM(A1:A9)" as a value', 'ket-qua.csv', csv([header, row(probeCode, '@SUM(A1:A9)')]));
  result('inj-hyperlink', 'csv-injection', '=HYPERLINK() as a unit name', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', '"=HYPERLINK(""http://evil.example"",""x"")",2024,5']));
  result('inj-tab', 'csv-injection', 'a tab then "=1+1"', 'ket-qua.csv', csv([header, row(probeCode, '\t=1+1')]));
  result('inj-dde', 'csv-injection', 'DDE payload as unit code', 'ket-qua.csv', csv([header, "\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"A0\"\")\",2024,5"]));
  result('inj-xlsx-formula', 'csv-injection', 'an .xlsx cell holding a formula with no cached result', 'ket-qua.xlsx', await workbook([['ma_don_vi', 'nam', 'D1'], [probeCode, 2024, { formula: 'WEBSERVICE("http://evil.example")' } as never]]));
  result('inj-xlsx-text', 'csv-injection', 'an .xlsx text cell "=cmd…" as the value', 'ket-qua.xlsx', await workbook([['ma_don_vi', 'nam', 'D1'], [probeCode, 2024, PAYLOADS.formula]]));

  // Huge
  result('cell-1mb-value', 'huge', 'a 1 MB value cell', 'ket-qua.csv', csv([header, row(probeCode, '9'.repeat(MEGABYTE))]));
  result('cell-1mb-name', 'huge', 'a 1 MB unit name', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', `${'Xã '.repeat(MEGABYTE / 3)},2024,5`]));
  result('header-1mb', 'huge', 'a 1 MB header name', 'ket-qua.csv', csv([`ma_don_vi,nam,${'D'.repeat(MEGABYTE)}`, row(probeCode, '5')]));
  result('columns-20k', 'huge', '20,000 columns', 'ket-qua.csv', csv([`ma_don_vi,nam,${Array.from({ length: 20_000 }, (_, index) => `C${index}`).join(',')}`, `${probeCode},2024,${'5,'.repeat(19_999)}5`]));
  {
    // One million rows, about 15 MB: under the 20 MB limit. Every row names a unit that does not exist.
    const lines = [header];
    for (let index = 0; index < 1_000_000; index++) lines.push(`${80_000 + (index % 19_000)},${2024 + Math.floor(index / 19_000)},${index % 10}`);
    result('rows-1m', 'huge', '1,000,000 rows (15 MB) of unknown units', 'ket-qua.csv', utf8(`${lines.join('\n')}\n`));
  }
  result('line-19mb', 'huge', 'one 19 MB line with no line break', 'ket-qua.csv', utf8(`${header}\n${'1,'.repeat(9.5 * MEGABYTE)}`));
  result('quote-unclosed', 'huge', 'a quote opened on line 2 and never closed (5 MB)', 'ket-qua.csv', utf8(`${header}\n"12001,2024,5\n${'x,'.repeat(2.5 * MEGABYTE)}`));
  result('quotes-many', 'huge', '500,000 doubled quotes in one cell', 'ket-qua.csv', utf8(`${header}\n"${'""'.repeat(500_000)}",2024,5\n`));

  // Numbers
  for (const [id, value] of [
    ['nan', 'NaN'],
    ['infinity', 'Infinity'],
    ['minus-infinity', '-Infinity'],
    ['1e309', '1e309'],
    ['hex', '0x10'],
    ['three-parts', '"1,2,3"'],
    ['two-dots', '1.2.3'],
    ['fullwidth', '５'],
    ['arabic-digits', '٥'],
    ['fraction-char', '½'],
    ['huge-integer', '99999999999999999999999'],
    ['negative', '-5'],
    ['tiny', '1e-400'],
    ['empty-quotes', '""""'],
  ] as const) {
    result(`number-${id}`, 'numbers', `value "${value}"`, 'ket-qua.csv', csv([header, row(probeCode, value)]));
  }
  // Years and dates
  for (const [id, year] of [
    ['feb-30', '2024-02-30'],
    ['dmy', '31/02/2024'],
    ['fraction', '2024.5'],
    ['zero', '0'],
    ['negative', '-2024'],
    ['five-digits', '99999'],
    ['letter-o', '2O24'],
    ['exponent', '2.024e3'],
  ] as const) {
    result(`year-${id}`, 'dates', `year "${year}"`, 'ket-qua.csv', csv([header, row(probeCode, '5', year)]));
  }
  result('decision-date-feb-30', 'dates', 'decisionDate 2024-02-30 in the form', 'ket-qua.csv', csv([header, row(probeCode, '5')]), 'reject', { fields: resultsFields('decision-date-feb-30', { decisionDate: '2024-02-30' }) });
  result('decision-date-dmy', 'dates', 'decisionDate 31/02/2024 in the form', 'ket-qua.csv', csv([header, row(probeCode, '5')]), 'reject', { fields: resultsFields('decision-date-dmy', { decisionDate: '31/02/2024' }) });

  // Names with SQL / HTML / control characters
  result('name-sql', 'names', 'unit name with SQL', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', `"${PAYLOADS.sql}",2024,5`]));
  result('name-html', 'names', 'unit name with HTML', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', `"${PAYLOADS.html}",2024,5`]));
  result('code-sql', 'names', 'unit code with SQL', 'ket-qua.csv', csv([header, `"1' OR '1'='1",2024,5`]));
  result('name-bell-escape', 'control', 'BEL and ANSI escape in a unit name', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', '\u0007\u001b[31mXã\u001b[0m,2024,5']));
  result('name-rtl', 'control', 'right-to-left override in a unit name', 'ket-qua.csv', csv(['ten_don_vi,nam,D1', 'Xã \u202eỳuQ,2024,5']));
  result('issuer-html', 'names', 'issuer with HTML and SQL, on a valid file: stored as text', 'ket-qua.csv', csv([header, row(freshCode(), '6')]), 'accept', {
    fields: resultsFields('issuer-html', { issuer: `${PAYLOADS.html} ${PAYLOADS.sql}` }),
  });
  result('issuer-nul', 'control', 'issuer with a NUL character', 'ket-qua.csv', csv([header, row(probeCode, '5')]), 'reject', { fields: resultsFields('issuer-nul', { issuer: 'UBND\u0000huyện' }) });
  result('unit-foreign', 'scope', 'a commune of another province', 'ket-qua.csv', csv([header, row(context.foreignCommuneCode, '5')]));
  result('unit-unknown', 'scope', 'a unit code that does not exist', 'ket-qua.csv', csv([header, row('99999', '5')]));

  // File names
  const validCsv = () => csv([header, row(freshCode(), '7')]);
  result('filename-traversal', 'path', 'file name "../../etc/passwd": kept as "passwd", a name only', '../../etc/passwd', validCsv(), 'accept');
  result('filename-windows-traversal', 'path', 'file name "..\\..\\windows\\win.ini"', '..\\..\\windows\\win.ini', validCsv(), 'accept');
  result('filename-html', 'names', `file name "${PAYLOADS.html}.csv"`, `${PAYLOADS.html}.csv`, validCsv(), 'accept');
  result('filename-sql', 'names', `file name "${PAYLOADS.sql}.csv"`, `${PAYLOADS.sql}.csv`, validCsv(), 'accept');
  result('filename-crlf', 'control', 'file name with CR LF (header splitting)', 'ket\r\nSet-Cookie: x=1.csv', csv([header, row(probeCode, 'x')]));
  result('filename-long', 'path', 'a 2,000-character file name', `${'a'.repeat(2000)}.csv`, csv([header, row(probeCode, 'x')]));
  result('filename-dots', 'path', 'file name ".."', '..', csv([header, row(probeCode, 'x')]));

  // Form fields
  const formCase = (id: string, description: string, fields: Record<string, string>) => result(id, 'fields', description, 'ket-qua.csv', csv([header, row(probeCode, '5')]), 'reject', { fields });
  formCase('framework-sql', 'framework = SQL', resultsFields('framework-sql', { framework: PAYLOADS.sql }));
  formCase('framework-traversal', 'framework = ../../', resultsFields('framework-traversal', { framework: '../../etc' }));
  formCase('level-unknown', 'level = galaxy', resultsFields('level-unknown', { level: 'galaxy' }));
  formCase('issuer-empty', 'issuer empty', resultsFields('issuer-empty', { issuer: '' }));
  formCase('issuer-10k', 'issuer of 10,000 characters', resultsFields('issuer-10k', { issuer: 'x'.repeat(10_000) }));
  formCase('source-key-long', 'sourceKey of 301 characters', resultsFields('source-key-long', { sourceKey: 'k'.repeat(301) }));
  formCase('parent-id-text', 'parentId = abc', resultsFields('parent-id-text', { parentId: 'abc' }));
  formCase('parent-id-huge', 'parentId = 99999999999', resultsFields('parent-id-huge', { parentId: '99999999999' }));
  formCase('unknown-field', 'an unknown form field', resultsFields('unknown-field', { isAdmin: 'true' }));
  formCase('proto-field', 'a __proto__[polluted] form field', resultsFields('proto-field', { '__proto__[polluted]': 'yes' }));
  add({
    id: 'results/no-file',
    target: 'results',
    category: 'fields',
    description: 'the form without a file',
    request: { kind: 'upload', path: '/api/v1/results/imports', fields: resultsFields('no-file'), files: [] },
    expect: 'reject',
  });
  add({
    id: 'results/wrong-file-field',
    target: 'results',
    category: 'fields',
    description: 'the file sent in a field named "tep"',
    request: { kind: 'upload', path: '/api/v1/results/imports', fields: resultsFields('wrong-file-field'), files: [{ field: 'tep', name: 'a.csv', bytes: csv([header]) }] },
    expect: 'reject',
  });
  add({
    id: 'results/two-files',
    target: 'results',
    category: 'fields',
    description: 'two files in the "file" field',
    request: {
      kind: 'upload',
      path: '/api/v1/results/imports',
      fields: resultsFields('two-files'),
      files: [
        { field: 'file', name: 'a.csv', bytes: csv([header]) },
        { field: 'file', name: 'b.csv', bytes: csv([header]) },
      ],
    },
    expect: 'reject',
  });
  add({
    id: 'results/json-not-multipart',
    target: 'results',
    category: 'wrong-type',
    description: 'a JSON body instead of a multipart form',
    request: { kind: 'body', method: 'POST', path: '/api/v1/results/imports', body: utf8(JSON.stringify(resultsFields('json'))), headers: { 'content-type': 'application/json' } },
    expect: 'reject',
  });
  add({
    id: 'results/multipart-no-boundary',
    target: 'results',
    category: 'truncated',
    description: 'multipart/form-data without a boundary',
    request: { kind: 'body', method: 'POST', path: '/api/v1/results/imports', body: utf8('--x\r\n'), headers: { 'content-type': 'multipart/form-data' } },
    expect: 'reject',
  });
  add({
    id: 'results/multipart-truncated',
    target: 'results',
    category: 'truncated',
    description: 'a multipart body cut off in the middle of the file',
    request: {
      kind: 'body',
      method: 'POST',
      path: '/api/v1/results/imports',
      body: utf8('--B\r\nContent-Disposition: form-data; name="framework"\r\n\r\nPAR_INDEX\r\n--B\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nma_don_vi,nam,D1\n12001,20'),
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
    },
    expect: 'reject',
  });
  add({
    id: 'results/oversize-declared',
    target: 'results',
    category: 'oversize',
    description: '25 MB with its Content-Length declared: 413 before the body is read',
    request: { kind: 'stream', path: '/api/v1/results/imports', fields: resultsFields('oversize-declared'), fileName: 'lon.csv', totalBytes: 25 * MEGABYTE, declareLength: true },
    expect: 'reject',
  });
  add({
    id: 'results/oversize-chunked',
    target: 'results',
    category: 'oversize',
    description: '25 MB sent chunked, no length: 413 once the file passes 20 MB',
    request: { kind: 'stream', path: '/api/v1/results/imports', fields: resultsFields('oversize-chunked'), fileName: 'lon.csv', totalBytes: 25 * MEGABYTE, declareLength: false },
    expect: 'reject',
  });

  // Zip bombs and hostile XML in workbooks
  const bombSize = 256 * MEGABYTE;
  const bombCrc = spacesCrc(bombSize);
  const bombParts = xlsxParts(sheetXml([['ma_don_vi', 'nam', 'D1']])).filter((part) => part.name !== 'xl/worksheets/sheet1.xml');
  result('xlsx-bomb-declared', 'zip-bomb', 'an .xlsx whose sheet unpacks to 256 MB (declared)', 'bom.xlsx', zip([...bombParts, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), declaredSize: bombSize }]));
  result('xlsx-bomb-lying', 'zip-bomb', 'an .xlsx whose sheet unpacks to 256 MB while its directory says 1 kB', 'bom.xlsx', zip([...bombParts, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), crc: bombCrc, declaredSize: 1000 }]));
  result('xlsx-bomb-strings', 'zip-bomb', 'shared strings unpacking to 256 MB, declared 1 kB', 'bom.xlsx', zip([...xlsxParts(sheetXml([['ma_don_vi', 'nam', 'D1']]), '<sst/>').filter((part) => part.name !== 'xl/sharedStrings.xml'), { name: 'xl/sharedStrings.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), crc: bombCrc, declaredSize: 1000 }]));
  result('xlsx-entries-5000', 'zip-bomb', 'a zip of 5,000 entries', 'bom.xlsx', zip([...xlsxParts(sheetXml([['ma_don_vi']])), ...Array.from({ length: 5000 }, (_, index) => ({ name: `x/${index}.xml`, data: utf8('<a/>') }))]));
  const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';
  const laughSheet = `<?xml version="1.0" encoding="UTF-8"?>${laughs}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  result('xlsx-billion-laughs', 'xml', 'a sheet with the "billion laughs" entity expansion', 'cuoi.xlsx', zip(xlsxParts(laughSheet)));
  const xxeSheet = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>ma_don_vi</t></is></c><c t="inlineStr"><is><t>nam</t></is></c><c t="inlineStr"><is><t>D1</t></is></c></row><row r="2"><c t="inlineStr"><is><t>&xxe;</t></is></c><c><v>2024</v></c><c><v>5</v></c></row></sheetData></worksheet>`;
  result('xlsx-xxe', 'xml', 'an external entity (file:///etc/passwd) in a cell: never read', 'xxe.xlsx', zip(xlsxParts(xxeSheet)), 'reject', {
    verify: (body) => (JSON.stringify(body).includes('root:') ? 'the answer shows /etc/passwd' : null),
  });
  result('xlsx-deep-xml', 'xml', 'XML nested 100,000 elements deep in a cell', 'sau.xlsx', zip(xlsxParts(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>${'<b>'.repeat(100_000)}${'</b>'.repeat(100_000)}</t></is></c></row></sheetData></worksheet>`)));
  result('xlsx-max-row', 'huge', 'a cell at row 1,048,576 and column XFD', 'xa.xlsx', zip(xlsxParts('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ma_don_vi</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>')));

  // ---------------------------------------------------------------- plan documents (.docx, .pdf, .txt, .md)
  const document = (id: string, category: string, description: string, name: string, bytes: Buffer, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    add({
      id: `plan-document/${id}`,
      target: 'plan-document',
      category,
      description,
      request: { kind: 'upload', path: '/api/v1/plans/parse', fields: {}, files: [{ field: 'file', name, bytes }] },
      expect,
      ...(verify ? { verify } : {}),
    });
  const plan = seedPlanText();
  for (const extension of ['txt', 'md', 'docx', 'pdf']) document(`empty-${extension}`, 'empty', `empty .${extension}`, `ke-hoach.${extension}`, Buffer.alloc(0));
  document('exe', 'wrong-type', 'an .exe', 'ke-hoach.exe', Buffer.from('4d5a90000300000004000000ffff0000', 'hex'));
  document('no-extension', 'wrong-type', 'no extension', 'ke-hoach', utf8(plan));
  document('double-extension', 'wrong-type', 'ke-hoach.pdf.exe', 'ke-hoach.pdf.exe', seedPdf());
  document('doc-legacy', 'wrong-type', 'a legacy .doc', 'ke-hoach.doc', Buffer.from('d0cf11e0a1b11ae1', 'hex'));
  document('traversal-name', 'path', 'a plan named "../../etc/passwd.txt": read, name kept without the path', '../../etc/passwd.txt', utf8(plan), 'accept', safeName('passwd.txt'));
  document('html-name', 'names', `a plan named "${PAYLOADS.html}.txt"`, `${PAYLOADS.html}.txt`, utf8(plan), 'accept', safeName(`${PAYLOADS.html}.txt`));
  document('rtl-name', 'control', 'a plan named "ke-hoach\\u202Etxt.exe" (disguised extension)', 'ke-hoach\u202Eexe.txt', utf8(plan), 'accept', safeName('ke-hoachexe.txt'));
  const firstTask = 'Triển khai thực hiện các văn bản hướng dẫn của tỉnh';
  document('html-text', 'names', 'a task of the plan holding HTML and SQL: read into the draft as text', 'ke-hoach.txt', utf8(plan.replace(firstTask, `${PAYLOADS.html} ${PAYLOADS.sql} ${firstTask}`)), 'accept', (body) => holds(PAYLOADS.html)(body) ?? holds(PAYLOADS.sql)(body));
  document('utf16', 'encoding', 'the plan in UTF-16LE with a BOM', 'ke-hoach.txt', utf16(plan, 'le', true));
  document('cp1258', 'encoding', 'the plan in Windows-1258 bytes', 'ke-hoach.txt', singleByte(plan));
  document('utf8-bom', 'encoding', 'the plan in UTF-8 with a BOM: read', 'ke-hoach.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(plan)]), 'accept');
  document('nul', 'control', 'a NUL byte in the text', 'ke-hoach.txt', utf8(`KẾ HOẠCH\u0000${plan}`));
  document('controls-only', 'control', 'only control characters (and the "m" of ANSI escapes)', 'ke-hoach.txt', utf8('\u0001\u0002\u0007\u001b[0m'.repeat(1000)), 'either');
  document('digits-only', 'empty', 'no letter at all', 'ke-hoach.txt', utf8('123 456 789\n'.repeat(1000)));
  document('ansi-escapes', 'control', 'ANSI escapes and BEL around the plan', 'ke-hoach.txt', utf8(`\u001b[2J\u0007${plan}\u001b[0m`), 'accept');
  document('text-19mb', 'huge', '19 MB of one repeated word', 'ke-hoach.txt', utf8('nhiệm '.repeat(Math.floor((19 * MEGABYTE) / 8))), 'either');
  document('lines-300k', 'huge', '300,000 short lines', 'ke-hoach.txt', utf8('- Quý II/2024\n'.repeat(300_000)), 'either');
  document('line-5mb', 'huge', 'one 5 MB line of "Nhiệm vụ " without a break', 'ke-hoach.txt', utf8('Nhiệm vụ '.repeat(Math.floor((5 * MEGABYTE) / 11))), 'either');
  document('headings-100k', 'huge', '100,000 "KẾ HOẠCH" headings', 'ke-hoach.txt', utf8('KẾ HOẠCH\nSố: 01/KH-UBND\n'.repeat(100_000)), 'either');
  document('dates-100k', 'huge', '100,000 dates in a row', 'ke-hoach.txt', utf8(`${plan}\n${'ngày 31 tháng 02 năm 2024, '.repeat(100_000)}`), 'either');
  document('md-table-100k', 'huge', 'a Markdown table of 100,000 rows', 'ke-hoach.md', utf8(`# KẾ HOẠCH\n| TT | Nhiệm vụ | Thời gian |\n|---|---|---|\n${'| 1 | Tuyên truyền | Quý II/2024 |\n'.repeat(100_000)}`), 'either');
  document('md-pipes', 'huge', 'one line of 1,000,000 "|"', 'ke-hoach.md', utf8(`# KẾ HOẠCH\n${'|'.repeat(1_000_000)}\n`), 'either');
  document('md-nested-lists', 'huge', 'a list nested 10,000 levels', 'ke-hoach.md', utf8(`# KẾ HOẠCH\n${Array.from({ length: 10_000 }, (_, index) => `${' '.repeat(index % 200)}- mục ${index}`).join('\n')}`), 'either');
  document('dates-invalid', 'dates', 'issue date "ngày 31 tháng 02 năm 2024" and "30/02/2024"', 'ke-hoach.txt', utf8(plan.replace(/ngày \d+ tháng \d+ năm 2024/, 'ngày 31 tháng 02 năm 2024').replace(/\d{1,2}\/\d{1,2}\/2024/, '30/02/2024')), 'accept');
  // PDFs
  document('pdf-is-text', 'wrong-type', 'a text file named .pdf', 'ke-hoach.pdf', utf8(plan));
  document('pdf-header-only', 'truncated', '"%PDF-1.7" and nothing else', 'ke-hoach.pdf', utf8('%PDF-1.7\n'));
  const realPdf = seedPdf();
  document('pdf-truncated', 'truncated', 'the first half of a real plan PDF', 'ke-hoach.pdf', realPdf.subarray(0, Math.floor(realPdf.length / 2)), 'either');
  document('pdf-tail', 'truncated', 'a real plan PDF without its first 1,000 bytes', 'ke-hoach.pdf', Buffer.concat([utf8('%PDF-1.4\n'), realPdf.subarray(1000)]), 'either');
  document('pdf-garbage-after', 'truncated', 'a real PDF with 1 MB of garbage after %%EOF', 'ke-hoach.pdf', Buffer.concat([realPdf, Buffer.alloc(MEGABYTE, 0xab)]), 'either');
  document('pdf-html-text', 'names', 'a PDF whose text holds HTML and SQL: read as text', 'ke-hoach.pdf', textPdf([['KE HOACH', PAYLOADS.html, PAYLOADS.sql, 'Nhiem vu: tuyen truyen']]), 'accept');
  document('pdf-javascript', 'wrong-type', 'a PDF with an OpenAction JavaScript: never run, text read', 'ke-hoach.pdf', textPdf([['KE HOACH', 'Nhiem vu']], { catalog: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }), 'accept');
  document('pdf-count-lie', 'huge', 'a PDF that claims 1,000,000 pages and has 1', 'ke-hoach.pdf', textPdf([['KE HOACH']], { pagesCount: 1_000_000 }), 'either');
  document('pdf-pages-600', 'huge', 'a PDF of 600 pages (limit 500)', 'ke-hoach.pdf', textPdf(Array.from({ length: 600 }, (_, index) => [`Trang ${index + 1}`])));
  document(
    'pdf-self-kids',
    'xml',
    'a page tree whose /Kids points at itself',
    'ke-hoach.pdf',
    pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']),
  );
  document(
    'pdf-xref-loop',
    'truncated',
    'a cross-reference table whose /Prev points at itself',
    'ke-hoach.pdf',
    (() => {
      const base = textPdf([['KE HOACH']]).toString('latin1');
      const startxref = Number(/startxref\n(\d+)/.exec(base)![1]);
      return Buffer.from(base.replace('/Root 1 0 R', `/Root 1 0 R /Prev ${startxref}`), 'latin1');
    })(),
    'either',
  );
  document('pdf-deep-arrays', 'xml', 'a content stream of 100,000 nested arrays', 'ke-hoach.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>', pdfStream('', utf8(`${'['.repeat(100_000)}${']'.repeat(100_000)} BT (KE HOACH) Tj ET`))]), 'either');
  document(
    'pdf-flate-bomb-1g',
    'zip-bomb',
    'a 1 MB PDF whose content stream inflates to 1 GB (was: 3 GB of memory, 12 s)',
    'bom.pdf',
    pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      pdfStream('/Filter /FlateDecode', Buffer.concat([Buffer.from([0x78, 0xda]), deflatedSpaces(4 * bombSize)])),
    ]),
  );
  document('pdf-encrypted', 'wrong-type', 'a PDF with an /Encrypt dictionary it cannot honour', 'ke-hoach.pdf', Buffer.from(textPdf([['KE HOACH']]).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 9 /R 9 /O (x) /U (y) /P -1 >>'), 'latin1'), 'either');
  // Word documents
  const realDocx = seedDocx();
  document('docx-is-text', 'wrong-type', 'a text file named .docx', 'ke-hoach.docx', utf8(plan));
  document('docx-zip-without-document', 'wrong-type', 'a zip without word/document.xml', 'ke-hoach.docx', zip([{ name: 'a.txt', data: utf8('a') }]));
  document('docx-truncated', 'truncated', 'the first half of a real .docx', 'ke-hoach.docx', realDocx.subarray(0, Math.floor(realDocx.length / 2)));
  document('docx-garbage-after', 'truncated', 'a real .docx with 100 kB of garbage after it', 'ke-hoach.docx', Buffer.concat([realDocx, Buffer.alloc(100 * 1024, 0x41)]), 'either');
  document('docx-bomb-declared', 'zip-bomb', 'a .docx whose document.xml unpacks to 256 MB (declared)', 'bom.docx', zip([...docxParts('').filter((part) => part.name !== 'word/document.xml'), { name: 'word/document.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), declaredSize: bombSize }]));
  document('docx-bomb-lying', 'zip-bomb', 'a .docx whose document.xml unpacks to 256 MB, declared 1 kB', 'bom.docx', zip([...docxParts('').filter((part) => part.name !== 'word/document.xml'), { name: 'word/document.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), crc: bombCrc, declaredSize: 1000 }]));
  document('docx-bomb-media', 'zip-bomb', 'a .docx with a 256 MB picture declared 1 kB', 'bom.docx', zip([...docxParts(wordXml(['KẾ HOẠCH', 'Nhiệm vụ tuyên truyền'])), { name: 'word/media/image1.png', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), crc: bombCrc, declaredSize: 1000 }]), 'either');
  document('docx-billion-laughs', 'xml', 'a document.xml with the "billion laughs" entities', 'cuoi.docx', zip(docxParts(wordXml(['KẾ HOẠCH', '&lol9;'], laughs))), 'either');
  document('docx-xxe', 'xml', 'an external entity to /etc/passwd in document.xml: never read', 'xxe.docx', zip(docxParts(wordXml(['KẾ HOẠCH', '&xxe;'], '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))), 'either', (body) =>
    JSON.stringify(body).includes('root:') ? 'the answer shows /etc/passwd' : null,
  );
  document('docx-deep-xml', 'xml', 'document.xml nested 50,000 elements deep', 'sau.docx', zip(docxParts(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p>'.repeat(50_000)}${'</w:p>'.repeat(50_000)}</w:body></w:document>`)), 'either');
  document('docx-entries-5000', 'zip-bomb', 'a .docx of 5,000 parts', 'nhieu.docx', zip([...docxParts(wordXml(['KẾ HOẠCH'])), ...Array.from({ length: 5000 }, (_, index) => ({ name: `customXml/item${index}.xml`, data: utf8('<a/>') }))]), 'either');
  document('docx-html-text', 'names', 'a Word plan whose text holds HTML and SQL: read as text', 'ke-hoach.docx', await wordDocument(['KẾ HOẠCH', PAYLOADS.html, PAYLOADS.sql, 'Nhiệm vụ: tuyên truyền']), 'accept');
  document('docx-not-xml', 'truncated', 'document.xml that is not XML', 'hong.docx', zip(docxParts('KẾ HOẠCH <<<< &&& not xml')), 'either');
  add({
    id: 'plan-document/oversize-declared',
    target: 'plan-document',
    category: 'oversize',
    description: '21 MB plan document with its length declared: 413 at once',
    request: { kind: 'stream', path: '/api/v1/plans/parse', fields: {}, fileName: 'lon.pdf', totalBytes: 21 * MEGABYTE, declareLength: true },
    expect: 'reject',
  });

  // ---------------------------------------------------------------- task sheets (.xlsx / .csv)
  const sheet = (id: string, category: string, description: string, name: string, bytes: Buffer, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    add({
      id: `task-sheet/${id}`,
      target: 'task-sheet',
      category,
      description,
      request: { kind: 'upload', path: '/api/v1/plans/task-sheet?year=2024', fields: {}, files: [{ field: 'file', name, bytes }] },
      expect,
      ...(verify ? { verify } : {}),
    });
  const taskHeader = 'TT,Bộ chỉ số,Nhiệm vụ,Kết quả/Sản phẩm,Đơn vị chủ trì,Thời gian thực hiện';
  // The task-sheet route answers 201 with its problems listed: "rejected" means no task came back.
  const noTasks: HostileCase['verify'] = (body) => {
    const answer = body as { tasks?: unknown[]; issues?: unknown[] };
    return (answer.tasks?.length ?? 0) === 0 && (answer.issues?.length ?? 0) > 0 ? null : 'expected no task and at least one problem';
  };
  sheet('empty-csv', 'empty', 'empty .csv', 'nhiem-vu.csv', Buffer.alloc(0), 'reject');
  sheet('empty-xlsx', 'empty', 'empty .xlsx', 'nhiem-vu.xlsx', Buffer.alloc(0), 'reject');
  sheet('missing-columns', 'empty', 'no "Nhiệm vụ" column', 'nhiem-vu.csv', csv(['TT,Ghi chú', '1,x']), 'either', noTasks);
  sheet('utf16', 'encoding', 'the sheet in UTF-16LE with a BOM', 'nhiem-vu.csv', utf16(`${taskHeader}\n1,PAPI,Tuyên truyền,100%,UBND xã,Quý II/2024\n`, 'le', true), 'either', noTasks);
  sheet('cp1258', 'encoding', 'the sheet in Windows-1258 bytes', 'nhiem-vu.csv', singleByte(`${taskHeader}\n1,PAPI,Tuyên truyền,100%,UBND xã,Quý II/2024\n`), 'either', noTasks);
  sheet('injection-cells', 'csv-injection', 'tasks "=cmd…", "+1", "-1", "@SUM": read as text', 'nhiem-vu.csv', csv([taskHeader, `1,PAPI,"${PAYLOADS.formula.replace(/"/g, '""')}",+1,-1,@SUM(A1)`]), 'accept', holds(PAYLOADS.formula));
  sheet('injection-xlsx', 'csv-injection', 'an .xlsx with a formula cell and "=…" text: read as text', 'nhiem-vu.xlsx', await workbook([taskHeader.split(','), [1, 'PAPI', PAYLOADS.formula, { formula: 'HYPERLINK("http://evil.example")', result: 'bấm' } as never, 'UBND xã', 'Quý II/2024']]), 'accept', holds(PAYLOADS.formula));
  sheet('html-cells', 'names', 'HTML and SQL in the cells: read as text', 'nhiem-vu.csv', csv([taskHeader, `1,PAPI,"${PAYLOADS.html}","${PAYLOADS.sql}",UBND xã,Quý II/2024`]), 'accept', holds(PAYLOADS.html));
  sheet('cell-1mb', 'huge', 'a 1 MB task cell', 'nhiem-vu.csv', csv([taskHeader, `1,PAPI,${'a'.repeat(MEGABYTE)},100%,UBND xã,Quý II/2024`]), 'either');
  sheet('rows-100k', 'huge', '100,000 tasks (a plan holds at most 1,000)', 'nhiem-vu.csv', csv([taskHeader, ...Array.from({ length: 100_000 }, (_, index) => `${index + 1},PAPI,Nhiệm vụ ${index},100%,UBND xã,Quý II/2024`)]), 'either', noTasks);
  sheet('rows-1001', 'huge', '1,001 tasks', 'nhiem-vu.csv', csv([taskHeader, ...Array.from({ length: 1001 }, (_, index) => `${index + 1},PAPI,Nhiệm vụ ${index},100%,UBND xã,Quý II/2024`)]), 'either', noTasks);
  sheet('timeline-feb-30', 'dates', 'timeline "Trước ngày 30/02/2024": read, never a date that does not exist', 'nhiem-vu.csv', csv([taskHeader, '1,PAPI,Tuyên truyền,100%,UBND xã,Trước ngày 30/02/2024']), 'accept', (body) =>
    JSON.stringify(body).includes('2024-02-30') ? 'the timeline became 2024-02-30' : null,
  );
  sheet('framework-sql', 'names', `framework "${PAYLOADS.sql}"`, 'nhiem-vu.csv', csv([taskHeader, `1,"${PAYLOADS.sql}",Tuyên truyền,100%,UBND xã,Quý II/2024`]), 'either', noTasks);
  sheet('control-chars', 'control', 'BEL, ESC and U+202E in the cells', 'nhiem-vu.csv', csv([taskHeader, '1,PAPI,\u0007\u001b[31mTuyên truyền\u202e,100%,UBND xã,Quý II/2024']), 'accept');
  sheet('xlsx-bomb-declared', 'zip-bomb', 'an .xlsx unpacking to 256 MB (declared)', 'bom.xlsx', zip([...bombParts, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), declaredSize: bombSize }]), 'either', noTasks);
  sheet('xlsx-bomb-lying', 'zip-bomb', 'an .xlsx unpacking to 256 MB, declared 1 kB', 'bom.xlsx', zip([...bombParts, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), deflated: deflatedSpaces(bombSize), crc: bombCrc, declaredSize: 1000 }]), 'either', noTasks);
  sheet('xlsx-text', 'wrong-type', 'text named .xlsx', 'nhiem-vu.xlsx', csv([taskHeader]), 'either', noTasks);
  sheet('xlsx-truncated', 'truncated', 'half an .xlsx', 'nhiem-vu.xlsx', goodBook.subarray(0, Math.floor(goodBook.length / 2)), 'either', noTasks);
  sheet('xlsx-billion-laughs', 'xml', 'billion laughs in the sheet', 'cuoi.xlsx', zip(xlsxParts(laughSheet)), 'either', noTasks);
  sheet('pdf-as-sheet', 'wrong-type', 'a PDF named .csv', 'nhiem-vu.csv', seedPdf(), 'either', noTasks);
  sheet('traversal-name', 'path', 'file name "../../nhiem-vu.csv"', '../../nhiem-vu.csv', csv([taskHeader, '1,PAPI,Tuyên truyền,100%,UBND xã,Quý II/2024']), 'accept');
  add({
    id: 'task-sheet/oversize-declared',
    target: 'task-sheet',
    category: 'oversize',
    description: '21 MB task sheet with its length declared: 413 at once',
    request: { kind: 'stream', path: '/api/v1/plans/task-sheet', fields: {}, fileName: 'lon.xlsx', totalBytes: 21 * MEGABYTE, declareLength: true },
    expect: 'reject',
  });

  // ---------------------------------------------------------------- report evidence
  const evidencePath = (taskId: string | number = context.reportTaskIds[0]!, reportId: string | number = context.reportId) => `/api/v1/reports/${reportId}/evidence?taskId=${taskId}`;
  const evidence = (id: string, category: string, description: string, name: string, bytes: Buffer, expect: HostileCase['expect'], extra: { path?: string; verify?: HostileCase['verify']; type?: string } = {}) =>
    add({
      id: `evidence/${id}`,
      target: 'evidence',
      category,
      description,
      request: { kind: 'upload', path: extra.path ?? evidencePath(), fields: {}, files: [{ field: 'file', name, bytes, ...(extra.type ? { type: extra.type } : {}) }] },
      expect,
      ...(extra.verify ? { verify: extra.verify } : {}),
    });
  const proof = utf8('Biên bản họp dân ngày 15/3/2024');
  evidence('empty', 'empty', 'an empty file', 'minh-chung.pdf', Buffer.alloc(0), 'reject');
  evidence('traversal', 'path', 'named "../../etc/passwd": kept as "passwd"', '../../etc/passwd', proof, 'accept', { verify: safeName('passwd') });
  evidence('windows-traversal', 'path', 'named "..\\..\\boot.ini": kept as "boot.ini"', '..\\..\\boot.ini', proof, 'accept', { verify: safeName('boot.ini') });
  evidence('absolute-path', 'path', 'named "/etc/shadow"', '/etc/shadow', proof, 'accept', { verify: safeName('shadow') });
  evidence('dots', 'path', 'named ".." (the multipart parser drops such a name: "no file", or kept as "tep-tai-len")', '..', proof, 'either', { verify: safeName('tep-tai-len') });
  evidence('html-name', 'names', `named "${PAYLOADS.html}": kept as text`, PAYLOADS.html.replace('/', ''), proof, 'accept', { verify: safeName(PAYLOADS.html.replace('/', '')) });
  evidence('sql-name', 'names', `named "${PAYLOADS.sql}.pdf"`, `${PAYLOADS.sql}.pdf`, proof, 'accept', { verify: safeName(`${PAYLOADS.sql}.pdf`) });
  evidence('crlf-name', 'control', 'named with CR LF and a header (splitting the download header)', 'bien-ban\r\nSet-Cookie: a=1.pdf', proof, 'accept', { verify: safeName('bien-banSet-Cookie: a=1.pdf') });
  evidence('nul-name', 'control', 'named with a NUL', 'bien\u0000ban.pdf', proof, 'either');
  evidence('rtl-name', 'control', 'named "bien-ban\\u202Efdp.exe" (disguised extension)', 'bien-ban\u202Efdp.exe', proof, 'accept', { verify: safeName('bien-banfdp.exe') });
  evidence('long-name', 'path', 'a 1,000-character name: kept at 200', `${'b'.repeat(1000)}.pdf`, proof, 'accept', { verify: (body) => ((body as { name: string }).name.length <= 200 && (body as { name: string }).name.endsWith('.pdf') ? null : 'name not shortened to 200 with its extension') });
  evidence('html-file', 'names', 'an HTML file with a script (stored; downloaded as an attachment only)', 'trang.html', utf8(`<html><body>${PAYLOADS.script}</body></html>`), 'accept', { type: 'text/html' });
  evidence('svg-file', 'names', 'an SVG with a script', 'hinh.svg', utf8(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`), 'accept', { type: 'image/svg+xml' });
  evidence('content-type-crlf', 'control', 'a content type with a line break', 'a.txt', proof, 'either', { type: 'text/plain\r\nX-Evil: 1' });
  evidence('task-text', 'types', 'taskId = abc', 'a.txt', proof, 'reject', { path: evidencePath('abc') });
  evidence('task-negative', 'types', 'taskId = -1', 'a.txt', proof, 'reject', { path: evidencePath(-1) });
  evidence('task-1e309', 'types', 'taskId = 1e309', 'a.txt', proof, 'reject', { path: evidencePath('1e309') });
  evidence('task-huge', 'types', 'taskId = 99999999999', 'a.txt', proof, 'reject', { path: evidencePath('99999999999') });
  evidence('task-missing', 'types', 'no taskId', 'a.txt', proof, 'reject', { path: `/api/v1/reports/${context.reportId}/evidence` });
  evidence('task-other-plan', 'scope', 'a task of another plan', 'a.txt', proof, 'reject', { path: evidencePath(context.otherTaskId) });
  evidence('report-text', 'types', 'report id = abc', 'a.txt', proof, 'reject', { path: evidencePath(context.reportTaskIds[0], 'abc') });
  evidence('report-huge', 'types', 'report id = 99999999999', 'a.txt', proof, 'reject', { path: evidencePath(context.reportTaskIds[0], '99999999999') });
  evidence('report-sql', 'names', 'report id = 1 OR 1=1', 'a.txt', proof, 'reject', { path: evidencePath(context.reportTaskIds[0], encodeURIComponent('1 OR 1=1')) });
  evidence('over-10mb', 'oversize', '10 MB + 1 byte (limit 10 MB)', 'lon.pdf', Buffer.alloc(10 * MEGABYTE + 1, 0x41), 'reject');
  add({
    id: 'evidence/oversize-declared',
    target: 'evidence',
    category: 'oversize',
    description: '15 MB of evidence with its length declared: 413 at once',
    request: { kind: 'stream', path: evidencePath(), fields: {}, fileName: 'lon.pdf', totalBytes: 15 * MEGABYTE, declareLength: true },
    expect: 'reject',
  });

  // ---------------------------------------------------------------- JSON bodies
  const json = (target: Target, id: string, category: string, description: string, method: 'POST' | 'PUT', path: string, body: Buffer | string | unknown, expect: HostileCase['expect'], extra: { headers?: Record<string, string>; anonymous?: boolean; verify?: HostileCase['verify'] } = {}) =>
    add({
      id: `${target}/${id}`,
      target,
      category,
      description,
      request: {
        kind: 'body',
        method,
        path,
        body: Buffer.isBuffer(body) ? body : utf8(typeof body === 'string' ? body : JSON.stringify(body)),
        headers: { 'content-type': 'application/json', ...extra.headers },
        ...(extra.anonymous ? { anonymous: true } : {}),
      },
      expect,
      ...(extra.verify ? { verify: extra.verify } : {}),
    });

  // Plans of a year no other test uses: those the corpus saves are only ever its own.
  const validPlan = () => planInput(context.communeId, 2090);
  // 2090 throughout: what the corpus saves never falls due, so no reminder or count of another test moves.
  const periodBody = (overrides: Record<string, unknown> = {}) => ({ unitId: context.districtId, year: 2090, kind: 'other', title: 'Kỳ kiểm thử', dueOn: '2090-12-31', dataFrom: null, dataTo: null, ...overrides });
  const followUpBody = (overrides: Record<string, unknown> = {}) => ({
    unitId: context.communeId,
    framework: 'PAPI',
    year: 2090,
    indicatorCode: 'D1',
    reasonKind: 'weak_indicator',
    reason: 'Điểm thấp',
    actionRequested: 'Rà soát',
    dueOn: '2090-03-31',
    ...overrides,
  });
  const reportBody = (item: Record<string, unknown> = {}) => ({ items: [{ taskId: context.reportTaskIds[0], status: 'in_progress', result: 'Đã họp dân', kpiActual: 50, links: [], ...item }] });
  const loginHeaders = (index: number) => ({ 'x-forwarded-for': `198.51.100.${index}` });
  let loginIndex = 1;

  const routes: Array<{ target: Target; method: 'POST' | 'PUT'; path: string; valid: () => unknown; anonymous?: boolean }> = [
    { target: 'plan-json', method: 'POST', path: '/api/v1/plans', valid: validPlan },
    { target: 'report-json', method: 'PUT', path: `/api/v1/reports/${context.reportId}`, valid: () => reportBody() },
    { target: 'follow-up-json', method: 'POST', path: '/api/v1/follow-ups', valid: () => followUpBody() },
    { target: 'period-json', method: 'POST', path: '/api/v1/reporting-periods', valid: () => periodBody() },
    { target: 'login-json', method: 'POST', path: '/api/v1/auth/login', valid: () => ({ email: 'khong-co@example.vn', password: 'sai-mat-khau' }), anonymous: true },
  ];
  const deep = (levels: number, open: string, close: string) => `${open.repeat(levels)}1${close.repeat(levels)}`;
  for (const route of routes) {
    const extra = () => (route.anonymous ? { anonymous: true, headers: loginHeaders(loginIndex++) } : {});
    const send = (id: string, category: string, description: string, body: Buffer | string | unknown, more: { headers?: Record<string, string> } = {}) => {
      const base = extra();
      json(route.target, id, category, description, route.method, route.path, body, 'reject', { ...base, headers: { ...(base as { headers?: Record<string, string> }).headers, ...more.headers } });
    };
    send('nested-objects-10k', 'nesting', '10,000 nested objects in a field', `{"unitId":${deep(10_000, '{"a":', '}')}}`);
    send('nested-arrays-10k', 'nesting', '10,000 nested arrays in a field', `{"email":${deep(10_000, '[', ']')}}`);
    send('nested-100k-root', 'nesting', '100,000 nested arrays as the whole body', deep(100_000, '[', ']'));
    send('malformed', 'truncated', 'malformed JSON', '{"a":');
    send('truncated', 'truncated', 'valid JSON cut in the middle', JSON.stringify(route.valid()).slice(0, 40));
    send('empty', 'empty', 'an empty body declared as JSON', '');
    send('null', 'types', 'the body null', 'null');
    send('array', 'types', 'the body []', '[]');
    send('number', 'types', 'the body 42', '42');
    send('string', 'types', 'the body "x"', '"x"');
    send('array-1m', 'huge', 'a top-level array of 1,000,000 zeros (2 MB; was 3 s of validation)', `[${'0,'.repeat(999_999)}0]`);
    send('inner-array-1m', 'huge', 'a field holding a list of 1,000,000 zeros', `{"tasks":[${'0,'.repeat(999_999)}0],"items":[],"email":"a@b.vn"}`);
    send('keys-150k', 'huge', 'an object of 150,000 fields (2 MB)', `{${Array.from({ length: 150_000 }, (_, index) => `"k${index}":0`).join(',')}}`);
    send('over-2mb', 'huge', 'a 3 MB string field (body limit 2 MB)', JSON.stringify({ ...(route.valid() as object), extra: 'x'.repeat(3 * MEGABYTE) }));
    send('gzip-bomb', 'zip-bomb', 'a gzip body inflating to 100 MB', gzipSync(Buffer.from(`{"a":"${' '.repeat(100 * MEGABYTE)}"}`)), { headers: { 'content-encoding': 'gzip' } });
    send('encoding-unknown', 'wrong-type', 'Content-Encoding: compress (not accepted)', utf8(JSON.stringify(route.valid())), { headers: { 'content-encoding': 'compress' } });
    send('text-plain', 'wrong-type', 'JSON sent as text/plain', JSON.stringify(route.valid()), { headers: { 'content-type': 'text/plain' } });
    send('charset-unknown', 'encoding', 'charset=klingon', JSON.stringify(route.valid()), { headers: { 'content-type': 'application/json; charset=klingon' } });
    send('invalid-utf8', 'encoding', 'a field with invalid UTF-8 bytes (FF FE)', Buffer.concat([utf8('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), utf8('"}')]));
    send('nan-literal', 'numbers', 'NaN as a bare literal', '{"unitId": NaN, "year": Infinity}');
    send('unknown-field', 'types', 'an extra field', { ...(route.valid() as object), isAdmin: true });
    json(route.target, 'proto-pollution', 'types', '"__proto__" and "constructor.prototype" keys (ignored or refused; Object.prototype untouched)', route.method, route.path, `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(route.valid()).slice(1)}`, 'either', extra());
  }

  // Plans: wrong types and values, and odd text that is legitimate
  const planCase = (id: string, category: string, description: string, change: (body: ReturnType<typeof validPlan>) => unknown, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    json('plan-json', id, category, description, 'POST', '/api/v1/plans', change(validPlan()), expect, verify ? { verify } : {});
  planCase('unit-string', 'types', 'unitId "1"', (body) => ({ ...body, unitId: String(body.unitId) }));
  planCase('unit-fraction', 'types', 'unitId 1.5', (body) => ({ ...body, unitId: 1.5 }));
  planCase('unit-negative', 'types', 'unitId -1', (body) => ({ ...body, unitId: -1 }));
  planCase('unit-huge', 'numbers', 'unitId 99999999999', (body) => ({ ...body, unitId: 99_999_999_999 }));
  planCase('unit-1e309', 'numbers', 'unitId 1e309 (Infinity once parsed)', (body) => JSON.stringify(body).replace(/"unitId":\d+/, '"unitId":1e309'));
  planCase('unit-foreign', 'scope', 'a commune of another province', (body) => ({ ...body, unitId: context.foreignCommuneId }));
  planCase('year-fraction', 'types', 'year 2024.5', (body) => ({ ...body, year: 2024.5 }));
  planCase('year-string', 'types', 'year "2024"', (body) => ({ ...body, year: '2024' }));
  planCase('frameworks-string', 'types', 'frameworks "PAPI" (not a list)', (body) => ({ ...body, frameworks: 'PAPI' }));
  planCase('frameworks-sql', 'names', `frameworks ["${PAYLOADS.sql}"]`, (body) => ({ ...body, frameworks: [PAYLOADS.sql] }));
  planCase('status-unknown', 'types', 'status "published"', (body) => ({ ...body, status: 'published' }));
  planCase('issued-feb-30', 'dates', 'issuedOn 2024-02-30', (body) => ({ ...body, issuedOn: '2024-02-30' }));
  planCase('issued-dmy', 'dates', 'issuedOn 31/02/2024', (body) => ({ ...body, issuedOn: '31/02/2024' }));
  planCase('issued-month-13', 'dates', 'issuedOn 2024-13-01', (body) => ({ ...body, issuedOn: '2024-13-01' }));
  planCase('issued-zero', 'dates', 'issuedOn 0000-00-00', (body) => ({ ...body, issuedOn: '0000-00-00' }));
  planCase('issued-number', 'types', 'issuedOn 20240101 (a number)', (body) => ({ ...body, issuedOn: 20_240_101 }));
  planCase('due-feb-29-2023', 'dates', 'a task due 2023-02-29', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, timeline: { kind: 'date', text: 'Trước 29/02/2023', due: '2023-02-29' } }] }));
  planCase('reference-date-feb-30', 'dates', 'a parent plan dated 2024-02-30', (body) => ({ ...body, references: [{ number: '180/KH-UBND', date: '2024-02-30', issuer: 'UBND huyện' }] }));
  planCase('kpi-nan-string', 'numbers', 'a KPI value "NaN"', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, kpis: [{ text: '100%', comparator: 'eq', value: 'NaN', unit: 'percent' }] }] }));
  planCase('kpi-1e309', 'numbers', 'a KPI value 1e309', (body) => JSON.stringify(body).replace('"value":100', '"value":1e309'));
  planCase('task-1mb', 'huge', 'a task of 1 MB', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, task: 'x'.repeat(MEGABYTE) }] }));
  planCase('tasks-100k', 'huge', '100,000 tasks', (body) => ({ ...body, tasks: Array.from({ length: 100_000 }, () => ({ task: 'a', timeline: { kind: 'unspecified', text: '' }, kpis: [] })) }));
  planCase('number-nul', 'control', 'a plan number with a NUL character', (body) => ({ ...body, number: '08/KH\u0000UBND' }));
  planCase('number-html', 'names', 'a plan number holding HTML: stored as text', (body) => ({ ...body, number: PAYLOADS.html }), 'accept', holds(PAYLOADS.html));
  planCase('task-script', 'names', 'a task holding a script: stored as text', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, task: PAYLOADS.script }] }), 'accept', holds(PAYLOADS.script));
  planCase('signer-sql', 'names', 'a signer holding SQL: stored as text', (body) => ({ ...body, signer: PAYLOADS.sql }), 'accept', holds(PAYLOADS.sql));
  planCase('task-formula', 'csv-injection', 'a task "=cmd…": stored as text', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, task: PAYLOADS.formula }] }), 'accept', holds(PAYLOADS.formula));
  planCase('lone-surrogate', 'encoding', 'a lone surrogate (\\ud800) in the signer', (body) => JSON.stringify({ ...body, signer: 'x' }).replace('"signer":"x"', '"signer":"a\\ud800b"'), 'either');
  planCase('control-chars', 'control', 'BEL and ESC in a task', (body) => ({ ...body, tasks: [{ ...body.tasks[0]!, task: 'Tuyên\u0007\u001b[31m truyền' }] }), 'accept');

  // Reports
  const reportCase = (id: string, category: string, description: string, body: unknown, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    json('report-json', id, category, description, 'PUT', `/api/v1/reports/${context.reportId}`, body, expect, verify ? { verify } : {});
  reportCase('items-object', 'types', 'items as an object', { items: { taskId: 1 } });
  reportCase('status-unknown', 'types', 'status "finished"', reportBody({ status: 'finished' }));
  reportCase('kpi-string', 'numbers', 'kpiActual "NaN"', reportBody({ kpiActual: 'NaN' }));
  reportCase('kpi-1e309', 'numbers', 'kpiActual 1e309', JSON.stringify(reportBody()).replace('"kpiActual":50', '"kpiActual":1e309'));
  reportCase('link-javascript', 'names', 'a link "javascript:alert(1)"', reportBody({ links: ['javascript:alert(1)'] }));
  reportCase('link-data', 'names', 'a link "data:text/html,…"', reportBody({ links: [`data:text/html,${PAYLOADS.script}`] }));
  reportCase('links-21', 'huge', '21 links (limit 20)', reportBody({ links: Array.from({ length: 21 }, (_, index) => `https://example.vn/${index}`) }));
  reportCase('result-1mb', 'huge', 'a 1 MB result', reportBody({ result: 'x'.repeat(MEGABYTE) }));
  reportCase('items-100k', 'huge', '100,000 items', { items: Array.from({ length: 100_000 }, () => ({ taskId: 1, status: 'done', result: null, kpiActual: null, links: [] })) });
  reportCase('task-foreign', 'scope', 'an item for a task of another plan', reportBody({ taskId: context.otherTaskId }));
  reportCase('task-huge', 'numbers', 'taskId 99999999999', reportBody({ taskId: 99_999_999_999 }));
  reportCase('version-text', 'types', 'version "x"', { ...reportBody(), version: 'x' });
  reportCase('result-nul', 'control', 'a result with a NUL', reportBody({ result: 'a\u0000b' }));
  reportCase('result-html', 'names', 'a result holding HTML: stored as text', reportBody({ result: PAYLOADS.html }), 'accept', holds(PAYLOADS.html));
  reportCase('result-formula', 'csv-injection', 'a result "=cmd…": stored as text', reportBody({ result: PAYLOADS.formula }), 'accept', holds(PAYLOADS.formula));

  // Follow-ups
  const followUpCase = (id: string, category: string, description: string, body: unknown, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    json('follow-up-json', id, category, description, 'POST', '/api/v1/follow-ups', body, expect, verify ? { verify } : {});
  followUpCase('due-feb-30', 'dates', 'dueOn 2024-02-30', followUpBody({ dueOn: '2024-02-30' }));
  followUpCase('due-dmy', 'dates', 'dueOn 31/02/2024', followUpBody({ dueOn: '31/02/2024' }));
  followUpCase('unit-foreign', 'scope', 'a commune of another province', followUpBody({ unitId: context.foreignCommuneId }));
  followUpCase('unit-huge', 'numbers', 'unitId 99999999999', followUpBody({ unitId: 99_999_999_999 }));
  followUpCase('reason-kind', 'types', 'reasonKind "because"', followUpBody({ reasonKind: 'because' }));
  followUpCase('framework-html', 'names', 'framework "<b>"', followUpBody({ framework: '<b>' }));
  followUpCase('indicator-sql', 'names', `indicatorCode "${PAYLOADS.sql}"`, followUpBody({ indicatorCode: PAYLOADS.sql }));
  followUpCase('year-nan', 'numbers', 'year "NaN"', followUpBody({ year: 'NaN' }));
  followUpCase('reason-long', 'huge', 'a reason of 2,001 characters', followUpBody({ reason: 'x'.repeat(2001) }));
  followUpCase('reason-nul', 'control', 'a reason with a NUL', followUpBody({ reason: 'a\u0000b' }));
  followUpCase('reason-html', 'names', 'a reason holding HTML: stored as text', followUpBody({ reason: PAYLOADS.html }), 'accept', holds(PAYLOADS.html));
  followUpCase('action-sql', 'names', 'an action holding SQL: stored as text', followUpBody({ actionRequested: PAYLOADS.sql }), 'accept', holds(PAYLOADS.sql));
  followUpCase('action-formula', 'csv-injection', 'an action "=cmd…": stored as text', followUpBody({ actionRequested: PAYLOADS.formula }), 'accept', holds(PAYLOADS.formula));

  // Reporting periods
  const periodCase = (id: string, category: string, description: string, body: unknown, expect: HostileCase['expect'] = 'reject', verify?: HostileCase['verify']) =>
    json('period-json', id, category, description, 'POST', '/api/v1/reporting-periods', body, expect, verify ? { verify } : {});
  periodCase('due-feb-30', 'dates', 'dueOn 2024-02-30', periodBody({ dueOn: '2024-02-30' }));
  periodCase('due-zero', 'dates', 'dueOn 0000-00-00', periodBody({ dueOn: '0000-00-00' }));
  periodCase('from-month-13', 'dates', 'dataFrom 2024-13-45', periodBody({ dataFrom: '2024-13-45' }));
  periodCase('from-after-to', 'dates', 'dataFrom after dataTo', periodBody({ dataFrom: '2090-12-31', dataTo: '2090-01-01' }));
  periodCase('kind-unknown', 'types', 'kind "weekly"', periodBody({ kind: 'weekly' }));
  periodCase('unit-commune', 'scope', 'a commune sets a period', periodBody({ unitId: context.communeId }));
  periodCase('unit-huge', 'numbers', 'unitId 99999999999', periodBody({ unitId: 99_999_999_999 }));
  periodCase('year-1e309', 'numbers', 'year 1e309', JSON.stringify(periodBody()).replace('"year":2090', '"year":1e309'));
  periodCase('title-nul', 'control', 'a title with a NUL', periodBody({ title: 'Kỳ\u0000' }));
  periodCase('title-empty', 'empty', 'an empty title', periodBody({ title: '' }));
  periodCase('title-html', 'names', 'a title holding HTML: stored as text', periodBody({ title: PAYLOADS.html }), 'accept', holds(PAYLOADS.html));
  periodCase('title-sql', 'names', 'a title holding SQL: stored as text', periodBody({ title: PAYLOADS.sql }), 'accept', holds(PAYLOADS.sql));

  // Login
  const loginCase = (id: string, category: string, description: string, body: unknown, expect: HostileCase['expect'] = 'reject') =>
    json('login-json', id, category, description, 'POST', '/api/v1/auth/login', body, expect, { anonymous: true, headers: loginHeaders(loginIndex++) });
  loginCase('email-array', 'types', 'email as a list', { email: ['a@b.vn'], password: 'x' });
  loginCase('email-object', 'types', 'email as an object', { email: { $ne: null }, password: 'x' });
  loginCase('password-operator', 'types', 'password {"$gt": ""} (NoSQL-style)', { email: 'quantri@demo.govindex.vn', password: { $gt: '' } });
  loginCase('email-1mb', 'huge', 'a 1 MB e-mail', { email: `${'a'.repeat(MEGABYTE)}@b.vn`, password: 'x' });
  loginCase('password-1mb', 'huge', 'a 1 MB password', { email: 'quantri@demo.govindex.vn', password: 'x'.repeat(MEGABYTE) });
  loginCase('email-sql', 'names', "e-mail \"' OR 1=1 --\"", { email: "' OR 1=1 --@b.vn", password: 'x' });
  loginCase('email-sql-valid', 'names', 'a well-formed e-mail with SQL in it', { email: "a'--@b.vn", password: "' OR '1'='1" });
  loginCase('email-html', 'names', 'an e-mail with HTML', { email: `${PAYLOADS.html}@b.vn`, password: 'x' });
  loginCase('email-nul', 'control', 'an e-mail with a NUL', { email: 'quantri@demo.govindex.vn\u0000', password: 'x' });
  loginCase('password-nul', 'control', 'a password with a NUL', { email: 'khong-co@example.vn', password: 'govindex-demo\u0000' });
  loginCase('missing', 'empty', 'no fields', {});
  loginCase('unicode-email', 'encoding', 'an e-mail with Vietnamese letters', { email: 'quản.trị@demo.govindex.vn', password: 'x' });

  return cases;
}
