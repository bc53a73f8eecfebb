import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MapEra } from '../state/units-view';

const ERAS: readonly MapEra[] = ['pre-reform', 'post-reform'];

/**
 * Chooses between the three-tier map before 01/07/2025 and the two-tier map after it. The choice lives
 * in the URL, whose update React Router runs as a transition: the radio shows the click at once rather
 * than snapping back until the navigation commits, and follows the URL again on back/forward.
 */
export function MapSelector({ era, onChange }: { era: MapEra; onChange: (era: MapEra) => void }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(era);
  useEffect(() => setShown(era), [era]);
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
              checked={shown === option}
              onChange={() => {
                setShown(option);
                onChange(option);
              }}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
