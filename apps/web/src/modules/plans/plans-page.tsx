import { useId, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { formatNumber } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { hasPermission } from '../auth/permissions';
import { useRole } from '../auth/session';
import { unitsApi } from '../units/units-api';
import { UnitPicker } from '../users/components/unit-picker';
import { unitChoiceOfDetail, type UnitChoice } from '../users/state/user-form';
import { PlansTable } from './components/plans-table';
import { plansApi } from './plans-api';
import { deletedPlanNoteOf, NEW_PLAN_PATH, PLAN_IMPORT_PATH } from './plans-paths';
import { planListParams, planYearOptions, readPlanListView, sortPlans, type PlanListView } from './state/plans-list';
import './plans.css';

/** "Kế hoạch": the plans of the units in the officer's scope, by year and unit; the way to add one. */
export function PlansPage() {
  const { t, language } = useI18n();
  const texts = t.plans;
  const role = useRole();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const deleted = deletedPlanNoteOf(useLocation().state);
  const view = readPlanListView(params);
  const years = useMemo(() => planYearOptions(new Date().getFullYear(), view.year), [view.year]);

  const plans = useApiQuery({
    key: `plans:${view.year ?? ''}:${view.unitId ?? ''}`,
    load: (signal) => plansApi.list({ year: view.year, unitId: view.unitId }, signal),
  });
  // The unit of the address, read whole so the picker can show where it sits.
  const unitId = view.unitId;
  const unit = useApiQuery<UnitChoice>(
    unitId === null ? null : { key: `unit:${unitId}`, load: async (signal) => unitChoiceOfDetail(await unitsApi.detail(unitId, signal)) },
  );
  const shown = useMemo(() => (plans.status === 'success' ? sortPlans(plans.data) : []), [plans]);
  const isFiltered = view.year !== null || view.unitId !== null;
  const go = (next: PlanListView) => setParams(planListParams(next), { replace: true });

  return (
    <>
      <title>{`${texts.pageTitle} — GovIndex`}</title>
      <div className="page-heading page-heading--with-action">
        <div>
          <h1>{texts.pageTitle}</h1>
          <p className="page-heading__intro">{texts.pageIntro}</p>
        </div>
        {hasPermission(role, 'plans.edit') && (
          <div className="plans-actions">
            <Link to={PLAN_IMPORT_PATH} className="button button--quiet">
              {texts.importLink}
            </Link>
            <Link to={NEW_PLAN_PATH} className="button">
              {texts.createLink}
            </Link>
          </div>
        )}
      </div>
      {deleted && (
        <p className="notice notice--success" role="status" data-testid="plan-deleted">
          {texts.deleted(deleted.unit, deleted.year)}
        </p>
      )}
      <section className="panel plans-filter" role="group" aria-label={texts.filter.label}>
        <div className="form-field plans-filter__year">
          <label htmlFor={`${id}-year`} className="field-label">
            {texts.filter.year}
          </label>
          <select
            id={`${id}-year`}
            className="input"
            value={view.year === null ? '' : String(view.year)}
            onChange={(event) => go({ ...view, year: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">{texts.filter.allYears}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <UnitPicker
          value={unit.status === 'success' ? unit.data : null}
          onChange={(choice) => go({ ...view, unitId: choice.id })}
          error={null}
          errorId={`${id}-unit-error`}
          texts={{ legend: texts.filter.unit, empty: texts.filter.unitEmpty, hint: texts.filter.unitHint, searchHint: texts.filter.unitSearchHint }}
          clearLabel={texts.filter.clearUnit}
          onClear={() => go({ ...view, unitId: null })}
        />
      </section>
      <section className="panel" aria-label={texts.table.caption}>
        {plans.status === 'error' ? (
          <ErrorNotice error={plans.error} onRetry={plans.retry} />
        ) : plans.status !== 'success' ? (
          <p className="tree-status">{t.units.tree.loading}</p>
        ) : (
          <>
            <div className="table-toolbar table-toolbar--end">
              <p className="table-toolbar__count" role="status" data-testid="plans-count">
                {texts.filter.count(formatNumber(shown.length, language))}
              </p>
            </div>
            <PlansTable plans={shown} emptyText={isFiltered ? texts.table.emptyFiltered : texts.table.empty} />
          </>
        )}
      </section>
    </>
  );
}
