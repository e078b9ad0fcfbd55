import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';

const PreferencesQuery = graphql(`
  query EmailPreferences {
    emailPreferences {
      language
      notices
      choices
    }
  }
`);

const UpdatePreferences = graphql(`
  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      language
      notices
      choices
    }
  }
`);

/** On the profile page: which notices also come by email, and in which language. */
export function EmailPreferences() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PreferencesQuery });
  const [update, save] = useMutation(UpdatePreferences);
  const [language, setLanguage] = useState('id');
  const [notices, setNotices] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!data) return;
    setLanguage(data.emailPreferences.language);
    setNotices(data.emailPreferences.notices);
  }, [data]);
  if (!data) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save({ input: { language, notices } }).then((result) => setSaved(!result.error));
  };
  return (
    <form className="card stack" onSubmit={submit} data-testid="email-preferences">
      <h2>{t('emailNotices.title')}</h2>
      <p className="muted">{t('emailNotices.intro')}</p>
      <fieldset className="email-choices">
        <legend>{t('emailNotices.which')}</legend>
        {data.emailPreferences.choices.map((choice) => (
          <label key={choice} className="email-choice">
            <input
              type="checkbox"
              checked={notices.includes(choice)}
              onChange={(e) =>
                setNotices(e.target.checked ? [...notices, choice] : notices.filter((n) => n !== choice))
              }
            />{' '}
            {t(`emailNotices.choice.${choice}`, { defaultValue: choice })}
          </label>
        ))}
      </fieldset>
      <label>
        {t('emailNotices.language')}{' '}
        <select value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      {update.error && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(update.error)}`)}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          {t('emailNotices.saved')}
        </p>
      )}
      <p>
        <button type="submit" disabled={update.fetching} data-testid="email-preferences-save">
          {t('emailNotices.save')}
        </button>
      </p>
    </form>
  );
}
