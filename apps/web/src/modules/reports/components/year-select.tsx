import { useId } from 'react';
import { yearChoices } from '../state/years';

/** A labelled year picker, newest first. */
export function YearSelect({ label, value, onChange, testId }: { label: string; value: number; onChange: (year: number) => void; testId?: string }) {
  const id = useId();
  const years = yearChoices(new Date().getFullYear(), value);
  return (
    <div className="year-select">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="input" value={String(value)} data-testid={testId} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
