import type { ReactNode } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { ApiError } from '../../../shared/api/api-client';
import type { QueryResult } from '../../../shared/hooks/use-api-query';
import { useOverviewText } from '../use-overview-text';

/**
 * Shows a query's data, or that it is loading, or what went wrong. A 404 is no failure on these pages:
 * there are no results (or the unit is not the officer's), said with `notFound`.
 */
export function QueryView<T>({
  query,
  notFound,
  children,
}: {
  query: QueryResult<T>;
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { o } = useOverviewText();
  switch (query.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p className="tree-status">{o.loading}</p>;
    case 'error':
      if (notFound !== undefined && query.error instanceof ApiError && query.error.kind === 'not-found') {
        return (
          <p className="notice notice--info" role="status" data-testid="no-results">
            {notFound}
          </p>
        );
      }
      return <ErrorNotice error={query.error} onRetry={query.retry} />;
    case 'success':
      return <>{children(query.data)}</>;
  }
}
