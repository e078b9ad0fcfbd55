import { PASSWORD_MIN_LENGTH, passwordProblem } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new password typed twice, checked as typed with the server's rule (an invitation, a reset). */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = password ? passwordProblem(password) : null;
  const mismatch = confirm !== '' && confirm !== password;
  return {
    password,
    setPassword,
    confirm,
    setConfirm,
    touched,
    setTouched,
    problem,
    mismatch,
    /** Marks the fields touched and says whether the password may be sent. */
    ready: () => {
      setTouched(true);
      return !problem && !mismatch && password !== '';
    },
  };
}

/**
 * The two fields and their messages. `words` is the page's namespace (its `password`, `confirm`
 * and `mismatch`), `testId` the prefix of the fields' test ids.
 */
export function NewPasswordFields(props: { state: ReturnType<typeof useNewPassword>; words: string; testId: string }) {
  const { t } = useTranslation();
  const { state, words, testId } = props;
  return (
    <>
      <label>
        {t(`${words}.password`)}
        <input
          data-testid={`${testId}-password`}
          type="password"
          autoComplete="new-password"
          value={state.password}
          aria-invalid={state.touched && !!state.problem}
          onChange={(e) => state.setPassword(e.target.value)}
          onBlur={() => state.setTouched(true)}
        />
      </label>
      {state.touched && state.problem && (
        <p className="error">{t(`reasons.${state.problem}`, { min: PASSWORD_MIN_LENGTH })}</p>
      )}
      <label>
        {t(`${words}.confirm`)}
        <input
          data-testid={`${testId}-confirm`}
          type="password"
          autoComplete="new-password"
          value={state.confirm}
          aria-invalid={state.mismatch}
          onChange={(e) => state.setConfirm(e.target.value)}
        />
      </label>
      {state.mismatch && <p className="error">{t(`${words}.mismatch`)}</p>}
    </>
  );
}
