import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { serverProblems } from '../registry/problems';
import { EMPTY, WorkerForm } from './WorkerForm';

const CreateWorker = graphql(`
  mutation CreateWorker($input: WorkerFields!) {
    createWorker(input: $input) {
      id
    }
  }
`);

export default function NewWorkerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching, error }, create] = useMutation(CreateWorker);
  return (
    <div className="stack">
      <p>
        <Link to="/pekerja">← {t('workers.title')}</Link>
      </p>
      <h1>{t('workers.new')}</h1>
      {error && serverProblems(error).length === 0 && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      <WorkerForm
        initial={EMPTY}
        busy={fetching}
        serverProblems={serverProblems(error)}
        onSubmit={(input) =>
          void create({ input }).then((result) => {
            const id = result.data?.createWorker.id;
            if (id) navigate(`/pekerja/${id}`, { replace: true });
          })
        }
      />
    </div>
  );
}
