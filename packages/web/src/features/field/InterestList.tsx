import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../i18n/format';
import type { InterestDraft } from './outbox';
import { useOutbox } from './outbox';
import { FieldBusinessWorkersQuery } from './queries';

/** A worker the officer may mark: on the server (its id) or added on this phone (its change's id). */
export interface Candidate extends InterestDraft {
  key: string;
  /** Marked already: since when on the server, or waiting in the outbox. */
  since?: string | null;
  queued?: boolean;
}

/** The business's workers (names from what the phone kept) and the new ones waiting in the outbox. */
export function useCandidates(businessId: string): Candidate[] {
  const outbox = useOutbox();
  const [{ data }] = useQuery({
    query: FieldBusinessWorkersQuery,
    variables: { businessId },
    pause: !businessId,
    requestPolicy: 'cache-and-network',
  });
  if (!businessId) return [];
  const queued = new Set(
    outbox.flatMap((c) => (c.kind === 'interest' ? [c.input.workerId ?? c.input.workerClientId ?? ''] : [])),
  );
  const onServer: Candidate[] = (data?.workers.edges ?? []).map(({ node }) => ({
    key: node.id,
    workerId: node.id,
    name: node.fullName,
    since: node.enrolmentInterestAt ?? null,
    queued: queued.has(node.id),
  }));
  const added: Candidate[] = outbox.flatMap((c) =>
    c.kind === 'worker' && c.input.businessIds.includes(businessId)
      ? [{ key: c.clientId, workerClientId: c.clientId, name: c.input.fullName, queued: queued.has(c.clientId) }]
      : [],
  );
  return [...added, ...onServer];
}

/** Checkboxes, one per worker: "wants to join BPJS". Those marked already show since when. */
export function InterestList(props: {
  businessId: string;
  candidates: Candidate[];
  chosen: Set<string>;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { candidates } = props;
  if (!props.businessId) return null;
  return (
    <fieldset className="field-interest" data-testid="interest-list">
      <legend>{t('field.interest.title')}</legend>
      <p className="muted small">{t('field.interest.hint')}</p>
      {candidates.length === 0 && <p className="muted">{t('field.interest.none')}</p>}
      {candidates.map((candidate) => {
        const done = Boolean(candidate.since) || Boolean(candidate.queued);
        return (
          <label key={candidate.key} className="field-check">
            <input
              type="checkbox"
              checked={done || props.chosen.has(candidate.key)}
              disabled={done}
              onChange={() => props.onToggle(candidate.key)}
              data-testid="interest"
            />
            <span>
              {candidate.name}
              {candidate.since && (
                <span className="muted small">
                  {' '}
                  · {t('field.interest.since', { date: format.date(candidate.since) })}
                </span>
              )}
              {!candidate.since && candidate.queued && (
                <span className="muted small"> · {t('field.interest.queued')}</span>
              )}
              {candidate.workerClientId && <span className="muted small"> · {t('field.interest.new')}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
