import type { UserSummary } from '@govindex/contracts';
import { useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../../app/error-notice';
import { useI18n } from '../../app/i18n/i18n';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSession, useSignedInSession } from '../auth/session';
import { unitsApi } from '../units/units-api';
import { UserForm } from './components/user-form';
import { formValuesOf, unitChoiceOfDetail, updateUserRequest, type UnitChoice, type UserFormValues } from './state/user-form';
import { usersApi } from './users-api';
import { USERS_PATH, type SavedUserNote } from './users-paths';

interface EditedUser {
  user: UserSummary;
  unit: UnitChoice | null;
}

/** The user with the unit they sit on, read whole (with its path) for the unit picker. */
async function loadEditedUser(id: number, signal: AbortSignal): Promise<EditedUser> {
  const user = await usersApi.get(id, signal);
  const unit = user.unitId === null ? null : unitChoiceOfDetail(await unitsApi.detail(user.unitId, signal));
  return { user, unit };
}

export function UserEditPage() {
  const { t } = useI18n();
  const params = useParams();
  const id = /^[1-9]\d{0,15}$/.test(params['id'] ?? '') ? Number(params['id']) : null;
  const session = useSignedInSession();
  const { signIn, expire } = useSession();
  const navigate = useNavigate();
  const edited = useApiQuery(id === null ? null : { key: `user:${id}`, load: (signal) => loadEditedUser(id, signal) });

  const heading = edited.status === 'success' ? t.users.form.editTitle(edited.data.user.displayName) : t.users.form.editTitle('…');
  let body;
  if (id === null) body = <p className="notice notice--error">{t.errors.notFound}</p>;
  else if (edited.status === 'error') body = <ErrorNotice error={edited.error} onRetry={edited.retry} />;
  else if (edited.status !== 'success') body = <p className="tree-status">{t.units.tree.loading}</p>;
  else {
    const { user, unit } = edited.data;
    const save = async (values: UserFormValues) => {
      const request = updateUserRequest(user, values);
      if (Object.keys(request).length === 0) return 'unchanged' as const;
      const saved = await usersApi.update(user.id, request, session.csrfToken);
      if (saved.id === session.user.id) {
        // A new password ends every session of its user, this one included: sign in again with it.
        if (request.password !== undefined) {
          expire();
          return 'saved' as const;
        }
        // Editing one's own name shows at once in the header.
        signIn({ ...session, user: saved });
      }
      const note: SavedUserNote = { saved: { email: saved.email, action: 'updated' } };
      await navigate(USERS_PATH, { state: note });
      return 'saved' as const;
    };
    body = (
      <UserForm
        key={user.id}
        mode="edit"
        initial={formValuesOf(user, unit)}
        isSelf={user.id === session.user.id}
        onSubmit={save}
        onCancel={() => void navigate(USERS_PATH)}
      />
    );
  }

  return (
    <>
      <title>{`${heading} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{heading}</h1>
        <p className="page-heading__intro">{t.users.form.editIntro}</p>
      </div>
      {body}
    </>
  );
}
