import type { PlanDetail } from '@govindex/contracts';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { formatDate, formatDateTime, formatNumber, todayIsoDate } from '../../shared/format/format';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { unitsApi } from '../units/units-api';
import { ComplianceChecks } from './components/compliance-checks';
import { FrameworkBadges } from './components/framework-badges';
import { PlanTaskTable } from './components/plan-task-table';
import { plansApi } from './plans-api';
import { PLANS_PATH, parsePlanId, planEditPath, planPath, savedPlanNoteOf, type DeletedPlanNote } from './plans-paths';
import { canEditPlan } from './state/plan-detail';
import './plans.css';

/** One plan, printable: header, documents implemented, goals, contents, task table by dimension, deadlines, compliance. */
export function PlanDetailPage() {
  const { t } = useI18n();
  const id = parsePlanId(useParams()['id']);
  const plan = useApiQuery(id === null ? null : { key: `plan:${id}`, load: (signal) => plansApi.get(id, signal) });
  if (id === null || (plan.status === 'error' && plan.error instanceof ApiError && plan.error.kind === 'not-found')) {
    return (
      <>
        <title>{`${t.plans.pageTitle} — GovIndex`}</title>
        <div className="page-heading">
          <h1>{t.plans.pageTitle}</h1>
        </div>
        <p className="notice notice--info" role="status" data-testid="plan-not-found">
          {t.plans.detail.notFound}
        </p>
        <p>
          <Link to={PLANS_PATH}>{t.plans.detail.back}</Link>
        </p>
      </>
    );
  }
  if (plan.status === 'error') return <ErrorNotice error={plan.error} onRetry={plan.retry} />;
  if (plan.status !== 'success') return <p className="tree-status">{t.units.tree.loading}</p>;
  return <PlanSheet key={`${plan.data.id}:${plan.data.version}`} plan={plan.data} />;
}

