import type { ReportDetail } from '@govindex/contracts';
import { useId, useState } from 'react';
import { ErrorNotice } from '../../../app/error-notice';
import { useSignedInSession } from '../../auth/session';
import { reportsApi } from '../reports-api';
import { useReportsText } from '../use-reports-text';

/** The district approves a submitted report, or returns it with a comment saying what to correct. */
export function ReviewForm({ report, onReviewed }: { report: ReportDetail; onReviewed: (report: ReportDetail, message: string) => void }) {
  const { r } = useReportsText();
  const texts = r.report.review;
  const { csrfToken } = useSignedInSession();
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'approve' | 'return' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const review = async (decision: 'approve' | 'return') => {
    const text = comment.trim();
    if (decision === 'return' && !text) {
      setError(texts.commentRequired);
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
    setFailure(null);
    setBusy(decision);
    try {
      const next = await reportsApi.review(report.id, { decision, comment: text || null }, csrfToken);
      onReviewed(next, decision === 'approve' ? texts.approved : texts.returned);
    } catch (caught) {
      setFailure(caught);
      setBusy(null);
    }
  };

  return (
    <section className="panel report-review" aria-labelledby={`${id}-title`} data-testid="report-review">
      <h2 id={`${id}-title`} className="panel__title">
        {texts.title}
      </h2>
      {failure !== null && <ErrorNotice error={failure} />}
      <div className="form-field">
        <label htmlFor={id} className="field-label">
          {texts.comment}
        </label>
        <textarea
          id={id}
          className="input"
          rows={3}
          value={comment}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          onChange={(event) => {
            setComment(event.target.value);
            setError(null);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {texts.commentHint}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy !== null} aria-busy={busy === 'approve'} onClick={() => void review('approve')}>
          {busy === 'approve' ? texts.working : texts.approve}
        </button>
        <button
          type="button"
          className="button button--quiet button--danger"
          disabled={busy !== null}
          aria-busy={busy === 'return'}
          onClick={() => void review('return')}
        >
          {busy === 'return' ? texts.working : texts.return}
        </button>
      </div>
    </section>
  );
}
