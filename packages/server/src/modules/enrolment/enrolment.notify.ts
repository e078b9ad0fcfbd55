import type { RequestScope } from '../common/scope';
import type { IEnrolmentRequest } from './enrolment.entity';

/** What an enrolment notice says happened; the client words each kind in the reader's language. */
export type EnrolmentNoticeKind = 'ENROLMENT_RECEIVED' | 'ENROLMENT_PROCESSED' | 'ASSISTANCE_RENEWAL';

const SENTENCE: Record<EnrolmentNoticeKind, (title: string, p: Record<string, string>) => string> = {
  ENROLMENT_RECEIVED: (title, p) =>
    `Pengajuan kepesertaan dari ${p.organization ?? ''}: ${title} (${p.count ?? ''} pekerja)`,
  ENROLMENT_PROCESSED: (title, p) =>
    `${title}: ${p.registered ?? '0'} terdaftar, ${p.rejected ?? '0'} ditolak oleh ${p.organization ?? ''}`,
  ASSISTANCE_RENEWAL: (title, p) => `Bantuan iuran berakhir dalam 30 hari: ${p.count ?? ''} pekerja (${title})`,
};

/**
 * Notifies the admins of one party to a request (and, on the partner's side, whoever sent it),
 * through `notify_enrolment`, which refuses callers who are not a party.
 */
export async function notifyEnrolment(
  scope: Pick<RequestScope, 'em'>,
  request: Pick<IEnrolmentRequest, 'id' | 'title'>,
  orgId: string,
  kind: EnrolmentNoticeKind,
  details: Record<string, string>,
): Promise<void> {
  const params = { title: request.title, ...details };
  await scope.em.flush();
  await scope.em.execute('select notify_enrolment(?::uuid, ?::uuid, ?, ?, ?::jsonb)', [
    request.id,
    orgId,
    kind,
    SENTENCE[kind](request.title, details).slice(0, 500),
    JSON.stringify(params),
  ]);
}
