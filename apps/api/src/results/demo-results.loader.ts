import type { ResultImportReport } from '@govindex/contracts';
import { simulateScores } from '@govindex/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { PAPI_SOURCE_KEY } from './published-results.loader.js';
import { ResultsImportService } from './results-import.service.js';

export const DEMO_COMMUNE_SOURCE_KEY = 'DEMO | PAPI | commune | Tỉnh Hưng Yên (dữ liệu mô phỏng)';
const DEMO_PROVINCE_CODE = '33';
const DEMO_YEARS = [2021, 2022, 2023, 2024];
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

/**
 * Demo mode only: commune-level PAPI for every pre-2025 commune of Hưng Yên, 2021–2024, simulated
 * around the province's real scores and imported (flagged simulated) through the ordinary importer.
 */
@Injectable()
export class DemoResultsLoader {
  private readonly logger = new Logger(DemoResultsLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ResultsImportService,
  ) {}

  async load(): Promise<ResultImportReport> {
    const communes = await this.dataSource.query<Array<{ code: string; district_code: string }>>(
      `SELECT c.code, d.code AS district_code
       FROM unit p JOIN unit d ON d.parent_id = p.id JOIN unit c ON c.parent_id = d.id
       WHERE p.code = $1 AND p.level = 'province' AND p.valid_from IS NULL
       ORDER BY c.code`,
      [DEMO_PROVINCE_CODE],
    );
    const baselineRows = await this.dataSource.query<Array<{ year: number; code: string; value: string }>>(
      `SELECT v.year, i.code, v.value FROM result_value v
       JOIN result_source s ON s.id = v.source_id AND s.source_key = $1 AND s.superseded_at IS NULL
       JOIN indicator i ON i.id = v.indicator_id
       JOIN unit u ON u.id = v.unit_id AND u.code = $2 AND u.level = 'province' AND u.valid_from IS NULL
       WHERE v.year = ANY($3::int[]) AND i.code = ANY($4::text[])`,
      [PAPI_SOURCE_KEY, DEMO_PROVINCE_CODE, DEMO_YEARS, DIMENSIONS],
    );
    const baseline = new Map<number, Map<string, number>>();
    for (const row of baselineRows) {
      baseline.set(row.year, (baseline.get(row.year) ?? new Map()).set(row.code, Number(row.value)));
    }
    const rows = simulateScores({
      units: communes.map((commune) => ({ code: commune.code, groupCode: commune.district_code })),
      years: DEMO_YEARS,
      baseline,
      min: 1,
      max: 10,
      seed: 'govindex-demo-hung-yen',
    });
    const csv = [
      `ma_don_vi,nam,${DIMENSIONS.join(',')}`,
      ...rows.map((row) => [row.code, row.year, ...DIMENSIONS.map((dimension) => row.values.get(dimension) ?? '')].join(',')),
    ].join('\n');
    const report = await requestContext.runAs(SYSTEM_ACTOR, () =>
      this.imports.import({
        fileName: 'papi-cap-xa-hung-yen-mo-phong.csv',
        bytes: Buffer.from(csv, 'utf8'),
        framework: 'PAPI',
        level: 'commune',
        issuer: 'GovIndex (dữ liệu mô phỏng)',
        sourceKey: DEMO_COMMUNE_SOURCE_KEY,
        simulated: true,
      }),
    );
    if (report.status === 'imported') this.logger.log(`Demo: simulated commune PAPI for ${communes.length} communes of Hưng Yên, ${DEMO_YEARS.join(', ')}`);
    return report;
  }
}
