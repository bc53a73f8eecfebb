import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/i18n';
import { useSignedInSession } from '../auth/session';
import { UserForm } from './components/user-form';
import { createUserRequest, EMPTY_USER_FORM, type UserFormValues } from './state/user-form';
import { usersApi } from './users-api';
import { USERS_PATH, type SavedUserNote } from './users-paths';

export function UserCreatePage() {
  const { t } = useI18n();
  const { csrfToken } = useSignedInSession();
  const navigate = useNavigate();

  const save = async (values: UserFormValues) => {
    const created = await usersApi.create(createUserRequest(values), csrfToken);
    const note: SavedUserNote = { saved: { email: created.email, action: 'created' } };
    await navigate(USERS_PATH, { state: note });
    return 'saved' as const;
  };

  return (
    <>
      <title>{`${t.users.form.createTitle} — GovIndex`}</title>
      <div className="page-heading">
        <h1>{t.users.form.createTitle}</h1>
        <p className="page-heading__intro">{t.users.form.createIntro}</p>
      </div>
      <UserForm mode="create" initial={EMPTY_USER_FORM} onSubmit={save} onCancel={() => void navigate(USERS_PATH)} />
    </>
  );
}
