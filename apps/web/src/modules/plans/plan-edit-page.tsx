import type { CatalogResponse, PlanDetail } from '@govindex/contracts';
import { useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from '../catalog/catalog-api';
import { unitsApi } from '../units/units-api';
import { unitChoiceOfDetail, type UnitChoice } from '../users/state/user-form';
import { PlanForm } from './components/plan-form';
import { plansApi } from './plans-api';
import { parsePlanId, planPath, type SavedPlanNote } from './plans-paths';
import { formValuesOfDetail, planInputOf, type PlanFormValues } from './state/plan-form';
import './plans.css';

interface EditedPlan {
  plan: PlanDetail;
  unit: UnitChoice;
  catalog: CatalogResponse;
}

/** The plan with its unit, read whole (with its path) for the unit picker, and the catalog's frameworks. */
async function loadEditedPlan(id: number, signal: AbortSignal): Promise<EditedPlan> {
  const [plan, catalog] = await Promise.all([plansApi.get(id, signal), catalogApi.list()]);
  const unit = unitChoiceOfDetail(await unitsApi.detail(plan.unit.id, signal));
  return { plan, unit, catalog };
}

/**
 * Edits a stored plan. The version it was opened at goes with the save: when someone saved it in between,
 * the API answers 409 and the form says to reload rather than overwrite their work.
 */
export function PlanEditPage() {
  const { t } = useI18n();
  const id = parsePlanId(useParams()['id']);
  const { csrfToken } = useSignedInSession();
  const navigate = useNavigate();
  const edited = useApiQuery(id === null ? null : { key: `plan-edit:${id}`, load: (signal) => loadEditedPlan(id, signal) });

  const heading =
    edited.status === 'success'
      ? t.plans.edit.pageTitle(edited.data.plan.unit.fullName, edited.data.plan.year)
      : t.plans.detail.edit;
  let body;
  if (id === null) body = <p className="notice notice--error">{t.plans.detail.notFound}</p>;
  else if (edited.status === 'error') body = <ErrorNotice error={edited.error} onRetry={edited.retry} />;
  else if (edited.status !== 'success') body = <p className="tree-status">{t.units.tree.loading}</p>;
  else {
    const { plan, unit, catalog } = edited.data;
    const save = async (values: PlanFormValues) => {
      const saved = await plansApi.update(plan.id, planInputOf(values, plan.version), csrfToken);
      const note: SavedPlanNote = { saved: 'updated' };
      await navigate(planPath(saved.id), { state: note });
    };
    body = (
      <PlanForm
        // A reload gives a new version: the form starts again from it.
        key={`${plan.id}:${plan.version}`}
        initial={formValuesOfDetail(plan, unit)}
        frameworks={catalog.frameworks}
        onSubmit={save}
        onCancel={() => void navigate(planPath(plan.id))}
        onReload={edited.retry}
      />
    );
  }

  return (
    <>
      <title>{`${heading} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{heading}</h1>
        <p className="page-heading__intro">{t.plans.edit.pageIntro}</p>
      </div>
      {body}
    </>
  );
}
