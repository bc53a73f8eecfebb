import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { todayIsoDate } from '../../../shared/format/format';
import { MapSelector } from '../../units/components/map-selector';
import { UnitSearch } from '../../units/components/unit-search';
import { asOfForEra, type MapEra } from '../../units/state/units-view';
import { unitChoiceOfHit, type UnitChoice } from '../state/user-form';

/** The words of a picker used elsewhere than the user form (e.g. the unit whose children a ranking compares). */
export interface UnitPickerTexts {
  legend: string;
  empty: string;
  hint: string;
  searchHint: string;
}

export interface UnitPickerProps {
  value: UnitChoice | null;
  onChange: (unit: UnitChoice) => void;
  /** Why the chosen unit does not fit (the role-and-level rule, or the API's answer). */
  error: string | null;
  errorId: string;
  /** Texts in place of the user form's. */
  texts?: UnitPickerTexts;
  /** Searches the map in force on this date, with no choice of map (a ranking's year decides it). */
  asOf?: string;
  /** Offers to go back to no unit, with this label. */
  clearLabel?: string;
  onClear?: () => void;
}

/**
 * Chooses a unit with the unit search of the tree: on the map before 01/07/2025 by default (where the
 * accounts sit), or on the current one, unless the caller fixes the date. The chosen unit is shown with its path.
 */
export function UnitPicker({ value, onChange, error, errorId, texts, asOf: fixedAsOf, clearLabel, onClear }: UnitPickerProps) {
  const { t } = useI18n();
  const [era, setEra] = useState<MapEra>('pre-reform');
  const asOf = fixedAsOf ?? asOfForEra(era, todayIsoDate());
  const words = texts ?? { legend: t.users.form.unit, empty: t.users.form.unitEmpty, hint: t.users.form.unitHint, searchHint: t.users.form.unitSearchHint };
  const chosenId = `${errorId}-chosen`;
  return (
    <fieldset className="form-field unit-picker" aria-describedby={error ? `${chosenId} ${errorId}` : chosenId}>
      <legend className="field-label">{words.legend}</legend>
      <div id={chosenId} className="unit-picker__chosen" data-testid="chosen-unit" aria-live="polite">
        {value ? (
          <>
            <span className="unit-picker__name">{value.fullName}</span>
            <span className="unit-picker__path">
              {value.path || t.units.detail.country} · {t.units.levelNames[value.level]}
            </span>
          </>
        ) : (
          <span className="empty-hint">{words.empty}</span>
        )}
      </div>
      {value && onClear && clearLabel && (
        <button type="button" className="button button--small button--quiet unit-picker__clear" onClick={onClear}>
          {clearLabel}
        </button>
      )}
      <p className="field-hint">{words.hint}</p>
      <div className="unit-picker__search">
        {fixedAsOf === undefined && <MapSelector era={era} onChange={setEra} />}
        <UnitSearch asOf={asOf} selectedId={value?.id ?? null} onSelect={(_, hit) => onChange(unitChoiceOfHit(hit))} hint={words.searchHint} clearOnSelect />
      </div>
      {/* Always present, so that a rule broken by the latest choice is read out as soon as it shows. */}
      <div aria-live="polite">
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
