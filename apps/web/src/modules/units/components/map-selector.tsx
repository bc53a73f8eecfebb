import { useI18n } from '../../../app/i18n/i18n';
import type { MapEra } from '../state/units-view';

const ERAS: readonly MapEra[] = ['pre-reform', 'post-reform'];

/** Chooses between the three-tier map before 01/07/2025 and the two-tier map after it. */
export function MapSelector({ era, onChange }: { era: MapEra; onChange: (era: MapEra) => void }) {
  const { t } = useI18n();
  const labels: Record<MapEra, string> = { 'pre-reform': t.units.map.preReform, 'post-reform': t.units.map.postReform };
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t.units.map.label}</legend>
      <div className="segmented__options">
        {ERAS.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name="administrative-map"
              value={option}
              checked={era === option}
              onChange={() => onChange(option)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
