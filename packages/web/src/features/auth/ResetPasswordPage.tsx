import { PASSWORD_MIN_LENGTH } from '@jamsos/schema';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import { NewPasswordFields, useNewPassword } from './NewPassword';

const ResetMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The emailed link's page: a new password, once; then the person logs in with it. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [{ fetching, error, data }, reset] = useMutation(ResetMutation);
  const newPassword = useNewPassword();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!newPassword.ready()) return;
    void reset({ input: { token, password: newPassword.password } });
  };
  const invalid = error && reasonKey(error) === 'reasons.RESET_INVALID';
  if (data?.resetPassword) {
    return (
      <main className="login">
        <section className="card login-card" role="status" data-testid="reset-done">
          <h1>{t('passwordReset.doneTitle')}</h1>
          <p>{t('passwordReset.done')}</p>
          <Link to="/login">{t('passwordReset.toLogin')}</Link>
        </section>
      </main>
    );
  }
  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-busy={fetching} noValidate>
        <h1>{t('passwordReset.resetTitle')}</h1>
        <p className="muted">{t('passwordReset.resetIntro', { min: PASSWORD_MIN_LENGTH })}</p>
        <NewPasswordFields state={newPassword} words="passwordReset" testId="reset" />
        {error && (
          <p className="error" role="alert" data-testid="reset-error">
            {invalid
              ? t('passwordReset.invalid')
              : t(reasonKey(error) ?? `errors.${errorKey(error)}`, { min: PASSWORD_MIN_LENGTH })}
          </p>
        )}
        {invalid ? (
          <Link to="/lupa-sandi">{t('passwordReset.askAgain')}</Link>
        ) : (
          <button data-testid="reset-submit" type="submit" disabled={fetching}>
            {t('passwordReset.save')}
          </button>
        )}
      </form>
    </main>
  );
}
