import { PASSWORD_MIN_LENGTH } from '@jamsos/schema';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import { NewPasswordFields, useNewPassword } from './NewPassword';

const AcceptMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      viewer {
        user {
          id
        }
      }
    }
  }
`);

/** Where an invited person sets a password; on success they are logged in (the app shows home). */
export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [{ fetching, error }, accept] = useMutation(AcceptMutation);
  const newPassword = useNewPassword();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!newPassword.ready()) return;
    void accept({ input: { token, password: newPassword.password } });
  };
  const invalid = error && reasonKey(error) === 'reasons.INVITATION_INVALID';
  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-busy={fetching} noValidate>
        <h1>{t('invitation.title')}</h1>
        <p className="muted">{t('invitation.intro', { min: PASSWORD_MIN_LENGTH })}</p>
        <NewPasswordFields state={newPassword} words="invitation" testId="invitation" />
        {error && (
          <p className="error" role="alert" data-testid="invitation-error">
            {t(reasonKey(error) ?? `errors.${errorKey(error)}`, { min: PASSWORD_MIN_LENGTH })}
          </p>
        )}
        {invalid ? (
          <Link to="/login">{t('invitation.toLogin')}</Link>
        ) : (
          <button data-testid="invitation-submit" type="submit" disabled={fetching}>
            {t('invitation.submit')}
          </button>
        )}
      </form>
    </main>
  );
}
