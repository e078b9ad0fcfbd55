import { mayManageAssistance, PROGRAMMES, type Programme } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { Abbr, AbbrList } from '../glossary/Glossary';
import { EnrolmentViewerFragment, type EnrolmentViewerProp } from './RequestsPage';

const BudgetFragment = graphql(`
  fragment AssistanceBudget_Programme on AssistanceProgramme {
    budget
    budgetUse {
      committed
      spent
      remaining
      peopleCovered
    }
  }
`);

/** Committed, spent and remaining budget as a bar and in figures. */
function Budget(props: { programme: FragmentType<typeof BudgetFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = getFragmentData(BudgetFragment, props.programme);
  const share = (n: number) => `${p.budget > 0 ? Math.min(100, (100 * n) / p.budget) : 0}%`;
  return (
    <div className="stack" data-testid="assistance-budget">
      <div className="budget-bar" aria-hidden="true">
        <span className="spent" style={{ width: share(p.budgetUse.spent) }} />
        <span className="committed" style={{ width: share(p.budgetUse.committed) }} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t('enrolment.assistance.budget')}</dt>
          <dd>{format.rupiah(p.budget)}</dd>
        </div>
        <div>
          <dt>{t('enrolment.assistance.spent')}</dt>
          <dd>{format.rupiah(p.budgetUse.spent)}</dd>
        </div>
        <div>
          <dt>{t('enrolment.assistance.committed')}</dt>
          <dd>{format.rupiah(p.budgetUse.committed)}</dd>
        </div>
        <div>
          <dt>{t('enrolment.assistance.remaining')}</dt>
          <dd data-testid="assistance-remaining">
            <strong>{format.rupiah(p.budgetUse.remaining)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('enrolment.assistance.peopleCovered')}</dt>
          <dd data-testid="assistance-people-covered">{format.number(p.budgetUse.peopleCovered)}</dd>
        </div>
      </dl>
    </div>
  );
}

const ProgrammesQuery = graphql(`
  query AssistanceProgrammes {
    assistanceProgrammes(first: 100) {
      edges {
        node {
          id
          name
          legalBasis
          programmes
          monthsOfCover
          startsOn
          endsOn
          ...AssistanceBudget_Programme
        }
      }
    }
  }
`);

const CreateProgramme = graphql(`
  mutation CreateAssistanceProgramme($input: AssistanceProgrammeFields!) {
    createAssistanceProgramme(input: $input) {
      id
    }
  }
`);

