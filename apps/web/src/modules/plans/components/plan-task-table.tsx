import type { PlanTask } from '@govindex/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { frameworkShortName, groupTasksByDimension } from '../state/plan-detail';

/** The task table of a plan (Biểu tổng hợp nhiệm vụ), one table per dimension, with the linked indicator of each task. */
export function PlanTaskTable({ tasks, showFramework }: { tasks: readonly PlanTask[]; showFramework: boolean }) {
  const { t, language } = useI18n();
  const texts = t.plans.tasks;
  const groups = groupTasksByDimension(tasks);
  if (groups.length === 0) return <p className="empty-hint">{texts.empty}</p>;
  return (
    <div className="plan-task-groups" data-testid="plan-tasks">
      {groups.map((group) => (
        <section key={group.key} className="plan-task-group" data-testid="plan-task-group" aria-label={group.dimension ?? t.plans.detail.noDimension}>
          <h3 className="plan-task-group__title">
            {showFramework && group.framework && <span className="badge plan-task-group__framework">{frameworkShortName(group.framework)}</span>}
            {group.indicatorCode && <code className="plan-task-group__code">{group.indicatorCode}</code>}
            <span>{group.dimension ?? t.plans.detail.noDimension}</span>
            <span className="plan-task-group__count">{t.plans.detail.groupTaskCount(formatNumber(group.tasks.length, language))}</span>
          </h3>
          <div className="table-scroller">
            <table className="data-table plan-task-table">
              <caption className="visually-hidden">{group.dimension ?? t.plans.detail.noDimension}</caption>
              <thead>
                <tr>
                  <th scope="col" className="data-table__number plan-task-table__col-position">
                    {texts.position}
                  </th>
                  <th scope="col" className="plan-task-table__col-sub">
                    {texts.subDimension}
                  </th>
                  <th scope="col">{texts.task}</th>
                  <th scope="col" className="plan-task-table__col-product">
                    {texts.product}
                  </th>
                  <th scope="col" className="plan-task-table__col-lead">
                    {texts.lead}
                  </th>
                  <th scope="col" className="plan-task-table__col-implementers">
                    {texts.implementers}
                  </th>
                  <th scope="col" className="plan-task-table__col-timeline">
                    {texts.timeline}
                  </th>
                  <th scope="col" className="plan-task-table__col-indicator">
                    {texts.indicator}
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.tasks.map((task) => (
                  <tr key={task.id} data-testid="plan-task">
                    {/* The task's number in the plan, as the compliance checks name it ("nhiệm vụ 5"). */}
                    <td className="data-table__number">{task.position}</td>
                    <td>{task.subDimension ?? <span className="muted">—</span>}</td>
                    <td className="plan-task-table__task">{task.task}</td>
                    <td>
                      {task.product ?? <span className="muted">—</span>}
                      {task.kpis.length > 0 && (
                        <span className="plan-task-table__kpis">
                          {task.kpis.map((kpi, index) => (
                            <span key={index} className="badge plan-kpi">
                              {kpi.text}
                            </span>
                          ))}
                        </span>
                      )}
                    </td>
                    <td>{task.lead ?? <span className="muted">—</span>}</td>
                    <td>{task.implementers ?? <span className="muted">—</span>}</td>
                    <td>{task.timeline.text || <span className="muted">—</span>}</td>
                    <td>{task.indicatorCode ? <code>{task.indicatorCode}</code> : <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
