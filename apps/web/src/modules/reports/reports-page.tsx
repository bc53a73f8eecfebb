import type { ReportingPeriod, UnitDetail } from '@govindex/contracts';
import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryView } from '../overview/components/query-view';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { unitsApi } from '../units/units-api';
import { UnitPicker } from '../users/components/unit-picker';
import { unitChoiceOfDetail, type UnitChoice } from '../users/state/user-form';
import { CommuneReports } from './components/commune-reports';
import { PeriodForm } from './components/period-form';
import { PeriodsTable } from './components/periods-table';
import { TimelinessSections } from './components/timeliness-sections';
import { YearSelect } from './components/year-select';
import { reportsApi } from './reports-api';
import { readId, readYear } from './reports-paths';
import { useReportsText } from './use-reports-text';
import './reports.css';

/** Roles that set reporting periods (the API checks again). */
const MANAGERS = new Set(['district_officer', 'province_officer', 'admin']);

/**
 * "Báo cáo": a district sees its periods and how its communes report; a commune sees the periods it
 * reports in and its own reports. A province officer or the administrator chooses the district.
 */
export function ReportsPage() {
  const { r } = useReportsText();
  const session = useSignedInSession();
  const { role, unitId } = session.user;
  const [params, setParams] = useSearchParams();
  const year = readYear(params) ?? new Date().getFullYear();
  const own = useApiQuery<UnitDetail>(unitId === null ? null : { key: `unit:${unitId}`, load: (signal) => unitsApi.detail(unitId, signal) });

  const setYear = useCallback(
    (next: number) => {
      const nextParams = new URLSearchParams(params);
      nextParams.set('year', String(next));
      setParams(nextParams, { replace: true });
    },
    [params, setParams],
  );

  const heading = (intro: string) => (
    <>
      <title>{`${r.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{r.pageTitle}</h1>
        <p className="page-heading__intro">{intro}</p>
      </div>
    </>
  );

  if (unitId === null) {
    return (
      <div className="reports-page">
        {heading(r.intro.chooser)}
        <ChosenUnitReports year={year} onYear={setYear} canManage={MANAGERS.has(role)} />
      </div>
    );
  }
  return (
    <div className="reports-page">
      <QueryView query={own}>
        {(unit) =>
          unit.level === 'commune' ? (
            <>
              {heading(r.intro.commune)}
              <CommuneReports unit={unit} year={year} onYear={setYear} canCreate={role === 'commune_officer'} />
            </>
          ) : unit.level === 'province' ? (
            <>
              {heading(r.intro.chooser)}
              <ChosenUnitReports year={year} onYear={setYear} canManage={MANAGERS.has(role)} fallback={unit} />
            </>
          ) : (
            <>
              {heading(r.intro.district)}
              <div className="toolbar reports-toolbar">
                <YearSelect label={r.year} value={year} onChange={setYear} testId="reports-year" />
              </div>
              <DistrictReports unitId={unit.id} year={year} canManage={MANAGERS.has(role)} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}

/** A province officer or the administrator: the district (or province) chosen, kept in ?unit=. */
function ChosenUnitReports({
  year,
  onYear,
  canManage,
  fallback,
}: {
  year: number;
  onYear: (year: number) => void;
  canManage: boolean;
  fallback?: UnitDetail;
}) {
  const { r } = useReportsText();
  const errorId = useId();
  const [params, setParams] = useSearchParams();
  const chosenId = readId(params.get('unit')) ?? fallback?.id ?? null;
  const chosen = useApiQuery<UnitDetail>(chosenId === null ? null : { key: `unit:${chosenId}`, load: (signal) => unitsApi.detail(chosenId, signal) });
  const choice: UnitChoice | null = chosen.status === 'success' ? unitChoiceOfDetail(chosen.data) : null;
  const choose = (unit: UnitChoice | null) => {
    const next = new URLSearchParams(params);
    if (unit) next.set('unit', String(unit.id));
    else next.delete('unit');
    setParams(next);
  };
  return (
    <>
      <div className="reports-chooser">
        <UnitPicker
          value={choice}
          onChange={choose}
          error={null}
          errorId={errorId}
          asOf="2025-06-30"
          texts={{ legend: r.unitPicker.legend, empty: r.unitPicker.empty, hint: r.unitPicker.hint, searchHint: r.unitPicker.searchHint }}
          clearLabel={r.unitPicker.clear}
          onClear={() => choose(null)}
        />
      </div>
      <div className="toolbar reports-toolbar">
        <YearSelect label={r.year} value={year} onChange={onYear} testId="reports-year" />
      </div>
      {chosenId === null ? (
        <p className="notice notice--info">{r.chooseUnit}</p>
      ) : choice && choice.level !== 'commune' ? (
        <DistrictReports unitId={choice.id} year={year} canManage={canManage} />
      ) : null}
    </>
  );
}

/** The periods of the district's year (set, listed, deleted) and how each commune reported in each. */
function DistrictReports({ unitId, year, canManage }: { unitId: number; year: number; canManage: boolean }) {
  const { r } = useReportsText();
  const [revision, setRevision] = useState(0);
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const scope = `${unitId}:${year}:${revision}`;
  const periods = useApiQuery<ReportingPeriod[]>({ key: `periods:${scope}`, load: (signal) => reportsApi.periods(unitId, year, signal) });
  const timeliness = useApiQuery({ key: `timeliness:${scope}`, load: (signal) => reportsApi.timeliness(unitId, year, signal) });

  const changed = (message: string) => {
    setNote(message);
    setRevision((value) => value + 1);
  };

  return (
    <div className="reports-district">
      {note && (
        <p className="notice notice--success" role="status" data-testid="reports-note">
          {note}
        </p>
      )}
      <section className="panel reports-panel" aria-labelledby="periods-title" data-testid="reporting-periods">
        <div className="reports-panel__heading">
          <h2 id="periods-title" className="panel__title">
            {r.periods.title(year)}
          </h2>
          {canManage && !adding && (
            <button
              type="button"
              className="button button--small reports-panel__action"
              onClick={() => {
                setAdding(true);
                setNote(null);
              }}
            >
              {r.periodForm.open}
            </button>
          )}
        </div>
        {adding && (
          <PeriodForm
            key={year}
            unitId={unitId}
            year={year}
            onCancel={() => setAdding(false)}
            onCreated={(period) => {
              setAdding(false);
              changed(r.periodForm.created(period.title));
            }}
          />
        )}
        <QueryView query={periods}>
          {(items) => (
            <PeriodsTable periods={items} ownerId={unitId} canManage={canManage} onDeleted={(period) => changed(r.periods.deleted(period.title))} />
          )}
        </QueryView>
      </section>
      <section className="panel reports-panel" aria-labelledby="timeliness-title" data-testid="timeliness">
        <h2 id="timeliness-title" className="panel__title">
          {r.timelinessTable.title(year)}
        </h2>
        <QueryView query={timeliness}>{(data) => <TimelinessSections timeliness={data} />}</QueryView>
      </section>
    </div>
  );
}
