import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import { byField, serverProblems } from '../registry/problems';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        user {
          id
        }
      }
    }
  }
`);

export default function LoginPage() {
  const { t } = useTranslation();
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Which inputs the server refused (`extensions.problems`, as everywhere): marked for assistive
  // technology; the message below stays the one the error code gives.
  const refused = byField(serverProblems(error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void login({ input: { email, password } });
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-busy={fetching}>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <label>
          {t('login.email')}
          <input
            data-testid="login-email"
            type="email"
            autoComplete="username"
            required
            aria-invalid={refused.email ? true : undefined}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={refused.password ? true : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="login-error">
            {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
          </p>
        )}
        <button data-testid="login-submit" type="submit" disabled={fetching}>
          {fetching ? t('login.submitting') : t('login.submit')}
        </button>
        <Link to="/lupa-sandi" data-testid="forgot-password">
          {t('passwordReset.forgotLink')}
        </Link>
        <p className="muted small">{t('login.demoHint')}</p>
      </form>
    </main>
  );
}
