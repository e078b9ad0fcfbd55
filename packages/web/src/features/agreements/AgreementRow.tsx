import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

/** What a row of the agreements tables shows. */
export const AgreementRowFragment = graphql(`
  fragment AgreementRow_Agreement on Agreement {
    id
    scope
    title
    number
    signedOn
    validFrom
    validUntil
    status
    version
    revokedBy
    grantor {
      id
      name
    }
    grantee {
      id
      name
    }
  }
`);

/** The agreement a revoke is about, for the page to send it and say what it saved. */
type Revoked = { id: string; version: number; grantee: { name: string } };

/**
 * An agreement, from one side: `mine` (granted: the grantee named, an admin may revoke it while
 * it runs or waits) or received (the grantor named, its directory opened while it runs).
 */
export function AgreementRow(props: {
  agreement: FragmentType<typeof AgreementRowFragment>;
  mine: boolean;
  canRevoke: boolean;
  revoking: boolean;
  onRevoke: (agreement: Revoked) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const a = getFragmentData(AgreementRowFragment, props.agreement);
  const mine = props.mine;
  return (
    <tr data-testid="agreement-row">
      <td data-label={mine ? t('agreements.grantee') : t('agreements.grantor')}>
        {mine ? a.grantee.name : a.grantor.name}
      </td>
      <td data-label={t('agreements.scope')}>{t(`scope.${a.scope}`)}</td>
      <td data-label={t('agreements.document')}>
        {a.title}
        <span className="muted small">
          {' '}
          · {a.number} · {f.date(a.signedOn as string)}
        </span>
      </td>
      <td data-label={t('agreements.period')}>
        {f.date(a.validFrom as string)} – {f.date(a.validUntil as string)}
      </td>
      <td data-label={t('agreements.status')}>
        <span className={`badge agreement-${a.status.toLowerCase()}`}>{t(`agreementStatus.${a.status}`)}</span>
      </td>
      <td>
        {mine && props.canRevoke && (a.status === 'ACTIVE' || a.status === 'FUTURE') && (
          <button
            type="button"
            className="danger"
            data-testid="revoke"
            disabled={props.revoking}
            onClick={() => {
              if (window.confirm(t('agreements.confirmRevoke', { name: a.grantee.name }))) props.onRevoke(a);
            }}
          >
            {t('agreements.revoke')}
          </button>
        )}
        {!mine && a.status === 'ACTIVE' && a.scope === 'BUSINESS_DIRECTORY' && (
          <Link to={`/mitra/${a.grantor.id}`}>{t('agreements.openDirectory')}</Link>
        )}
      </td>
    </tr>
  );
}
