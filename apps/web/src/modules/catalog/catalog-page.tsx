import type { FrameworkSummary, FrameworkVersionSummary } from '@govindex/contracts';
import { useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { hasPermission } from '../auth/permissions';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from './catalog-api';
import { idParam, savedVersionNoteOf } from './catalog-paths';
import { OwnerName } from './components/owner-name';
import { VersionDetail } from './components/version-detail';
import { yearSpan } from './state/catalog';

/** The frameworks GovIndex follows, version by version; a version opens onto its tree and grades. */
export function CatalogPage() {
  const { t, language } = useI18n();
  const session = useSignedInSession();
  const location = useLocation();
  const saved = savedVersionNoteOf(location.state);
  const [searchParams, setSearchParams] = useSearchParams();
  const versionId = idParam(searchParams.get('version'));
  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });
  const version = useApiQuery(versionId === null ? null : { key: `version:${versionId}`, load: () => catalogApi.version(versionId) });
  const detailRef = useRef<HTMLElement>(null);
  /** Set when a version is opened from the list: its details then take the focus, for keyboard and screen reader users. */
  const openedRef = useRef(false);

  useEffect(() => {
    if (version.status !== 'success' || !openedRef.current) return;
    openedRef.current = false;
    detailRef.current?.focus();
  }, [version.status, versionId]);

  const mayEdit = hasPermission(session.user.role, 'catalog.province-version');
  const editActionOf = (summary: FrameworkVersionSummary): 'create' | 'edit' | null => {
    if (!mayEdit || summary.level !== 'commune') return null;
    if (summary.ownerProvinceId === null) return 'create';
    return summary.ownerProvinceId === session.user.unitId ? 'edit' : null;
  };

  return (
    <>
      <title>{`${version.status === 'success' ? `${version.data.label} — ` : ''}${t.catalog.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.catalog.pageTitle}</h1>
        <p className="page-heading__intro">{t.catalog.pageIntro}</p>
      </div>
      {saved && (
        <p className="notice notice--success" role="status">
          {saved.created ? t.catalog.saved.created(saved.label) : t.catalog.saved.updated(saved.label)}
        </p>
      )}
      <div className="catalog-layout">
        <section className="catalog-list" aria-label={t.catalog.listLabel}>
          {catalog.status === 'error' ? (
            <ErrorNotice error={catalog.error} onRetry={catalog.retry} />
          ) : catalog.status !== 'success' ? (
            <p className="tree-status">{t.units.tree.loading}</p>
          ) : (
            catalog.data.frameworks.map((framework) => (
              <FrameworkPanel
                key={framework.code}
                framework={framework}
                selectedId={versionId}
                savedId={saved?.id ?? null}
                onOpen={(id) => {
                  openedRef.current = true;
                  setSearchParams({ version: String(id) });
                }}
                name={language === 'vi' ? framework.nameVi : framework.nameEn}
              />
            ))
          )}
        </section>
        <section className="panel catalog-detail" aria-label={t.catalog.detail.label} ref={detailRef} tabIndex={-1}>
          {versionId === null ? (
            <p className="empty-hint">{t.catalog.detail.empty}</p>
          ) : version.status === 'error' ? (
            <ErrorNotice error={version.error} onRetry={version.retry} />
          ) : version.status !== 'success' ? (
            <p className="tree-status">{t.units.tree.loading}</p>
          ) : (
            <VersionDetail version={version.data} editAction={editActionOf(version.data)} />
          )}
        </section>
      </div>
    </>
  );
}

interface FrameworkPanelProps {
  framework: FrameworkSummary;
  name: string;
  selectedId: number | null;
  savedId: number | null;
  onOpen: (id: number) => void;
}

function FrameworkPanel({ framework, name, selectedId, savedId, onOpen }: FrameworkPanelProps) {
  const { t } = useI18n();
  const texts = t.catalog.versions;
  const headingId = `framework-${framework.code}`;
  return (
    <article className="panel framework-panel" aria-labelledby={headingId} data-framework={framework.code}>
      <h2 id={headingId} className="panel__title">
        {name}
      </h2>
      <p className="framework-panel__publisher">
        <span className="muted">{t.catalog.publisher}: </span>
        {framework.publisher}
      </p>
      <div className="table-scroller">
        <table className="data-table framework-panel__versions">
          <caption className="visually-hidden">{texts.caption(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.label}</th>
              <th scope="col">{texts.years}</th>
              <th scope="col">{texts.level}</th>
              <th scope="col">{texts.owner}</th>
              <th scope="col">
                <span className="visually-hidden">{texts.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {framework.versions.map((version) => {
              const selected = version.id === selectedId;
              const classes = [selected ? 'framework-panel__row--selected' : '', version.id === savedId ? 'data-table__row--highlighted' : '']
                .filter(Boolean)
                .join(' ');
              return (
                <tr key={version.id} className={classes || undefined} aria-current={selected ? 'true' : undefined} data-version-id={version.id}>
                  <th scope="row">{version.label}</th>
                  <td className="data-table__time">{yearSpan(version, t.catalog.now)}</td>
                  <td className="data-table__nowrap">{t.units.levelNames[version.level]}</td>
                  <td>
                    <OwnerName provinceId={version.ownerProvinceId} />
                  </td>
                  <td className="data-table__actions">
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={texts.openLabel(version.label)}
                      aria-pressed={selected}
                      onClick={() => onOpen(version.id)}
                    >
                      {texts.open}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
