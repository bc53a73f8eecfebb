import type { ResultImportReport } from '@govindex/contracts';
import { parseCsv } from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { ResultsImportService } from './results-import.service.js';

const PAPI_DIR = fileURLToPath(new URL('../../../../data/papi/', import.meta.url));
const PUBLISHED_FACTS = fileURLToPath(new URL('../../../../data/published/par_sipas_dti_published_facts.csv', import.meta.url));
const FACT_FRAMEWORKS = [
  { framework: 'PAR_INDEX', metric: 'pct', issuer: 'Bộ Nội vụ (kết quả công bố, qua các trang tin dẫn trong tệp)' },
  { framework: 'SIPAS', metric: 'pct', issuer: 'Bộ Nội vụ (kết quả công bố, qua các trang tin dẫn trong tệp)' },
  { framework: 'DTI', metric: 'index_0_1', issuer: 'Bộ Thông tin và Truyền thông (kết quả công bố, qua các trang tin dẫn trong tệp)' },
] as const;
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

  constructor(
    private readonly imports: ResultsImportService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The PAR INDEX, SIPAS and DTI figures published for single provinces (data/published, each row with
   * its web page). Only rows with a score in a year the catalog covers can be held; rank-only rows,
   * national and regional means are left out, and counted in the log.
   */
  async loadPublishedFacts(): Promise<ResultImportReport[]> {
    const facts = parseCsv(await readFile(PUBLISHED_FACTS, 'utf8'), 'par_sipas_dti_published_facts.csv', ['index', 'year', 'unit', 'metric', 'value', 'rank']);
    if (!facts.ok) throw new Error(facts.issues.map((issue) => issue.message).join('; '));
    const reports: ResultImportReport[] = [];
    for (const { framework, metric, issuer } of FACT_FRAMEWORKS) {
      const [covered] = await this.dataSource.query<Array<{ first_year: number | null }>>(
        `SELECT min(v.first_year) AS first_year FROM framework_version v JOIN framework f ON f.id = v.framework_id
         WHERE f.code = $1 AND v.level = 'province' AND v.owner_province_id IS NULL`,
        [framework],
      );
      const usable = facts.table.records.filter(
        ({ values }) => values['index'] === framework && values['metric'] === metric && values['value'] !== '' && Number(values['year']) >= (covered?.first_year ?? 9999),
      );
      const left = facts.table.records.filter(({ values }) => values['index'] === framework).length - usable.length;
      const csv = ['ten_don_vi,nam,TOTAL,xep_hang', ...usable.map(({ values }) => [values['unit'], values['year'], values['value'], values['rank']].join(','))].join('\n');
      const report = await requestContext.runAs(SYSTEM_ACTOR, () =>
        this.imports.import({
          fileName: `par_sipas_dti_published_facts.csv (${framework})`,
          bytes: Buffer.from(csv, 'utf8'),
          framework,
          level: 'province',
          issuer,
          sourceKey: `PUBLISHED | ${framework} | data/published/par_sipas_dti_published_facts.csv`,
        }),
      );
      if (report.status === 'imported') this.logger.log(`${framework}: ${report.rows} published scores loaded, ${left} rows not holdable (rank only, means, years before the catalog)`);
      reports.push(report);
    }
    return reports;
  }

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
