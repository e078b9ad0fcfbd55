import { PASSWORD_MIN_LENGTH, passwordProblem } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';

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
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = password ? passwordProblem(password) : null;
  const mismatch = confirm !== '' && confirm !== password;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem || mismatch || !password) return;
    void accept({ input: { token, password } });
  };
  const invalid = error && reasonKey(error) === 'reasons.INVITATION_INVALID';
  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-busy={fetching} noValidate>
        <h1>{t('invitation.title')}</h1>
        <p className="muted">{t('invitation.intro', { min: PASSWORD_MIN_LENGTH })}</p>
        <label>
          {t('invitation.password')}
          <input
            data-testid="invitation-password"
            type="password"
            autoComplete="new-password"
            value={password}
            aria-invalid={touched && !!problem}
            onChange={(e) => setPassword(e.target.value)}
            onBlur={() => setTouched(true)}
          />
        </label>
        {touched && problem && <p className="error">{t(`reasons.${problem}`, { min: PASSWORD_MIN_LENGTH })}</p>}
        <label>
          {t('invitation.confirm')}
          <input
            data-testid="invitation-confirm"
            type="password"
            autoComplete="new-password"
            value={confirm}
            aria-invalid={mismatch}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </label>
        {mismatch && <p className="error">{t('invitation.mismatch')}</p>}
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
