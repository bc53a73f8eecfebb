import { useId, type ReactNode } from 'react';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { overviewApi } from '../overview-api';
import { yearOptions, type Selection } from '../state/selection';
import { useOverviewText } from '../use-overview-text';

export interface SelectionToolbarProps {
  selection: Selection;
  /** The year shown (the requested one, or the latest with data). */
  year: number | null;
  /** Years with data for the framework and unit. */
  years: readonly number[];
  onChange: (selection: Selection) => void;
  children?: ReactNode;
}

/** Framework and year pickers; the page keeps the choice in its URL. Hidden when printing. */
export function SelectionToolbar({ selection, year, years, onChange, children }: SelectionToolbarProps) {
  const { o, language } = useOverviewText();
  const frameworkId = useId();
  const yearId = useId();
  const catalog = useApiQuery({ key: 'catalog', load: () => overviewApi.catalog() });
  const frameworks = catalog.status === 'success' ? catalog.data.frameworks : [];
  const known = frameworks.some((framework) => framework.code === selection.framework);
  return (
    <div className="toolbar overview-toolbar" role="group" aria-label={o.picker.label}>
      <div className="overview-toolbar__pickers">
        <div className="overview-picker">
          <label htmlFor={frameworkId} className="field-label">
            {o.picker.framework}
          </label>
          <select
            id={frameworkId}
            className="input"
            value={selection.framework}
            onChange={(event) => onChange({ framework: event.target.value, year: selection.year })}
          >
            {!known && <option value={selection.framework}>{selection.framework}</option>}
            {frameworks.map((framework) => (
              <option key={framework.code} value={framework.code}>
                {language === 'vi' ? framework.nameVi : framework.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="overview-picker">
          <label htmlFor={yearId} className="field-label">
            {o.picker.year}
          </label>
          <select
            id={yearId}
            className="input"
            value={year === null ? '' : String(year)}
            disabled={years.length === 0}
            onChange={(event) => onChange({ framework: selection.framework, year: Number(event.target.value) })}
          >
            {year === null && <option value="">–</option>}
            {yearOptions(years).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      {children}
    </div>
  );
}
