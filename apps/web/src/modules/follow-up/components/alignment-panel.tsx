import type { AlignmentResponse, FollowUpItem } from '@govindex/contracts';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatNumber, todayIsoDate } from '../../../shared/format/format';
import { useApiQuery } from '../../../shared/hooks/use-api-query';
import { QueryView } from '../../overview/components/query-view';
import { followUpApi } from '../follow-up-api';
import { followUpPath } from '../follow-up-paths';
import { alignmentRows, draftOfRow, existingItemFor, unitsWithRows, type AlignmentRow, type FollowUpDraft } from '../state/alignment';
import { useFollowUpText } from '../use-follow-up-text';
import { FollowUpDialog } from './follow-up-dialog';
import '../follow-up.css';

interface Loaded {
  alignment: AlignmentResponse;
  items: FollowUpItem[];
}

/**
 * "Đối chiếu kế hoạch – kết quả" on the district's home: each commune's plan of the year beside the weak
 * indicators of the year before, its plan's timing and its late reports, each with a one-click follow-up.
 */
export function AlignmentPanel({ unitId, framework, year, canCreate }: { unitId: number; framework: string; year: number; canCreate: boolean }) {
  const { f } = useFollowUpText();
  const [revision, setRevision] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const loaded = useApiQuery<Loaded>({
    key: `alignment:${unitId}:${framework}:${year}:${revision}`,
    load: async (signal) => {
      const [alignment, list] = await Promise.all([followUpApi.alignment(unitId, framework, year, signal), followUpApi.list({ unitId }, signal)]);
      return { alignment, items: list.items };
    },
  });
  return (
    <section className="panel overview-section alignment-panel" aria-labelledby="alignment-title" data-testid="alignment-panel">
      <h2 id="alignment-title" className="panel__title overview-section__title">
        {f.alignment.title(year)}
      </h2>
      {created && (
        <p className="notice notice--success" role="status" data-testid="follow-up-created">
          <span>{created}</span>
          <Link to={followUpPath()} className="button button--small button--quiet">
            {f.dialog.viewList}
          </Link>
        </p>
      )}
      <QueryView query={loaded}>
        {(data) => (
          <AlignmentTable
            data={data}
            framework={framework}
            year={year}
            canCreate={canCreate}
            onOpen={() => setCreated(null)}
            onCreated={(item) => {
              setCreated(f.dialog.created(item.unit.fullName));
              setRevision((value) => value + 1);
            }}
          />
        )}
      </QueryView>
    </section>
  );
}

function AlignmentTable({
  data,
  framework,
  year,
  canCreate,
  onOpen,
  onCreated,
}: {
  data: Loaded;
  framework: string;
  year: number;
  canCreate: boolean;
  onOpen: () => void;
  onCreated: (item: FollowUpItem) => void;
}) {
  const { f, language } = useFollowUpText();
  const texts = f.alignment;
  const rows = useMemo(() => alignmentRows(data.alignment), [data.alignment]);
  const [draft, setDraft] = useState<FollowUpDraft | null>(null);

  const open = (row: AlignmentRow) => {
    onOpen();
    setDraft(
      draftOfRow(row, {
        framework,
        year,
        today: todayIsoDate(),
        reason: texts.reasonText(row.reason, year),
        action: texts.actionText(row.reason, year),
      }),
    );
  };

  return (
    <>
      <p className="overview-section__note alignment-panel__note">{texts.note(data.alignment.planYear, data.alignment.resultsYear)}</p>
      {rows.length === 0 ? (
        <p className="empty-hint">{texts.empty}</p>
      ) : (
        <>
          <p className="alignment-panel__summary">{texts.summary(formatNumber(rows.length, language), formatNumber(unitsWithRows(rows), language))}</p>
          <div className="table-scroller alignment-panel__scroller">
            <table className="data-table alignment-table" data-testid="alignment-table">
              <caption className="visually-hidden">{texts.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.unit}</th>
                  <th scope="col">{texts.reason}</th>
                  <th scope="col" className="data-table__actions">
                    <span className="visually-hidden">{texts.action}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const existing = existingItemFor(row, data.items, framework, year);
                  return (
                    <tr key={row.key} data-unit-id={row.unit.id} data-reason={row.reason.kind}>
                      <th scope="row">{row.unit.fullName}</th>
                      <td>
                        <span className={`badge alignment-badge alignment-badge--${row.reason.kind}`}>{f.reasonKinds[row.reason.kind]}</span>{' '}
                        {texts.reasonText(row.reason, year)}
                      </td>
                      <td className="data-table__actions">
                        {existing ? (
                          <Link to={followUpPath({ unitId: row.unit.id })} className="alignment-table__exists" aria-label={texts.existsLabel(row.unit.fullName)}>
                            {texts.exists} · {f.status[existing.status]}
                          </Link>
                        ) : (
                          canCreate && (
                            <button
                              type="button"
                              className="button button--small button--quiet"
                              aria-label={`${texts.createLabel(row.unit.fullName)}: ${texts.reasonText(row.reason, year)}`}
                              onClick={() => open(row)}
                            >
                              {texts.create}
                            </button>
                          )
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="timeliness-panel__more">
        <Link to={followUpPath()}>{texts.viewAll}</Link>
      </p>
      {draft && (
        <FollowUpDialog
          draft={draft}
          onClose={() => setDraft(null)}
          onCreated={(item) => {
            setDraft(null);
            onCreated(item);
          }}
        />
      )}
    </>
  );
}
