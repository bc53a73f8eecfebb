import type { UnitDetail } from '@govindex/contracts';
import { Navigate, useLocation } from 'react-router';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { HOME_PATH } from '../auth/safe-next-path';
import { useSignedInSession } from '../auth/session';
import { unitsApi } from '../units/units-api';
import { QueryView } from './components/query-view';
import { CommuneHome } from './homes/commune-home';
import { CountryHome } from './homes/country-home';
import { DistrictHome } from './homes/district-home';
import { ProvinceHome } from './homes/province-home';
import { homeViewOf, type HomeView } from './state/home-view';
import { useOverviewText } from './use-overview-text';
import './overview.css';

/**
 * "Tổng quan", the home page: what the officer's unit comes for, chosen by the level of that unit — the
 * province's trend and place in the country, the district's communes, or the commune's own standing.
 */
export function OverviewPage() {
  const { search } = useLocation();
  const session = useSignedInSession();
  const { role, unitId } = session.user;
  const unit = useApiQuery<UnitDetail>(unitId === null ? null : { key: `unit:${unitId}`, load: (signal) => unitsApi.detail(unitId, signal) });

  // Before this page the unit tree was the home: its shared links (/?asOf=…&unit=…) still open the tree.
  const params = new URLSearchParams(search);
  if (params.has('asOf') || params.has('unit')) return <Navigate to={{ pathname: HOME_PATH, search }} replace />;

  if (unitId === null) return <OverviewFrame view={homeViewOf(role, null)} unitName={null} />;
  return (
    <QueryView query={unit}>
      {(detail) => <OverviewFrame view={homeViewOf(role, detail.level)} unitName={detail.fullName} unit={detail} />}
    </QueryView>
  );
}

function OverviewFrame({ view, unitName, unit }: { view: HomeView; unitName: string | null; unit?: UnitDetail }) {
  const { o } = useOverviewText();
  const title = unitName ? o.heading(unitName) : o.pageTitle;
  const home = unit ? { id: unit.id, fullName: unit.fullName, level: unit.level, parentId: unit.parentId } : null;
  return (
    <div className="overview" data-testid={`overview-${view}`}>
      <title>{`${title} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{title}</h1>
        <p className="page-heading__intro">{o.intro[view]}</p>
      </div>
      {view === 'country' || !home ? (
        <CountryHome />
      ) : view === 'province' ? (
        <ProvinceHome unit={home} />
      ) : view === 'district' ? (
        <DistrictHome unit={home} />
      ) : (
        <CommuneHome unit={home} />
      )}
    </div>
  );
}
