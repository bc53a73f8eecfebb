import type { UnitLineageLink, UnitSummary } from '@govindex/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { ErrorNotice } from '../../../app/error-notice';
import { formatDate, todayIsoDate } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { asOfShowing } from '../state/units-view';
import { unitsApi } from '../units-api';

export interface UnitLineageProps {
  unit: UnitSummary;
  /** The map date shown now; a linked unit opens on the map that holds it. */
  asOf: string;
  onOpen: (unit: UnitSummary) => void;
}

/** "Lịch sử sắp xếp": the units this one was formed from and the units it was merged into, each a way to that unit. */
export function UnitLineage({ unit, asOf, onOpen }: UnitLineageProps) {
  const { t } = useI18n();
  const lineage = useApiQuery({ key: `lineage:${unit.id}`, load: () => unitsApi.lineage(unit.id) });

  let body;
  if (lineage.status === 'error') body = <ErrorNotice error={lineage.error} onRetry={lineage.retry} />;
  else if (lineage.status !== 'success') body = <p className="tree-status">{t.units.tree.loading}</p>;
  else if (lineage.data.predecessors.length === 0 && lineage.data.successors.length === 0) {
    body = <p className="empty-hint">{t.units.lineage.none}</p>;
  } else {
    body = (
      <>
        <LineageGroup id="lineage-predecessors" title={t.units.lineage.predecessors} links={lineage.data.predecessors} asOf={asOf} onOpen={onOpen} />
        <LineageGroup id="lineage-successors" title={t.units.lineage.successors} links={lineage.data.successors} asOf={asOf} onOpen={onOpen} />
      </>
    );
  }
  return (
    <section className="lineage" aria-labelledby="lineage-heading" data-testid="unit-lineage">
      <h3 id="lineage-heading" className="lineage__heading">
        {t.units.lineage.heading}
      </h3>
      {body}
    </section>
  );
}

interface LineageGroupProps {
  id: string;
  title: string;
  links: readonly UnitLineageLink[];
  asOf: string;
  onOpen: (unit: UnitSummary) => void;
}

function LineageGroup({ id, title, links, asOf, onOpen }: LineageGroupProps) {
  const { t } = useI18n();
  if (links.length === 0) return null;
  const today = todayIsoDate();
  return (
    <div className="lineage__group">
      <h4 id={id} className="lineage__group-title">
        {title}
      </h4>
      <ul className="lineage__list" aria-labelledby={id}>
        {links.map((link) => {
          const target = asOfShowing(link.unit, asOf, today);
          const hintId = `${id}-${link.unit.id}-hint`;
          return (
            <li key={link.unit.id} className="lineage__item">
              <button
                type="button"
                className="link-button lineage__unit"
                aria-describedby={hintId}
                onClick={() => onOpen(link.unit)}
              >
                {link.unit.fullName}
              </button>
              <span className={`badge badge--${link.mergeType}`}>{t.units.lineage.mergeType[link.mergeType]}</span>
              <span className="lineage__meta">
                {t.units.lineage.effectiveOn(formatDate(link.effectiveOn))} · {t.units.tree.code(link.unit.code)}
              </span>
              {link.source && <span className="lineage__basis">{t.units.lineage.basis(link.source)}</span>}
              <span id={hintId} className="visually-hidden">
                {t.units.lineage.opensMap(formatDate(target))}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
