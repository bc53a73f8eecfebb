import type { FrameworkVersionDetail, IndicatorNode } from '@govindex/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { yearSpan } from '../state/catalog';
import { provinceVersionEditorPath } from '../catalog-paths';
import { OwnerName } from './owner-name';

export interface VersionDetailProps {
  version: FrameworkVersionDetail;
  /** May the user start (or edit) the province's own commune-level version from this one? */
  editAction: 'create' | 'edit' | null;
}

/** One version: what it is, its indicator tree (indented), and its grade bands. */
export function VersionDetail({ version, editAction }: VersionDetailProps) {
  const { t, language } = useI18n();
  const texts = t.catalog.detail;
  const number = (value: number) => formatNumber(value, language);
  return (
    <article className="version-detail" aria-labelledby="version-detail-title" data-testid="version-detail">
      <div className="version-detail__heading">
        <h2 id="version-detail-title" className="panel__title">
          {version.label}
        </h2>
        {editAction && (
          <Link to={provinceVersionEditorPath(version.id)} className="button button--small">
            {editAction === 'create' ? t.catalog.createProvinceVersion : t.catalog.editProvinceVersion}
          </Link>
        )}
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{texts.years}</dt>
          <dd>{yearSpan(version, t.catalog.now)}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.level}</dt>
          <dd>{t.units.levelNames[version.level]}</dd>
        </div>
        <div className="facts__row">
          <dt>{texts.owner}</dt>
          <dd>
            <OwnerName provinceId={version.ownerProvinceId} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>{texts.unit}</dt>
          <dd>{t.catalog.valueUnits[version.valueUnit]}</dd>
        </div>
        {version.quartileGroups && (
          <div className="facts__row">
            <dt>{texts.groups}</dt>
            <dd>{texts.quartileGroups}</dd>
          </div>
        )}
        <div className="facts__row facts__row--wide">
          <dt>{texts.source}</dt>
          <dd className="version-detail__source">{version.source}</dd>
        </div>
      </dl>

      <h3 className="version-detail__subheading">{texts.treeHeading}</h3>
      <div className="table-scroller">
        <table className="data-table indicator-tree" data-testid="indicator-tree">
          <caption className="visually-hidden">{texts.treeCaption(version.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.code}</th>
              <th scope="col">{texts.name}</th>
              <th scope="col" className="data-table__number">
                {texts.range}
              </th>
              <th scope="col">{texts.aggregation}</th>
            </tr>
          </thead>
          <tbody>
            {version.indicators.map((node) => (
              <tr key={node.code} className={`indicator-tree__row indicator-tree__row--depth-${Math.min(node.depth, 4)}`}>
                <td className="indicator-tree__code">
                  <code>{node.code}</code>
                </td>
                <th scope="row" className="indicator-tree__name">
                  {language === 'vi' ? node.nameVi : node.nameEn}
                  {!node.higherIsBetter && <span className="muted"> ({texts.lowerIsBetter})</span>}
                </th>
                <td className="data-table__number">{`${number(node.min)}–${number(node.max)}`}</td>
                <td>{aggregationText(node, version.indicators, t.catalog.aggregations, texts.weight, number)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="version-detail__subheading">{texts.gradesHeading}</h3>
      {version.grades.length === 0 ? (
        <p className="empty-hint">{texts.noGrades}</p>
      ) : (
        <table className="data-table grade-table" data-testid="grade-table">
          <caption className="visually-hidden">{texts.gradesCaption(version.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.grade}</th>
              <th scope="col" className="data-table__number">
                {texts.minValue}
              </th>
            </tr>
          </thead>
          <tbody>
            {version.grades.map((grade) => (
              <tr key={grade.gradeVi}>
                <th scope="row">{language === 'vi' ? grade.gradeVi : grade.gradeEn}</th>
                <td className="data-table__number">{number(grade.minValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

type AggregationWords = Record<'sum' | 'mean' | 'weighted_mean' | 'none' | 'published', string>;

/** How a node gets its value: from its children (cộng, trung bình…), entered directly, or published as is; with its weight. */
function aggregationText(
  node: IndicatorNode,
  indicators: readonly IndicatorNode[],
  words: AggregationWords,
  weight: (value: string) => string,
  number: (value: number) => string,
): string {
  const hasChildren = indicators.some((other) => other.parentCode === node.code);
  const how = node.aggregation === 'none' ? (hasChildren ? words.published : words.none) : words[node.aggregation];
  return node.weight === null ? how : `${how} · ${weight(number(node.weight))}`;
}
