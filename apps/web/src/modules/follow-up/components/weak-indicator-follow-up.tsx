import type { FollowUpItem, UnitScorecard } from '@govindex/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayIsoDate } from '../../../shared/format/format';
import { formatScore } from '../../../shared/format/score';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { useSignedInSession } from '../../auth/session';
import { useOverviewText } from '../../overview/use-overview-text';
import { followUpApi } from '../follow-up-api';
import { followUpPath } from '../follow-up-paths';
import { addDays, DEFAULT_FOLLOW_UP_DAYS, type FollowUpDraft } from '../state/alignment';
import { useFollowUpText } from '../use-follow-up-text';
import { FollowUpDialog } from './follow-up-dialog';
import '../follow-up.css';

const SENDERS = new Set(['district_officer', 'province_officer', 'admin']);

/**
 * Below a unit's scorecard, for the levels above it: each weak indicator with a one-click follow-up
 * request (or a link to the one already open). Not printed.
 */
export function WeakIndicatorFollowUp({ card }: { card: UnitScorecard }) {
  const { user } = useSignedInSession();
  if (!SENDERS.has(user.role) || user.unitId === card.unit.id || card.weakIndicators.length === 0) return null;
  return <WeakIndicatorPanel card={card} />;
}

function WeakIndicatorPanel({ card }: { card: UnitScorecard }) {
  const { f } = useFollowUpText();
  const { o, language } = useOverviewText();
  const texts = f.scorecard;
  const [revision, setRevision] = useState(0);
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const items = useApiQuery<FollowUpItem[]>({
    key: `follow-ups:${card.unit.id}:${revision}`,
    load: async (signal) => (await followUpApi.list({ unitId: card.unit.id }, signal)).items,
  });
  const existing = (code: string) =>
    items.status === 'success'
      ? (items.data.find(
          (item) => item.status !== 'closed' && item.indicatorCode === code && item.framework === card.framework && item.year === card.year,
        ) ?? null)
      : null;

  const open = (indicator: UnitScorecard['weakIndicators'][number]) => {
    const why = indicator.reasons.map((reason) => o.weaknessReason(reason, card.unit.level, (value) => formatScore(value, 'vi'))).join('; ');
    setCreated(null);
    setDraft({
      unit: { id: card.unit.id, code: card.unit.code, name: card.unit.name, fullName: card.unit.fullName },
      framework: card.framework,
      year: card.year,
      indicatorCode: indicator.code,
      reasonKind: 'weak_indicator',
      reason: texts.reason(indicator.code, indicator.nameVi, card.year, why),
      actionRequested: texts.request(indicator.code, indicator.nameVi),
      dueOn: addDays(todayIsoDate(), DEFAULT_FOLLOW_UP_DAYS),
    });
  };

  return (
    <section className="panel weak-follow-up" aria-labelledby="weak-follow-up-title" data-testid="weak-follow-up">
      <h2 id="weak-follow-up-title" className="panel__title">
        {texts.title}
      </h2>
      <p className="overview-section__note alignment-panel__note">{texts.intro}</p>
      {created && (
        <p className="notice notice--success" role="status">
          <span>{created}</span>
          <Link to={followUpPath({ unitId: card.unit.id })} className="button button--small button--quiet">
            {f.dialog.viewList}
          </Link>
        </p>
      )}
      <div className="table-scroller">
        <table className="data-table">
          <caption className="visually-hidden">{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.indicator}</th>
              <th scope="col" className="data-table__actions">
                <span className="visually-hidden">{texts.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {card.weakIndicators.map((indicator) => {
              const item = existing(indicator.code);
              return (
                <tr key={indicator.code} data-indicator={indicator.code}>
                  <th scope="row">
                    <span className="overview-code">{indicator.code}</span> {indicator.nameVi}{' '}
                    <span className="muted">
                      ({formatScore(indicator.value, language)} / {formatScore(indicator.max, language)})
                    </span>
                  </th>
                  <td className="data-table__actions">
                    {item ? (
                      <Link to={followUpPath({ unitId: card.unit.id })} className="alignment-table__exists">
                        {f.alignment.exists} · {f.status[item.status]}
                      </Link>
                    ) : (
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        disabled={items.status !== 'success'}
                        aria-label={`${f.alignment.createLabel(card.unit.fullName)}: ${indicator.code}`}
                        onClick={() => open(indicator)}
                      >
                        {f.alignment.create}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {draft && (
        <FollowUpDialog
          draft={draft}
          onClose={() => setDraft(null)}
          onCreated={(item) => {
            setDraft(null);
            setCreated(f.dialog.created(item.unit.fullName));
            setRevision((value) => value + 1);
          }}
        />
      )}
    </section>
  );
}
