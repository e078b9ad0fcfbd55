import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';

const RequestReset = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/**
 * "Lupa kata sandi?": asks for a link by email. The answer is the same whether or not the address
 * has an account, so the page never says which.
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [{ fetching, error, data }, request] = useMutation(RequestReset);
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) void request({ input: { email } });
  };
  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-busy={fetching}>
        <h1>{t('passwordReset.forgotTitle')}</h1>
        {data?.requestPasswordReset ? (
          <p role="status" data-testid="reset-requested">
            {t('passwordReset.requested', { email })}
          </p>
        ) : (
          <>
            <p className="muted">{t('passwordReset.forgotIntro')}</p>
            <label>
              {t('passwordReset.email')}
              <input
                data-testid="reset-email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </label>
            {error && (
              <p className="error" role="alert">
                {t(`errors.${errorKey(error)}`)}
              </p>
            )}
            <button data-testid="reset-request" type="submit" disabled={fetching}>
              {t('passwordReset.send')}
            </button>
          </>
        )}
        <Link to="/login">{t('passwordReset.toLogin')}</Link>
      </form>
    </main>
  );
}
