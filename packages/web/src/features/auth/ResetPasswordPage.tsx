import { PASSWORD_MIN_LENGTH, passwordProblem } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';

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
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = password ? passwordProblem(password) : null;
  const mismatch = confirm !== '' && confirm !== password;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem || mismatch || !password) return;
    void reset({ input: { token, password } });
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
        <label>
          {t('passwordReset.password')}
          <input
            data-testid="reset-password"
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
          {t('passwordReset.confirm')}
          <input
            data-testid="reset-confirm"
            type="password"
            autoComplete="new-password"
            value={confirm}
            aria-invalid={mismatch}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </label>
        {mismatch && <p className="error">{t('passwordReset.mismatch')}</p>}
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
