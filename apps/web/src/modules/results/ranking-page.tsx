import type { RankingResponse, RankingRow } from '@govindex/contracts';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { ExportButton } from '../../shared/export/export-button';
import { buildAboutSheet, buildExportSheet, exportFileName, type ExportColumn } from '../../shared/export/table-export';
import { formatDateTime, formatNumber } from '../../shared/format/format';
import { TableFilter } from '../../shared/forms/search-input';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { hasPermission } from '../auth/permissions';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from '../catalog/catalog-api';
import { versionForYear } from '../catalog/state/catalog';
import { unitsApi } from '../units/units-api';
import { useOwnUnit } from '../units/use-own-unit';
import { unitChoiceOfDetail } from '../users/state/user-form';
import { RankingChart } from './components/ranking-chart';
import { RankingPickers } from './components/ranking-pickers';
import { RankingTable } from './components/ranking-table';
import { resultsApi, type RankingQuery } from './results-api';
import { RESULTS_IMPORT_PATH } from './results-paths';
import { DEFAULT_RANKING_SORT, filterRanking, hasPreviousYear, nextRankingSort, scaleChanged, sortRanking } from './state/ranking-table';
import {
  candidateYears,
  defaultParentId,
  highlightedUnitId,
  rankingViewParams,
  readRankingView,
  selectRanking,
  type OwnUnit,
  type RankingView,
} from './state/ranking-view';

const rankingKey = (query: Omit<RankingQuery, 'year'>, year: number | string) =>
  `ranking:${query.framework}:${query.level}:${year}:${query.indicator}:${query.parentId ?? 'all'}`;

