import type { UnitSearchHit } from '@govindex/contracts';
import { useId, useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { SearchInput } from '../../../shared/forms/search-input';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { useDebouncedValue } from '../../../shared/hooks/use-debounced-value';
import { ErrorNotice } from '../../../app/error-notice';
import { unitsApi } from '../units-api';

const SEARCH_DELAY_MS = 300;
const MIN_QUERY_LENGTH = 2;

export interface UnitSearchProps {
  asOf: string;
  selectedId: number | null;
  onSelect: (id: number, hit: UnitSearchHit) => void;
  /** What choosing a result does, said after the count; by default, opening the unit in the tree. */
  hint?: string;
  /** Empties the field once a result is chosen (a picker), instead of keeping the results (the tree). */
  clearOnSelect?: boolean;
  label?: string;
}

/** Finds units by name, with or without diacritics; each hit says where the unit sits to tell namesakes apart. */
export function UnitSearch({ asOf, selectedId, onSelect, hint, clearOnSelect = false, label }: UnitSearchProps) {
  const { t, language } = useI18n();
  const inputId = useId();
  const resultsId = useId();
  const [text, setText] = useState('');
  const typed = text.trim();
  const query = useDebouncedValue(typed, SEARCH_DELAY_MS);
  const isQueryLongEnough = query.length >= MIN_QUERY_LENGTH;
  const results = useApiQuery(
    isQueryLongEnough ? { key: `search:${asOf}:${query}`, load: (signal) => unitsApi.search(query, asOf, signal) } : null,
  );
  const isTyping = typed !== query;

  let status = '';
  if (typed.length >= MIN_QUERY_LENGTH && (isTyping || results.status === 'loading')) status = t.units.search.searching;
  else if (results.status === 'success' && !isTyping) {
    status =
      results.data.items.length === 0
        ? t.units.search.noResults(query)
        : `${t.units.search.results(formatNumber(results.data.items.length, language), results.data.truncated)}. ${hint ?? t.units.search.hint}`;
  }

  return (
    <div className="unit-search" role="search">
      <label htmlFor={inputId} className="field-label">
        {label ?? t.units.search.label}
      </label>
      <div className="unit-search__field">
        <SearchInput id={inputId} value={text} placeholder={t.units.search.placeholder} aria-controls={resultsId} onValueChange={setText} />
        {text && (
          <button type="button" className="button button--small button--quiet" onClick={() => setText('')}>
            {t.units.search.clear}
          </button>
        )}
      </div>
      <p className="unit-search__status" role="status">
        {status}
      </p>
      {results.status === 'error' && <ErrorNotice error={results.error} onRetry={results.retry} />}
      <ul id={resultsId} className="search-results" aria-label={label ?? t.units.search.label}>
        {results.status === 'success' &&
          !isTyping &&
          results.data.items.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className={`search-hit${hit.id === selectedId ? ' search-hit--selected' : ''}`}
                aria-current={hit.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  onSelect(hit.id, hit);
                  if (clearOnSelect) setText('');
                }}
              >
                <span className="search-hit__name">{hit.fullName}</span>
                <span className="search-hit__path">{hit.path || t.units.detail.country}</span>
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
