import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { catalogApi } from '../catalog/catalog-api';
import { useOwnUnit } from '../units/use-own-unit';
import { unitChoiceOfDetail } from '../users/state/user-form';
import { PlanForm } from './components/plan-form';
import { plansApi } from './plans-api';
import { PLANS_PATH, planPath, type SavedPlanNote } from './plans-paths';
import { emptyPlanForm, planInputOf, type PlanFormValues } from './state/plan-form';
import './plans.css';

/** "Tạo kế hoạch": a new plan, of the officer's own unit for next year unless changed. */
export function PlanCreatePage() {
  const { t } = useI18n();
  const { csrfToken } = useSignedInSession();
  const navigate = useNavigate();
  const own = useOwnUnit();
  const catalog = useApiQuery({ key: 'catalog', load: () => catalogApi.list() });

  const save = async (values: PlanFormValues) => {
    const created = await plansApi.create(planInputOf(values), csrfToken);
    const note: SavedPlanNote = { saved: 'created' };
    await navigate(planPath(created.id), { state: note });
  };

  let body;
  if (catalog.status === 'error') body = <ErrorNotice error={catalog.error} onRetry={catalog.retry} />;
  else if (catalog.status !== 'success' || !own.settled) body = <p className="tree-status">{t.units.tree.loading}</p>;
  else {
    const initial = emptyPlanForm(own.unit ? unitChoiceOfDetail(own.unit) : null, new Date().getFullYear());
    body = <PlanForm initial={initial} frameworks={catalog.data.frameworks} onSubmit={save} onCancel={() => void navigate(PLANS_PATH)} />;
  }

  return (
    <>
      <title>{`${t.plans.create.pageTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.plans.create.pageTitle}</h1>
        <p className="page-heading__intro">{t.plans.create.pageIntro}</p>
      </div>
      {body}
    </>
  );
}
