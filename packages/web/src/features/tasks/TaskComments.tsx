import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { Person } from './present';

/** The conversation on a task. */
export const TaskCommentsFragment = graphql(`
  fragment TaskComments_Task on OutreachTask {
    id
    comments {
      id
      authorName
      authorEmail
      body
      createdAt
    }
  }
`);

// A comment answers with itself, not the task: the page reads the task again (`onSaved`).
const CommentOnTask = graphql(`
  mutation CommentOnTask($input: TaskCommentInput!) {
    commentOnTask(input: $input) {
      id
    }
  }
`);

/** The comments, and (for who may act on the task) the form to add one. */
export function TaskComments(props: {
  task: FragmentType<typeof TaskCommentsFragment>;
  canComment: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const task = getFragmentData(TaskCommentsFragment, props.task);
  const [commenting, comment] = useMutation(CommentOnTask);
  const [body, setBody] = useState('');
  return (
    <section className="card stack">
      <h2>{t('tasks.comments')}</h2>
      <ul className="thread" data-testid="comments">
        {task.comments.map((c) => (
          <li key={c.id}>
            <Person name={c.authorName} email={c.authorEmail} withEmail />{' '}
            <span className="muted small">· {format.dateTime(c.createdAt)}</span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {props.canComment && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void comment({ input: { taskId: task.id, body } }).then((result) => {
              if (!result.error) {
                setBody('');
                props.onSaved();
              }
            });
          }}
        >
          <textarea
            data-testid="comment-body"
            aria-label={t('tasks.comment')}
            rows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          {commenting.error && (
            <p className="error" role="alert">
              {t(reasonKey(commenting.error) ?? `errors.${errorKey(commenting.error)}`)}
            </p>
          )}
          <button type="submit" data-testid="comment-submit" disabled={commenting.fetching || !body.trim()}>
            {t('tasks.send')}
          </button>
        </form>
      )}
    </section>
  );
}
