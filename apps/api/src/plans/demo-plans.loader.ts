import type { PlanInput } from '@govindex/contracts';
import { planInputOfDraft } from '@govindex/domain';
import { parsePlanText } from '@govindex/plan-reader';
import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { requestContext, SYSTEM_ACTOR } from '../access/request-context.js';
import { ReportsService } from '../reports/reports.service.js';
import { PlansService } from './plans.service.js';

const SEED_DIR = new URL('../../../../data/documents/plans/', import.meta.url);

/** The three real commune plans shipped in data/documents/plans (data/documents/SOURCES.md) and the units they belong to. */
const SEEDS = [
  { file: '000_aaf5190e761d9138.txt', unitCode: '12316' },
  { file: '001_0e6b10470e5a0469.txt', unitCode: '11986' },
  { file: '004_95911ee7616b0fa2.txt', unitCode: '12121' },
] as const;

/** Văn Lâm (the demo district) and the plan of its own that seed 001 implements, known only by its citation. */
const DEMO_DISTRICT_CODE = '325';
const CITED_DISTRICT_PLAN = { number: '180/KH-UBND', issuedOn: '2023-12-29', year: 2024 };

/**
 * Demo mode only: the seed plans read by the plan reader and saved as their communes' plans; the
 * Văn Lâm district plan they cite; the reporting calendar seed 001 sets (6-month report due 03/07/2024,
 * annual due 03/01/2025) with Như Quỳnh's 6-month report submitted on time. Skipped once present.
 */
@Injectable()
export class DemoPlansLoader {
  private readonly logger = new Logger(DemoPlansLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly reports: ReportsService,
  ) {}

  async load(): Promise<void> {
    const [done] = await this.dataSource.query<Array<{ id: number }>>(`SELECT id FROM plan WHERE source_file_name = $1`, [SEEDS[1].file]);
    if (done) return;
    const loaded = await requestContext.runAs(SYSTEM_ACTOR, async () => {
      const districtId = await this.unitId(DEMO_DISTRICT_CODE);
      const districtPlan = await onlyOnce(() => this.plans.create(
        {
          unitId: districtId,
          year: CITED_DISTRICT_PLAN.year,
          frameworks: ['PAPI'],
          number: CITED_DISTRICT_PLAN.number,
          issuedOn: CITED_DISTRICT_PLAN.issuedOn,
          signer: null,
          status: 'issued',
          references: [],
          targets: [],
          sections: [{ framework: 'PAPI', dimension: null, title: 'Bản ghi dựng từ trích dẫn trong Kế hoạch 08/KH-UBND của UBND thị trấn Như Quỳnh; chưa nhập văn bản gốc.', items: [] }],
          tasks: [],
          reportingDeadlines: [],
        },
        `trích dẫn ${CITED_DISTRICT_PLAN.number}`,
      ));
      // Another instance starting at the same moment got there first: it loads the rest.
      if (!districtPlan) return false;
      let nhuQuynhPlan: { id: number; unitId: number; deadlines: PlanInput['reportingDeadlines'] } | null = null;
      for (const seed of SEEDS) {
        const draft = parsePlanText(readFileSync(new URL(seed.file, SEED_DIR), 'utf8'));
        const unitId = await this.unitId(seed.unitCode);
        if (draft.year === null) throw new Error(`Demo plan ${seed.file}: the reader found no year`);
        const plan = await this.plans.create(
          planInputOfDraft(draft, unitId, draft.year),
          seed.file,
        );
        if (seed.unitCode === '11986') nhuQuynhPlan = { id: plan.id, unitId, deadlines: draft.reportingDeadlines };
      }
      for (const deadline of nhuQuynhPlan?.deadlines ?? []) {
        const year = Number(deadline.dataTo?.slice(0, 4) ?? deadline.due.slice(0, 4));
        const period = await this.reports.createPeriod({
          unitId: districtId,
          year,
          kind: deadline.kind,
          title: deadline.kind === 'half_year' ? `Báo cáo 6 tháng đầu năm ${year} (PAPI)` : deadline.kind === 'annual' ? `Báo cáo năm ${year} (PAPI)` : `Báo cáo PAPI ${year}`,
          dueOn: deadline.due,
          dataFrom: deadline.dataFrom,
          dataTo: deadline.dataTo,
        });
        if (deadline.kind === 'half_year' && nhuQuynhPlan) {
          const report = await this.reports.create(period.id, nhuQuynhPlan.unitId);
          await this.reports.submit(report.id);
          // The demo's report went in on time, the day before it was due.
          const submittedAt = `${deadline.due}T09:00:00+07:00`;
          await this.dataSource.query(`UPDATE report SET first_submitted_at = $2::timestamptz - interval '1 day', updated_at = $2::timestamptz - interval '1 day' WHERE id = $1`, [report.id, submittedAt]);
          await this.dataSource.query(`UPDATE report_event SET at = $2::timestamptz - interval '1 day' WHERE report_id = $1`, [report.id, submittedAt]);
        }
      }
      return true;
    });
    if (loaded) this.logger.log('Demo: seed plans of Đức Hợp, Như Quỳnh and Dị Sử, the Văn Lâm reporting calendar 2024');
  }

  private async unitId(code: string): Promise<number> {
    const [unit] = await this.dataSource.query<Array<{ id: number }>>('SELECT id FROM unit WHERE code = $1 AND valid_from IS NULL', [code]);
    if (!unit) throw new Error(`Demo plans: unit ${code} is not loaded`);
    return unit.id;
  }
}

/** Runs a create that a unique index makes once-only; null when another instance already created it. */
async function onlyOnce<T>(create: () => Promise<T>): Promise<T | null> {
  try {
    return await create();
  } catch (error: unknown) {
    if ((error as { code?: string }).code === '23505') return null;
    throw error;
  }
}
