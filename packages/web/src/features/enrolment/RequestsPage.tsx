import { type Caller, mayEditRegistry, mayProcessEnrolment } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { EnrolmentRequestStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { SelectFilter } from '../registry/Filters';
import { RequestProgress } from './RequestProgress';

export const EnrolmentViewerFragment = graphql(`
  fragment Enrolment_Viewer on Viewer {
    user {
      id
      role
    }
    organization {
      id
      kind
    }
  }
`);

export type EnrolmentViewerProp = FragmentType<typeof EnrolmentViewerFragment>;

export function enrolmentAccess(viewerRef: EnrolmentViewerProp) {
  const viewer = getFragmentData(EnrolmentViewerFragment, viewerRef);
  const caller: Caller = { role: viewer.user.role, kind: viewer.organization.kind };
  return {
    isOffice: caller.kind === 'BPJS_OFFICE',
    canRequest: mayEditRegistry(caller),
    canProcess: mayProcessEnrolment(caller),
  };
}

const STATUSES: EnrolmentRequestStatus[] = ['DRAFT', 'SENT', 'IN_PROGRESS', 'DONE'];

const RequestsQuery = graphql(`
  query EnrolmentRequests($first: Int!, $after: String, $status: EnrolmentRequestStatus, $direction: EnrolmentDirection) {
    enrolmentRequests(first: $first, after: $after, status: $status, direction: $direction) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          sentAt
          createdAt
          lineCount
          monthlyTotal
          partner {
            id
            name
          }
          recipient {
            id
            name
          }
          ...RequestProgress_Request
        }
      }
    }
  }
`);

/**
 * A partner's requests (pengajuan) and where each stands; for a BPJS office the same page is its
 * queue: requests sent to it, the unfinished first by default.
 */
export default function RequestsPage(props: { viewer: EnrolmentViewerProp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const access = enrolmentAccess(props.viewer);
  const { params, after } = useUrlFilters();
  const status = params.get('status') as EnrolmentRequestStatus | null;
  const [{ data, fetching, error }] = useQuery({
    query: RequestsQuery,
    requestPolicy: 'cache-and-network',
    variables: {
      first: 20,
      after,
      status: status ?? (access.isOffice ? 'SENT' : null),
      direction: access.isOffice ? 'INCOMING' : 'OUTGOING',
    },
  });
  const requests = data?.enrolmentRequests.edges.map((e) => e.node) ?? [];
  return (
    <div className="stack enrolment">
      <div className="row spread">
        <h1>{access.isOffice ? t('enrolment.queue.title') : t('enrolment.list.title')}</h1>
        {access.canRequest && (
          <Link className="button" to="/kepesertaan/baru" data-testid="new-request">
            {t('enrolment.list.new')}
          </Link>
        )}
      </div>
      {access.isOffice && <p className="muted">{t('enrolment.queue.intro')}</p>}
      <section className="card stack">
        <search className="filters">
          <SelectFilter
            label={t('enrolment.list.status')}
            param="status"
            testId="request-status-filter"
            defaultValue={access.isOffice ? 'SENT' : undefined}
            options={STATUSES.filter((s) => !access.isOffice || s !== 'DRAFT').map((s) => ({
              value: s,
              label: t(`enrolment.status.${s}`),
            }))}
          />
        </search>
        {error && !data && (
          <p className="error" role="alert">
            {t(`errors.${errorKey(error)}`)}
          </p>
        )}
        {fetching && !data ? (
          <p role="status">{t('loading')}</p>
        ) : requests.length === 0 ? (
          <p className="muted" data-testid="empty">
            {t('enrolment.list.empty')}
          </p>
        ) : (
          <table className="table" data-testid="request-table">
            <thead>
              <tr>
                <th>{t('enrolment.list.number')}</th>
                <th>{access.isOffice ? t('enrolment.list.partner') : t('enrolment.list.office')}</th>
                <th>{t('enrolment.list.sentOn')}</th>
                <th>{t('enrolment.list.status')}</th>
                <th>{t('enrolment.list.progress')}</th>
                <th className="num">{t('enrolment.list.monthly')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="request-row">
                  <td data-label={t('enrolment.list.number')}>
                    <Link to={`/kepesertaan/${r.id}`}>{r.title}</Link>
                    <span className="muted small"> · {t('enrolment.list.lineCount', { count: r.lineCount })}</span>
                  </td>
                  <td data-label={access.isOffice ? t('enrolment.list.partner') : t('enrolment.list.office')}>
                    {access.isOffice ? r.partner.name : r.recipient.name}
                  </td>
                  <td data-label={t('enrolment.list.sentOn')}>{r.sentAt ? format.date(r.sentAt) : '—'}</td>
                  <td data-label={t('enrolment.list.status')}>
                    <span className={`badge request-${r.status.toLowerCase()}`}>
                      {t(`enrolment.status.${r.status}`)}
                    </span>
                  </td>
                  <td data-label={t('enrolment.list.progress')}>
                    <RequestProgress request={r} />
                  </td>
                  <td data-label={t('enrolment.list.monthly')} className="num">
                    {format.rupiah(r.monthlyTotal)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager connection={data?.enrolmentRequests} />
      </section>
    </div>
  );
}
