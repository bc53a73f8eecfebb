import { useState } from 'react';
import { describeError } from '../../../app/i18n/describe-error';
import { useI18n } from '../../../app/i18n/i18n';
import { exportFileName } from '../../../shared/export/table-export';
import { followUpApi } from '../follow-up-api';
import { useFollowUpText } from '../use-follow-up-text';
import '../follow-up.css';

/**
 * "Tải dự thảo kế hoạch khắc phục": the Word draft the API writes from a unit's weak indicators of the
 * year. Fetched rather than linked, so a refusal is explained here instead of saving an error page.
 */
export function RemediationPlanButton({ unitId, unitName, framework, year }: { unitId: number; unitName: string; framework: string; year: number }) {
  const { t } = useI18n();
  const { f } = useFollowUpText();
  const [status, setStatus] = useState<'idle' | 'working'>('idle');
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setStatus('working');
    setFailure(null);
    try {
      await followUpApi.remediationPlan(unitId, framework, year, exportFileName([f.remediation.filePrefix, unitName, framework, year], 'docx'));
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setStatus('idle');
    }
  };

  return (
    <span className="remediation-button">
      <button
        type="button"
        className="button button--small button--quiet"
        title={f.remediation.hint}
        disabled={status === 'working'}
        aria-busy={status === 'working'}
        data-testid="remediation-plan"
        onClick={() => void download()}
      >
        {status === 'working' ? f.remediation.working : f.remediation.button}
      </button>
      {failure && (
        <span className="field-error" role="alert">
          {failure}
        </span>
      )}
    </span>
  );
}
