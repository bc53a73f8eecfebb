import { formatNumber } from '../../../shared/format/format';
import { rankMove } from '../state/score-format';
import { useOverviewText } from '../use-overview-text';

const MARK = { up: '▲', down: '▼', same: '=', unknown: '–' } as const;

/** ▲2 (climbed), ▼3 (fell), = (same) or – (not ranked last year), with the words for screen readers. */
export function RankChange({ change }: { change: number | null | undefined }) {
  const { o, language } = useOverviewText();
  const move = rankMove(change);
  const places = change === null || change === undefined ? '' : formatNumber(Math.abs(change), language);
  const words =
    move === 'up' ? o.rankChange.up(places) : move === 'down' ? o.rankChange.down(places) : move === 'same' ? o.rankChange.same : o.rankChange.unknown;
  return (
    <span className={`rank-change rank-change--${move}`} role="img" aria-label={words} title={words} data-change={change ?? ''}>
      {MARK[move]}
      {move === 'up' || move === 'down' ? places : ''}
    </span>
  );
}
