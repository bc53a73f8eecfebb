import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { todayIsoDate } from '../../../shared/format/format';
import { MapSelector } from '../../units/components/map-selector';
import { UnitSearch } from '../../units/components/unit-search';
import { asOfForEra, type MapEra } from '../../units/state/units-view';
import { unitChoiceOfHit, type UnitChoice } from '../state/user-form';

export interface UnitPickerProps {
  value: UnitChoice | null;
  onChange: (unit: UnitChoice) => void;
  /** Why the chosen unit does not fit (the role-and-level rule, or the API's answer). */
  error: string | null;
  errorId: string;
}

/**
 * Chooses the unit a user works on, with the unit search of the tree: on the map before 01/07/2025 by
 * default (where the accounts sit), or on the current one. The chosen unit is shown with its path.
 */
export function UnitPicker({ value, onChange, error, errorId }: UnitPickerProps) {
  const { t } = useI18n();
  const [era, setEra] = useState<MapEra>('pre-reform');
  const asOf = asOfForEra(era, todayIsoDate());
  const chosenId = `${errorId}-chosen`;
  return (
    <fieldset className="form-field unit-picker" aria-describedby={error ? `${chosenId} ${errorId}` : chosenId}>
      <legend className="field-label">{t.users.form.unit}</legend>
      <div id={chosenId} className="unit-picker__chosen" data-testid="chosen-unit" aria-live="polite">
        {value ? (
          <>
            <span className="unit-picker__name">{value.fullName}</span>
            <span className="unit-picker__path">
              {value.path || t.units.detail.country} · {t.units.levelNames[value.level]}
            </span>
          </>
        ) : (
          <span className="empty-hint">{t.users.form.unitEmpty}</span>
        )}
      </div>
      <p className="field-hint">{t.users.form.unitHint}</p>
      <div className="unit-picker__search">
        <MapSelector era={era} onChange={setEra} />
        <UnitSearch
          asOf={asOf}
          selectedId={value?.id ?? null}
          onSelect={(_, hit) => onChange(unitChoiceOfHit(hit))}
          hint={t.users.form.unitSearchHint}
          clearOnSelect
        />
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
