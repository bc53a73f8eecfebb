import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSignedInSession } from '../../auth/session';
import { TimelinessPanel } from '../../reports/components/timeliness-panel';
import { YearSelect } from '../../reports/components/year-select';
import { useFollowUpText } from '../use-follow-up-text';
import { AlignmentPanel } from './alignment-panel';
import '../follow-up.css';

const PLAN_YEAR = /^(20|21)\d{2}$/;
const SENDERS = new Set(['district_officer', 'province_officer', 'admin']);

/** The plan year of the home's panels, kept in ?planYear= beside the results' framework and year. */
export function readPlanYear(params: URLSearchParams): number | null {
  const text = params.get('planYear');
  return text && PLAN_YEAR.test(text) ? Number(text) : null;
}

/**
 * On the district's home: how the communes report this plan year ("Tiến độ báo cáo") and how their plans
 * answer last year's results ("Đối chiếu kế hoạch – kết quả"). The plan year follows the results shown
 * (results of 2024 → plans of 2025) unless chosen. `resultsYear` undefined: still being worked out.
 */
export function DistrictPlanPanels({ unitId, framework, resultsYear }: { unitId: number; framework: string; resultsYear: number | null | undefined }) {
  const { f } = useFollowUpText();
  const { user } = useSignedInSession();
  const [params, setParams] = useSearchParams();
  const setYear = useCallback(
    (year: number) => {
      const next = new URLSearchParams(params);
      next.set('planYear', String(year));
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  if (resultsYear === undefined) return null;
  const year = readPlanYear(params) ?? (resultsYear === null ? new Date().getFullYear() : resultsYear + 1);
  return (
    <section className="home-plan-panels" aria-labelledby="home-plan-title" data-testid="district-plan-panels">
      <div className="home-plan-panels__bar">
        <h2 id="home-plan-title">{f.homeHeading}</h2>
        <YearSelect label={f.homeYear} value={year} onChange={setYear} testId="plan-year" />
      </div>
      <div className="home-plan-panels__grid">
        <TimelinessPanel unitId={unitId} year={year} />
        <AlignmentPanel unitId={unitId} framework={framework} year={year} canCreate={SENDERS.has(user.role)} />
      </div>
    </section>
  );
}
