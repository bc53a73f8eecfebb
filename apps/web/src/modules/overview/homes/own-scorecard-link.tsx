import { Link } from 'react-router';
import { scorecardPath } from '../overview-paths';
import { useOverviewText } from '../use-overview-text';
import type { HomeUnit } from './home-unit';

/** The toolbar's link from a home to its own unit's scorecard; none until a year with results is known. */
export function OwnScorecardLink({ unit, framework, year }: { unit: HomeUnit; framework: string; year: number | null }) {
  const { o } = useOverviewText();
  if (year === null) return null;
  return (
    <Link className="button button--small button--quiet" to={scorecardPath(unit.id, { framework, year })}>
      {o.scorecardLinkOf(unit.fullName)}
    </Link>
  );
}