function PlanSheet({ plan }: { plan: PlanDetail }) {
  const { t, language } = useI18n();
  const texts = t.plans.detail;
  const session = useSignedInSession();
  const location = useLocation();
  const navigate = useNavigate();
  const saved = savedPlanNoteOf(location.state);
  const compliance = useApiQuery({ key: `plan-compliance:${plan.id}:${plan.version}`, load: (signal) => plansApi.compliance(plan.id, signal) });
  const { role, unitId } = session.user;
  // Whether the officer may change it depends on where the plan's unit sits: read it unless that is plain.
  const planUnit = useApiQuery(
    role === 'admin' || role === 'viewer' || unitId === plan.unit.id
      ? null
      : { key: `unit:${plan.unit.id}`, load: (signal) => unitsApi.detail(plan.unit.id, signal) },
  );
  const mayEdit =
    role === 'admin' ||
    (role !== 'viewer' && unitId === plan.unit.id) ||
    (planUnit.status === 'success' && canEditPlan(role, unitId, planUnit.data));
  const [deletion, setDeletion] = useState<{ kind: 'none' | 'confirm' | 'deleting' } | { kind: 'failed'; error: unknown }>({ kind: 'none' });

  const remove = async () => {
    setDeletion({ kind: 'deleting' });
    try {
      await plansApi.remove(plan.id, session.csrfToken);
      const note: DeletedPlanNote = { deleted: { unit: plan.unit.fullName, year: plan.year } };
      await navigate(PLANS_PATH, { state: note });
    } catch (error) {
      setDeletion({ kind: 'failed', error });
    }
  };

  const title = texts.title(plan.unit.fullName, plan.year);
  const issued = plan.issuedOn ? formatDate(plan.issuedOn) : null;
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className="plan-page">
      <title>{`${title} — GovIndex`}</title>
      <div className="plan-page__actions">
        <Link to={PLANS_PATH} className="button button--small button--quiet">
          {texts.back}
        </Link>
        {mayEdit && (
          <Link to={planEditPath(plan.id)} className="button button--small button--quiet">
            {texts.edit}
          </Link>
        )}
        {mayEdit && deletion.kind === 'none' && (
          <button type="button" className="button button--small button--quiet" onClick={() => setDeletion({ kind: 'confirm' })}>
            {texts.delete}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => window.print()} title={texts.printHint}>
          {texts.print}
        </button>
      </div>
      {(deletion.kind === 'confirm' || deletion.kind === 'deleting') && (
        <div className="notice notice--error plan-page__confirm" role="alertdialog" aria-label={texts.delete} data-testid="plan-delete-confirm">
          <span>{texts.deleteConfirm}</span>
          <span className="plan-page__confirm-actions">
            <button type="button" className="button button--small button--danger" disabled={deletion.kind === 'deleting'} onClick={() => void remove()}>
              {deletion.kind === 'deleting' ? texts.deleting : texts.deleteYes}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setDeletion({ kind: 'none' })}>
              {texts.deleteNo}
            </button>
          </span>
        </div>
      )}
      {deletion.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {describeError(deletion.error, t)}
        </p>
      )}
      {saved && (
        <p className="notice notice--success" role="status" data-testid="plan-saved">
          {texts.saved[saved]}
        </p>
      )}

      <article className="plan-sheet" aria-labelledby="plan-title" data-testid="plan-sheet">
        <header className="plan-sheet__header">
          <p className="plan-sheet__kicker">GovIndex · {t.plans.pageTitle}</p>
          <h1 id="plan-title" className="plan-sheet__title">
            {title}
          </h1>
          <p className="plan-sheet__number" data-testid="plan-number">
            {plan.number ? texts.numbered(plan.number, issued) : texts.unnumbered}
          </p>
          <dl className="plan-sheet__facts" aria-label={texts.facts}>
            <div>
              <dt>{texts.unit}</dt>
              <dd>{plan.unit.fullName}</dd>
            </div>
            <div>
              <dt>{texts.year}</dt>
              <dd>{plan.year}</dd>
            </div>
            <div>
              <dt>{texts.signer}</dt>
              <dd>{plan.signer ?? texts.none}</dd>
            </div>
            <div>
              <dt>{texts.frameworks}</dt>
              <dd>
                <FrameworkBadges codes={plan.frameworks} />
              </dd>
            </div>
            <div>
              <dt>{texts.status}</dt>
              <dd>
                <span className={`badge plan-status plan-status--${plan.status}`}>{t.plans.status[plan.status]}</span>
              </dd>
            </div>
            <div>
              <dt>{texts.taskCount}</dt>
              <dd data-testid="plan-task-count">{number(plan.taskCount)}</dd>
            </div>
            {plan.parentPlanId !== null && (
              <div>
                <dt>{texts.parentPlan}</dt>
                <dd>
                  <Link to={planPath(plan.parentPlanId)}>{texts.parentPlanLink}</Link>
                </dd>
              </div>
            )}
            <div>
              <dt>{texts.updatedAt}</dt>
              <dd>{formatDateTime(plan.updatedAt)}</dd>
            </div>
          </dl>
        </header>

        {plan.references.length > 0 && (
          <section aria-labelledby="plan-references-title" className="plan-sheet__section">
            <h2 id="plan-references-title" className="plan-sheet__heading">
              {texts.references}
            </h2>
            <ul className="plan-sheet__list" data-testid="plan-references">
              {plan.references.map((reference, index) => (
                <li key={index}>{texts.referenceLine(reference.number, reference.date ? formatDate(reference.date) : null, reference.issuer)}</li>
              ))}
            </ul>
          </section>
        )}

        {plan.targets.length > 0 && (
          <section aria-labelledby="plan-targets-title" className="plan-sheet__section">
            <h2 id="plan-targets-title" className="plan-sheet__heading">
              {texts.targets}
            </h2>
            <ul className="plan-sheet__list" data-testid="plan-targets">
              {plan.targets.map((target, index) => (
                <li key={index}>
                  <span className="badge plan-target__kind">{t.plans.targetKinds[target.kind]}</span> {target.text}
                </li>
              ))}
            </ul>
          </section>
        )}

        {plan.sections.length > 0 && (
          <section aria-labelledby="plan-sections-title" className="plan-sheet__section">
            <h2 id="plan-sections-title" className="plan-sheet__heading">
              {texts.sections}
            </h2>
            <div className="plan-sections" data-testid="plan-sections">
              {plan.sections.map((section, index) => (
                <section key={index} className="plan-section" aria-label={section.title}>
                  <h3 className="plan-section__title">{section.title}</h3>
                  {section.items.length > 0 && (
                    <ul className="plan-section__items">
                      {section.items.map((item, itemIndex) => (
                        <li key={itemIndex}>{item}</li>
                      ))}
                    </ul>
                  )}
                </section>
              ))}
            </div>
          </section>
        )}

        <section aria-labelledby="plan-tasks-title" className="plan-sheet__section">
          <h2 id="plan-tasks-title" className="plan-sheet__heading">
            {texts.tasks}
          </h2>
          <PlanTaskTable tasks={plan.tasks} showFramework={plan.frameworks.length > 1} />
        </section>

        {plan.reportingDeadlines.length > 0 && (
          <section aria-labelledby="plan-deadlines-title" className="plan-sheet__section">
            <h2 id="plan-deadlines-title" className="plan-sheet__heading">
              {texts.deadlines}
            </h2>
            <table className="data-table plan-deadlines" data-testid="plan-deadlines">
              <thead>
                <tr>
                  <th scope="col">{t.plans.form.deadlineKind}</th>
                  <th scope="col">{t.plans.form.deadlineDue}</th>
                  <th scope="col">{texts.dataPeriod}</th>
                </tr>
              </thead>
              <tbody>
                {plan.reportingDeadlines.map((deadline, index) => (
                  <tr key={index}>
                    <td>{t.plans.deadlineKinds[deadline.kind]}</td>
                    <td className="data-table__time">{formatDate(deadline.due)}</td>
                    <td>
                      {texts.dataPeriodText(deadline.dataFrom ? formatDate(deadline.dataFrom) : null, deadline.dataTo ? formatDate(deadline.dataTo) : null)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        <section aria-labelledby="plan-compliance-title" className="plan-sheet__section">
          <h2 id="plan-compliance-title" className="plan-sheet__heading">
            {t.plans.compliance.heading}
          </h2>
          <p className="plan-sheet__note">{t.plans.compliance.intro}</p>
          <ComplianceChecks compliance={compliance} />
        </section>
        <footer className="plan-sheet__footer">{texts.printedOn(formatDate(todayIsoDate()))}</footer>
      </article>
    </div>
  );
}