/** Published results ranked: choose what to compare, read the table and the bars, export to Excel. */
export function RankingPage() {
  const { t, language } = useI18n();
  const session = useSignedInSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readRankingView(searchParams);
  const filterId = useId();
  const scaleNoteId = useId();
  const [filterText, setFilterText] = useState('');
  const [sort, setSort] = useState(DEFAULT_RANKING_SORT);
  const currentYear = new Date().getFullYear();

  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });
  const own = useOwnUnit();
  const ownUnit = useMemo<OwnUnit | null>(
    () => (own.unit ? { id: own.unit.id, level: own.unit.level, ancestorIds: own.unit.ancestors.map((ancestor) => ancestor.id) } : null),
    [own.unit],
  );
  const selection = catalog.status === 'success' && own.settled ? selectRanking(view, catalog.data, own.provinceId, currentYear) : null;
  const parentId = selection ? (view.parent === 'all' ? null : (view.parent ?? defaultParentId(selection.level, ownUnit))) : null;
  const query: Omit<RankingQuery, 'year'> | null = selection
    ? { framework: selection.framework.code, level: selection.level, indicator: selection.indicator, parentId }
    : null;
  const chosenYear = selection?.year ?? null;
  const tryYears = selection ? candidateYears(selection.years, currentYear) : [];

  const ranking = useApiQuery<RankingResponse>(
    query
      ? chosenYear !== null
        ? { key: rankingKey(query, chosenYear), load: (signal) => resultsApi.ranking({ ...query, year: chosenYear }, signal) }
        : { key: rankingKey(query, `latest:${tryYears.join(',')}`), load: (signal) => resultsApi.latestRanking(query, tryYears, signal) }
      : null,
  );
  const data = ranking.status === 'success' ? ranking.data : null;
  const shownYear = chosenYear ?? data?.year ?? null;

  // Ranks compared with last year's mean little when the scale changed: the previous ranking's version says.
  const previous = useApiQuery<RankingResponse>(
    query && data && hasPreviousYear(data.items)
      ? { key: rankingKey(query, data.year - 1), load: (signal) => resultsApi.ranking({ ...query, year: data.year - 1 }, signal) }
      : null,
  );
  const scaleNote = data && previous.status === 'success' && scaleChanged(data.versionLabel, previous.data.versionLabel);

  const versionSummary = selection && shownYear !== null ? versionForYear(selection.framework, selection.level, shownYear, own.provinceId) : null;
  const version = useApiQuery(versionSummary ? { key: `version:${versionSummary.id}`, load: () => catalogApi.version(versionSummary.id) } : null);
  const versionDetail = version.status === 'success' ? version.data : null;
  const parent = useApiQuery(parentId === null ? null : { key: `unit:${parentId}`, load: (signal) => unitsApi.detail(parentId, signal) });
  const parentChoice = parent.status === 'success' ? unitChoiceOfDetail(parent.data) : null;

  const items = data?.items ?? null;
  const shown = useMemo<RankingRow[]>(() => (items ? sortRanking(filterRanking(items, filterText), sort) : []), [items, filterText, sort]);
  const highlightedId = useMemo(() => (items ? highlightedUnitId(new Set(items.map((item) => item.unit.id)), ownUnit) : null), [items, ownUnit]);
  const anySimulated = items?.some((item) => item.simulated) ?? false;

  const update = (patch: Partial<RankingView>) => {
    if (!selection) return;
    const current: RankingView = {
      framework: selection.framework.code,
      level: selection.level,
      year: shownYear,
      indicator: selection.indicator,
      parent: view.parent,
    };
    setSearchParams(rankingViewParams({ ...current, ...patch }));
  };

  const indicatorNode = versionDetail?.indicators.find((node) => node.code === selection?.indicator) ?? null;
  const indicatorName = indicatorNode ? (language === 'vi' ? indicatorNode.nameVi : indicatorNode.nameEn) : (selection?.indicator ?? '');
  const scope = parentChoice ? parentChoice.fullName : t.units.detail.country;
  const heading =
    selection && shownYear !== null
      ? t.results.heading(selection.framework.code, shownYear, t.units.levelNames[selection.level], indicatorName, scope)
      : t.results.pageTitle;
  const isFiltered = filterText.trim() !== '';

  const exportColumns: ExportColumn<RankingRow>[] = [
    { header: t.results.table.rank, value: (row) => row.rank, width: 8 },
    { header: t.results.exportColumns.publishedRank, value: (row) => row.publishedRank, width: 14 },
    { header: t.results.exportColumns.code, value: (row) => row.unit.code, width: 10 },
    { header: t.results.table.unit, value: (row) => row.unit.fullName },
    { header: t.results.table.value, value: (row) => row.value, numberFormat: '0.00', width: 10 },
    { header: t.results.exportColumns.previousRank, value: (row) => row.previousRank, width: 14 },
    { header: t.results.table.change, value: (row) => row.rankChange, width: 14 },
    { header: t.results.table.group, value: (row) => row.group, width: 8 },
    { header: t.results.table.grade, value: (row) => row.grade },
    { header: t.results.simulated.badge, value: (row) => row.simulated, width: 16 },
  ];
  const buildExport = () => {
    if (!data || !selection) throw new Error('nothing to export yet');
    const about = t.results.about;
    return {
      fileName: exportFileName([t.results.exportFilePrefix, data.framework, data.level, data.year, data.indicator, parentChoice?.fullName]),
      sheets: [
        buildExportSheet(t.results.exportSheet, exportColumns, shown, { yes: t.export.yes, no: '' }),
        buildAboutSheet(about.sheet, [
          [about.framework, language === 'vi' ? selection.framework.nameVi : selection.framework.nameEn],
          [about.level, t.units.levelNames[data.level]],
          [about.year, data.year],
          [about.indicator, `${data.indicator} — ${indicatorName}`],
          [about.version, data.versionLabel],
          [about.scope, scope],
          [about.filter, isFiltered ? filterText.trim() : about.noFilter],
          [about.rows, shown.length],
          [about.simulated, anySimulated ? t.results.simulated.note : about.notSimulated],
          [about.exportedAt, formatDateTime(new Date().toISOString())],
          [about.exportedBy, session.user.email],
        ]),
      ],
    };
  };

  const mayImport = hasPermission(session.user.role, 'results.import');
  const notFound = ranking.status === 'error' && ranking.error instanceof ApiError && ranking.error.kind === 'not-found';

  return (
    <>
      <title>{`${heading} — GovIndex`}</title>
      <div className="page-heading page-heading--with-action">
        <div>
          <h1>{t.results.pageTitle}</h1>
          <p className="page-heading__intro">{t.results.pageIntro}</p>
        </div>
        {mayImport && (
          <Link to={RESULTS_IMPORT_PATH} className="button">
            {t.results.importLink}
          </Link>
        )}
      </div>

      {catalog.status === 'error' && <ErrorNotice error={catalog.error} onRetry={catalog.retry} />}
      {catalog.status === 'success' && selection && (
        <section className="panel ranking-controls">
          <RankingPickers
            frameworks={catalog.data.frameworks}
            framework={selection.framework}
            level={selection.level}
            years={selection.years}
            year={shownYear}
            indicator={selection.indicator}
            version={versionDetail}
            parent={parentChoice}
            parentAsOf={`${shownYear ?? currentYear}-12-31`}
            onFramework={(code) => setSearchParams(rankingViewParams({ framework: code, level: null, year: null, indicator: null, parent: null }))}
            onLevel={(level) => update({ level, parent: null })}
            onYear={(year) => update({ year })}
            onIndicator={(indicator) => update({ indicator })}
            onParent={(unit) => update({ parent: unit ? unit.id : 'all' })}
          />
        </section>
      )}

      <section className="panel ranking" aria-labelledby={`${filterId}-heading`}>
        <div className="ranking__heading">
          <h2 id={`${filterId}-heading`} className="panel__title">
            {heading}
          </h2>
          {anySimulated && (
            <span className="badge badge--simulated badge--large" data-testid="simulated-badge">
              {t.results.simulated.badge}
            </span>
          )}
        </div>
        {data && <p className="ranking__version">{t.results.versionLine(data.versionLabel)}</p>}
        {anySimulated && <p className="notice notice--info">{t.results.simulated.note}</p>}

        {ranking.status === 'loading' || (ranking.status === 'idle' && catalog.status !== 'error') ? (
          <p className="tree-status">{t.units.tree.loading}</p>
        ) : notFound ? (
          <p className="notice notice--info" role="status" data-testid="ranking-empty">
            {chosenYear === null
              ? t.results.noRecentResults(selection?.framework.code ?? '', t.units.levelNames[selection?.level ?? 'province'])
              : t.results.noResults(selection?.framework.code ?? '', chosenYear, selection?.indicator ?? '')}
          </p>
        ) : ranking.status === 'error' ? (
          <ErrorNotice error={ranking.error} onRetry={ranking.retry} />
        ) : (
          data && (
            <>
              <div className="table-toolbar">
                <TableFilter
                  id={filterId}
                  label={t.results.filter.label}
                  placeholder={t.results.filter.placeholder}
                  value={filterText}
                  onValueChange={setFilterText}
                />
                <div className="table-toolbar__actions">
                  <p className="table-toolbar__count" role="status" data-testid="ranking-count">
                    {t.results.filter.count(formatNumber(shown.length, language), formatNumber(data.items.length, language), isFiltered)}
                  </p>
                  <ExportButton build={buildExport} disabled={shown.length === 0} />
                </div>
              </div>
              {scaleNote && (
                <p id={scaleNoteId} className="notice notice--info ranking__scale-note" data-testid="scale-note">
                  <span aria-hidden="true">* </span>
                  {t.results.scaleChanged}
                </p>
              )}
              <div className="ranking__body">
                <RankingTable
                  rows={shown}
                  year={data.year}
                  sort={sort}
                  onSort={(key) => setSort((current) => nextRankingSort(current, key))}
                  highlightedId={highlightedId}
                  scaleNoteId={scaleNote ? scaleNoteId : null}
                  caption={heading}
                  emptyText={t.results.table.noMatch(filterText.trim())}
                />
                <RankingChart rows={shown} title={heading} seriesName={t.results.chart.seriesName(indicatorName)} highlightedId={highlightedId} />
              </div>
            </>
          )
        )}
      </section>
    </>
  );
}
