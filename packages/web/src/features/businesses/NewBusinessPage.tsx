import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { serverProblems } from '../registry/problems';
import { BusinessForm, EMPTY } from './BusinessForm';

const CreateBusiness = graphql(`
  mutation CreateBusiness($input: BusinessFields!) {
    createBusiness(input: $input) {
      id
    }
  }
`);

export default function NewBusinessPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = registryAccess(props.viewer);
  const [{ fetching, error }, create] = useMutation(CreateBusiness);
  const initial = { ...EMPTY, regency: access.keeper.kind === 'REGENCY' ? (access.keeper.regencyCode ?? '') : '' };
  return (
    <div className="stack">
      <p>
        <Link to="/usaha">← {t('businesses.title')}</Link>
      </p>
      <h1>{t('businesses.new')}</h1>
      {error && serverProblems(error).length === 0 && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      <BusinessForm
        initial={initial}
        viewer={props.viewer}
        busy={fetching}
        serverProblems={serverProblems(error)}
        submitLabel={t('common.save')}
        onSubmit={(input) =>
          void create({ input }).then((result) => {
            const id = result.data?.createBusiness.id;
            if (id) navigate(`/usaha/${id}`, { replace: true });
          })
        }
      />
    </div>
  );
}
