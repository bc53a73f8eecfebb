import type { UnitScorecard } from '@govindex/contracts';
import { formatNumber } from '../../../shared/format/format';
import { formatScore } from '../state/score-format';
import { useOverviewText } from '../use-overview-text';
import { RankChange } from './rank-change';

export interface Standing {
  value: number;
  max: number | null;
  rank: number;
  of: number;
  rankChange: number | null;
  group: 1 | 2 | 3 | 4 | null;
  grade: string | null;
}

/** The headline figures of a unit: total, rank among its peers, change since last year, group. */
export function StandingSummary({ standing, peers, testId = 'standing' }: { standing: Standing; peers?: string; testId?: string }) {
  const { o, language } = useOverviewText();
  const rank = o.standing.rankOf(formatNumber(standing.rank, language), formatNumber(standing.of, language));
  return (
    <dl className="standing" data-testid={testId}>
      <div className="standing__item">
        <dt>{o.standing.total}</dt>
        <dd>
          <strong className="standing__value" data-testid="standing-total">
            {formatScore(standing.value, language)}
          </strong>
          {standing.max !== null && <span className="standing__unit"> {o.standing.outOf(formatNumber(standing.max, language))}</span>}
        </dd>
      </div>
      <div className="standing__item">
        <dt>{o.standing.rank}</dt>
        <dd>
          <strong className="standing__value" data-testid="standing-rank">
            {rank}
          </strong>
          {peers && <span className="standing__unit"> {o.standing.among(peers)}</span>}
        </dd>
      </div>
      <div className="standing__item">
        <dt>{o.standing.change}</dt>
        <dd className="standing__value" data-testid="standing-change">
          <RankChange change={standing.rankChange} />
        </dd>
      </div>
      {standing.group !== null && (
        <div className="standing__item">
          <dt>{o.standing.group}</dt>
          <dd className="standing__value standing__value--text" data-testid="standing-group">
            {o.standing.groupName(standing.group)}
          </dd>
        </div>
      )}
      {standing.grade !== null && (
        <div className="standing__item">
          <dt>{o.standing.grade}</dt>
          <dd className="standing__value standing__value--text">{standing.grade}</dd>
        </div>
      )}
    </dl>
  );
}

export function standingOfScorecard(total: NonNullable<UnitScorecard['total']>): Standing {
  return {
    value: total.value,
    max: total.max,
    rank: total.rank,
    of: total.of,
    rankChange: total.rankChange,
    group: total.group,
    grade: total.grade,
  };
}
