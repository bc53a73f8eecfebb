import type { PlanComplianceResponse } from '@govindex/contracts';
import { ErrorNotice } from '../../../app/error-notice';
import { useI18n } from '../../../app/i18n/i18n';
import type { QueryResult } from '../../../shared/hooks/use-api-query';

/** The plan against the rules (issued in time, every dimension covered, tasks complete, the parent's tasks present). */
export function ComplianceChecks({ compliance }: { compliance: QueryResult<PlanComplianceResponse> }) {
  const { t } = useI18n();
  const texts = t.plans.compliance;
  if (compliance.status === 'error') return <ErrorNotice error={compliance.error} onRetry={compliance.retry} />;
  if (compliance.status !== 'success') return <p className="tree-status">{t.units.tree.loading}</p>;
  const { checks } = compliance.data;
  if (checks.length === 0) return <p className="empty-hint">{texts.empty}</p>;
  return (
    <ul className="compliance-list" data-testid="compliance-checks">
      {checks.map((check) => (
        <li key={check.code} className={`compliance-check compliance-check--${check.passed ? 'passed' : 'failed'}`} data-code={check.code}>
          <span className="compliance-check__mark" aria-hidden="true">
            {check.passed ? '✓' : '✗'}
          </span>
          <div className="compliance-check__body">
            <p className="compliance-check__title">
              <span>{texts.codes[check.code] ?? check.code}</span>
              <span className={`badge ${check.passed ? 'badge--active' : 'badge--locked'}`} data-testid="compliance-result">
                {check.passed ? texts.passed : texts.failed}
              </span>
            </p>
            {check.reason && <p className="compliance-check__reason">{check.reason}</p>}
            {check.details.length > 0 && (
              <ul className="compliance-check__details">
                {check.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
