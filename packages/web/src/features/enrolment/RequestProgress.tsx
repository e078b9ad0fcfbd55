import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

export const RequestProgressFragment = graphql(`
  fragment RequestProgress_Request on EnrolmentRequest {
    lineCount
    registeredCount
    rejectedCount
    pendingCount
  }
`);

/** Registered, rejected and waiting lines of a request, as a bar and in words. */
export function RequestProgress(props: { request: FragmentType<typeof RequestProgressFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const r = getFragmentData(RequestProgressFragment, props.request);
  const share = (n: number) => (r.lineCount ? `${(100 * n) / r.lineCount}%` : '0%');
  return (
    <div className="stack request-progress" data-testid="request-progress">
      <div className="budget-bar" aria-hidden="true">
        <span className="spent" style={{ width: share(r.registeredCount) }} />
        <span className="rejected" style={{ width: share(r.rejectedCount) }} />
      </div>
      <span className="small">
        {t('enrolment.progress.summary', {
          registered: format.number(r.registeredCount),
          rejected: format.number(r.rejectedCount),
          pending: format.number(r.pendingCount),
        })}
      </span>
    </div>
  );
}
