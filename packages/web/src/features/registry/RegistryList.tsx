import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { NoRegistryNotice, ReadOnlyNotice } from '../access/Notices';
import type { registryAccess } from './access';

/**
 * The frame of a registry list (businesses, workers): its title, the import and "new" buttons for
 * those who edit, the notice for those who only read, and for those who keep no registry the notice
 * in place of the list.
 */
export function RegistryListFrame(props: {
  access: ReturnType<typeof registryAccess>;
  title: string;
  /** The import page's `jenis` for this list. */
  importKind: 'usaha' | 'pekerja';
  newPath: string;
  newLabel: string;
  newTestId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { access } = props;
  return (
    <div className="stack">
      <div className="row spread">
        <h1>{props.title}</h1>
        {access.canEdit && (
          <div className="row">
            <Link className="button secondary" to={`/impor?jenis=${props.importKind}`}>
              {t('import.title')}
            </Link>
            <Link className="button" to={props.newPath} data-testid={props.newTestId}>
              {props.newLabel}
            </Link>
          </div>
        )}
      </div>
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      {!access.keepsRegistry ? <NoRegistryNotice /> : <section className="card stack">{props.children}</section>}
    </div>
  );
}

/**
 * A registry list's page as it stands: the error when nothing came, "loading" until the first
 * answer, "no entries" for an empty one, else the table (`children`).
 */
export function RegistryListBody(props: {
  error: CombinedError | undefined;
  fetching: boolean;
  /** The list as the server sent it, if it has. */
  list: { totalCount: number } | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {props.error && (!props.list || reasonKey(props.error)) && (
        // A reason (e.g. too many whole-NIK look-ups) says more than the code.
        <p className="error" role="alert" data-testid="list-error">
          {t(reasonKey(props.error) ?? `errors.${errorKey(props.error)}`)}
        </p>
      )}
      {props.fetching && !props.list ? (
        <p role="status">{t('loading')}</p>
      ) : props.list?.totalCount === 0 ? (
        <p className="muted" data-testid="empty">
          {t('registry.empty')}
        </p>
      ) : (
        props.children
      )}
    </>
  );
}
