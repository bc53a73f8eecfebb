import type { ResultImportReport } from '@govindex/contracts';
import { parseCsv } from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { ResultsImportService } from './results-import.service.js';

const PAPI_DIR = fileURLToPath(new URL('../../../../data/papi/', import.meta.url));
export const PAPI_SCORES_FILE = 'papi_province_dimension_scores_2011_2024.csv';
export const PAPI_SOURCE_KEY = 'PAPI | province | UNDP, CECODES, RTA | papi.org.vn 2011–2024';

/**
 * Loads the real published results shipped in data/ through the product's own importer. The PAPI
 * scores file names provinces by PAPI's own numbering; each row first gets its GSO code from
 * papi_provinces_63.csv (data/SOURCES.md), then the file is imported like any upload.
 */
@Injectable()
export class PublishedResultsLoader {
  private readonly logger = new Logger(PublishedResultsLoader.name);

  constructor(private readonly imports: ResultsImportService) {}

  async loadPapi(): Promise<ResultImportReport> {
    const bytes = Buffer.from(await papiWithUnitCodes(), 'utf8');
    const report = await requestContext.runAs(SYSTEM_ACTOR, () =>
      this.imports.import({
        fileName: PAPI_SCORES_FILE,
        bytes,
        framework: 'PAPI',
        level: 'province',
        issuer: 'UNDP, CECODES, RTA',
        sourceKey: PAPI_SOURCE_KEY,
        ignoreColumns: ['province_id', 'province_vi', 'province_en', 'region'],
      }),
    );
    if (report.status === 'imported') {
      this.logger.log(`PAPI 2011–2024: ${report.values} values for ${report.rows} province-years (${report.blankLines.length} left blank at the source)`);
    }
    return report;
  }
}

async function papiWithUnitCodes(): Promise<string> {
  const [scoresText, provincesText] = await Promise.all([
    readFile(`${PAPI_DIR}${PAPI_SCORES_FILE}`, 'utf8'),
    readFile(`${PAPI_DIR}papi_provinces_63.csv`, 'utf8'),
  ]);
  const provinces = parseCsv(provincesText, 'papi_provinces_63.csv', ['province_id', 'gso_code_pre2025']);
  if (!provinces.ok) throw new Error(provinces.issues.map((issue) => issue.message).join('; '));
  const codeOf = new Map(provinces.table.records.map((record) => [record.values['province_id'], record.values['gso_code_pre2025']]));
  const lines = scoresText.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
  const [header, ...rows] = lines;
  return [`ma_don_vi,${header}`, ...rows.map((row) => `${codeOf.get(row.split(',')[0]) ?? ''},${row}`)].join('\n');
}
