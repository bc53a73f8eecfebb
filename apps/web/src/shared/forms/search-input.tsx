import type { InputHTMLAttributes } from 'react';

type SearchInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'onKeyDown'> & {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
};

/** A search box that Escape empties, as users expect of type="search" in every browser. */
export function SearchInput({ value, onValueChange, ...rest }: SearchInputProps) {
  return (
    <input
      type="search"
      className="input"
      autoComplete="off"
      spellCheck={false}
      {...rest}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onValueChange('');
      }}
    />
  );
}

interface TableFilterProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onValueChange: (value: string) => void;
}

/** The labelled filter box at the left of a table's toolbar. */
export function TableFilter({ id, label, placeholder, value, onValueChange }: TableFilterProps) {
  return (
    <div className="table-toolbar__filter">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <SearchInput id={id} value={value} placeholder={placeholder} onValueChange={onValueChange} />
    </div>
  );
}
