import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { NoticeText_NotificationFragment as NoticeData } from '../../gql/graphql';
import { type Formatters, useFormat } from '../../i18n/format';

/** What a notice says and where it leads: the home page's unread list and the notifications page. */
export const NoticeFragment = graphql(`
  fragment NoticeText_Notification on Notification {
    kind
    message
    params {
      title
      organization
      from
      to
      dueOn
      excerpt
    }
    taskId
  }
`);

/**
 * A notice in the reader's language, from its kind and parameters; notices written before they
 * carried parameters keep their stored (Indonesian) sentence.
 */
function noticeText(notice: NoticeData, t: TFunction, format: Formatters): string {
  const p = notice.params;
  if (!p) return notice.message;
  return t(`notifications.text.${notice.kind}`, {
    defaultValue: notice.message,
    title: p.title,
    organization: p.organization ?? '',
    from: p.from ? t(`taskStatus.${p.from}`, { defaultValue: p.from }) : '',
    to: p.to ? t(`taskStatus.${p.to}`, { defaultValue: p.to }) : '',
    dueOn: p.dueOn ? format.date(p.dueOn) : '',
    excerpt: p.excerpt ?? '',
    interpolation: { escapeValue: false },
  });
}

/** A notice's sentence, a link to its task when it has one. */
export function NoticeText(props: { notice: FragmentType<typeof NoticeFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notice = getFragmentData(NoticeFragment, props.notice);
  const text = noticeText(notice, t, format);
  return notice.taskId ? <Link to={`/tugas/${notice.taskId}`}>{text}</Link> : text;
}