/** A regency's contribution-assistance programmes (bantuan iuran); its admins define new ones. */
export default function AssistancePage(props: { viewer: EnrolmentViewerProp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = getFragmentData(EnrolmentViewerFragment, props.viewer);
  const canManage = mayManageAssistance({ role: viewer.user.role, kind: viewer.organization.kind });
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProgrammesQuery, requestPolicy: 'cache-and-network' });
  const [created, create] = useMutation(CreateProgramme);
  const [form, setForm] = useState({
    name: '',
    legalBasis: '',
    budget: '',
    monthsOfCover: '12',
    startsOn: new Date().toISOString().slice(0, 10),
    incomeCeiling: '',
    programmes: ['JKK', 'JKM'] as Programme[],
  });
  const programmes = data?.assistanceProgrammes.edges.map((e) => e.node) ?? [];
  const submit = async () => {
    const result = await create({
      input: {
        name: form.name.trim(),
        legalBasis: form.legalBasis.trim(),
        budget: Number(form.budget),
        monthsOfCover: Number(form.monthsOfCover),
        startsOn: form.startsOn,
        incomeCeiling: form.incomeCeiling ? Number(form.incomeCeiling) : null,
        programmes: form.programmes,
        bpuOnly: true,
        districtCodes: [],
      },
    });
    if (result.data) {
      setForm({ ...form, name: '', legalBasis: '', budget: '' });
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <div className="stack enrolment">
      <h1>{t('enrolment.assistance.title')}</h1>
      <p className="muted">{t('enrolment.assistance.intro')}</p>
      {error && !data && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      {fetching && !data ? (
        <p role="status">{t('loading')}</p>
      ) : programmes.length === 0 ? (
        <p className="muted card">{t('enrolment.assistance.empty')}</p>
      ) : (
        programmes.map((p) => (
          <section key={p.id} className="card stack" data-testid="assistance-programme">
            <div className="row spread">
              <h2>
                <Link to={`/bantuan-iuran/${p.id}`}>{p.name}</Link>
              </h2>
              <span className="small muted">
                {p.legalBasis} · <AbbrList codes={p.programmes} /> ·{' '}
                {t('enrolment.assistance.months', { count: p.monthsOfCover })} · {format.date(p.startsOn)}
                {p.endsOn && ` – ${format.date(p.endsOn)}`}
              </span>
            </div>
            <Budget programme={p} />
          </section>
        ))
      )}
      {canManage && (
        <section className="card stack" aria-labelledby="new-programme">
          <h2 id="new-programme">{t('enrolment.assistance.new')}</h2>
          <div className="form-grid">
            <label>
              {t('enrolment.assistance.name')}
              <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </label>
            <label>
              {t('enrolment.assistance.legalBasis')}
              <input
                value={form.legalBasis}
                placeholder="Peraturan Bupati … Nomor … Tahun …"
                onChange={(e) => setForm({ ...form, legalBasis: e.target.value })}
              />
            </label>
            <label>
              {t('enrolment.assistance.budgetRp')}
              <input
                type="number"
                inputMode="numeric"
                value={form.budget}
                onChange={(e) => setForm({ ...form, budget: e.target.value })}
              />
            </label>
            <label>
              {t('enrolment.assistance.monthsOfCover')}
              <input
                type="number"
                min={1}
                max={60}
                value={form.monthsOfCover}
                onChange={(e) => setForm({ ...form, monthsOfCover: e.target.value })}
              />
            </label>
            <label>
              {t('enrolment.assistance.startsOn')}
              <input
                type="date"
                value={form.startsOn}
                onChange={(e) => setForm({ ...form, startsOn: e.target.value })}
              />
            </label>
            <label>
              {t('enrolment.assistance.incomeCeiling')}
              <input
                type="number"
                inputMode="numeric"
                value={form.incomeCeiling}
                onChange={(e) => setForm({ ...form, incomeCeiling: e.target.value })}
              />
            </label>
          </div>
          <fieldset className="choices">
            <legend>{t('enrolment.assistance.pays')}</legend>
            {PROGRAMMES.filter((p) => p !== 'JP' && p !== 'JKP').map((p) => (
              <label key={p} className="check">
                <input
                  type="checkbox"
                  checked={form.programmes.includes(p)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      programmes: e.target.checked ? [...form.programmes, p] : form.programmes.filter((x) => x !== p),
                    })
                  }
                />
                <Abbr code={p} />
              </label>
            ))}
          </fieldset>
          <p className="small muted">{t('enrolment.assistance.bpuOnly')}</p>
          {created.error && (
            <p className="error" role="alert">
              {t(`errors.${errorKey(created.error)}`)}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              data-testid="create-programme"
              disabled={!form.name.trim() || !form.legalBasis.trim() || !(Number(form.budget) > 0) || created.fetching}
              onClick={() => void submit()}
            >
              {t('enrolment.assistance.create')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

const ProgrammeQuery = graphql(`
  query AssistanceProgramme($id: ID!) {
    node(id: $id) {
      ... on AssistanceProgramme {
        __typename
        id
        name
        legalBasis
        programmes
        monthsOfCover
        startsOn
        endsOn
        incomeCeiling
        ...AssistanceBudget_Programme
        renewals {
          lineId
          requestId
          workerId
          fullName
          kpj
          coverUntil
        }
      }
    }
  }
`);

/** One programme: its budget, and the workers whose paid cover ends within 30 days (to renew). */
export function AssistanceProgrammePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: ProgrammeQuery, variables: { id } });
  const programme = data?.node?.__typename === 'AssistanceProgramme' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!programme)
    return (
      <p className="error" role="alert">
        {error ? t(`errors.${errorKey(error)}`) : t('enrolment.request.notFound')}
      </p>
    );
  return (
    <div className="stack enrolment">
      <div className="row spread">
        <h1>{programme.name}</h1>
        <Link to="/bantuan-iuran" className="button secondary">
          {t('enrolment.assistance.title')}
        </Link>
      </div>
      <p className="muted">
        {programme.legalBasis} · <AbbrList codes={programme.programmes} /> ·{' '}
        {t('enrolment.assistance.months', { count: programme.monthsOfCover })}
        {programme.incomeCeiling != null &&
          ` · ${t('enrolment.assistance.ceiling', { amount: format.rupiah(programme.incomeCeiling) })}`}
      </p>
      <section className="card stack">
        <Budget programme={programme} />
      </section>
      <section className="card stack" aria-labelledby="renewals">
        <h2 id="renewals">{t('enrolment.assistance.renewals', { count: programme.renewals.length })}</h2>
        {programme.renewals.length === 0 ? (
          <p className="muted">{t('enrolment.assistance.noRenewals')}</p>
        ) : (
          <table className="table" data-testid="renewals">
            <thead>
              <tr>
                <th>{t('workers.name')}</th>
                <th>KPJ</th>
                <th>{t('enrolment.assistance.coverUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.renewals.map((r) => (
                <tr key={r.lineId}>
                  <td data-label={t('workers.name')}>
                    <Link to={`/pekerja/${r.workerId}`}>{r.fullName}</Link>
                  </td>
                  <td data-label="KPJ" className="mono">
                    {r.kpj ?? '—'}
                  </td>
                  <td data-label={t('enrolment.assistance.coverUntil')}>{format.date(r.coverUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
