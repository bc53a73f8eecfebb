import type { FrameworkSummary, FrameworkVersionDetail, UnitLevel } from '@govindex/contracts';
import { useId } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { levelsOf } from '../../catalog/state/catalog';
import { UnitPicker } from '../../users/components/unit-picker';
import type { UnitChoice } from '../../users/state/user-form';

export interface RankingPickersProps {
  frameworks: readonly FrameworkSummary[];
  framework: FrameworkSummary;
  level: UnitLevel;
  years: readonly number[];
  /** The year shown (null until the latest year with results is known). */
  year: number | null;
  indicator: string;
  /** The version of the year shown, for its indicators; null while loading. */
  version: FrameworkVersionDetail | null;
  parent: UnitChoice | null;
  /** The map date the parent is searched on: the end of the ranked year. */
  parentAsOf: string;
  onFramework: (code: string) => void;
  onLevel: (level: UnitLevel) => void;
  onYear: (year: number) => void;
  onIndicator: (code: string) => void;
  onParent: (unit: UnitChoice | null) => void;
}

/** What to rank: framework, level, year, indicator and, below the province level, whose units. */
export function RankingPickers(props: RankingPickersProps) {
  const { t, language } = useI18n();
  const texts = t.results.pickers;
  const id = useId();
  const { framework, level, version, indicator } = props;
  const indicators = version?.indicators ?? [];
  const knownIndicator = indicators.some((node) => node.code === indicator);
  return (
    <div className="ranking-pickers" role="group" aria-label={texts.label}>
      <div className="ranking-pickers__row">
        <div className="form-field">
          <label htmlFor={`${id}-framework`} className="field-label">
            {texts.framework}
          </label>
          <select id={`${id}-framework`} className="input" value={framework.code} onChange={(event) => props.onFramework(event.target.value)}>
            {props.frameworks.map((option) => (
              <option key={option.code} value={option.code}>
                {language === 'vi' ? option.nameVi : option.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-level`} className="field-label">
            {texts.level}
          </label>
          <select id={`${id}-level`} className="input" value={level} onChange={(event) => props.onLevel(event.target.value as UnitLevel)}>
            {levelsOf(framework).map((option) => (
              <option key={option} value={option}>
                {t.units.levelNames[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-year`} className="field-label">
            {texts.year}
          </label>
          <select
            id={`${id}-year`}
            className="input"
            value={props.year === null ? '' : String(props.year)}
            onChange={(event) => props.onYear(Number(event.target.value))}
          >
            {props.year === null && <option value="">{texts.latestYear}</option>}
            {props.years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field ranking-pickers__indicator">
          <label htmlFor={`${id}-indicator`} className="field-label">
            {texts.indicator}
          </label>
          <select id={`${id}-indicator`} className="input" value={indicator} onChange={(event) => props.onIndicator(event.target.value)}>
            {!knownIndicator && <option value={indicator}>{indicator}</option>}
            {indicators.map((node) => (
              <option key={node.code} value={node.code}>
                {/* Indented by depth: options cannot hold markup, so non-breaking spaces show the tree. */}
                {`${'\u00a0\u00a0\u00a0'.repeat(node.depth)}${node.code === 'TOTAL' ? '' : `${node.code} — `}${language === 'vi' ? node.nameVi : node.nameEn}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {level !== 'province' && (
        <UnitPicker
          value={props.parent}
          onChange={(unit) => props.onParent(unit)}
          error={null}
          errorId={`${id}-parent-error`}
          asOf={props.parentAsOf}
          texts={{ legend: texts.parent, empty: texts.parentAll(t.units.levelNames[level]), hint: texts.parentHint, searchHint: texts.parentSearchHint }}
          clearLabel={texts.clearParent}
          onClear={() => props.onParent(null)}
        />
      )}
    </div>
  );
}
