import { WORKER_TYPES } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { getFragmentData, graphql } from '../../gql';
import type {
  CoverageStatus,
  PickWorker_WorkerFragment,
  PickWorkersQuery as PickWorkersQueryResult,
  WorkerFilter,
  WorkerType,
} from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { Abbr } from '../glossary/Glossary';
import { BusinessFilters, businessFilterFields, CheckFilter, SearchFilter, SelectFilter } from '../registry/Filters';
import { StatusBadge } from '../workers/WorkerRow';
import { type DraftLine, newLine } from './draft';

const PAGE_SIZE = 20;
/** A request gathers those not yet protected: never enrolled, or lapsed. */
const OPEN_STATUSES: CoverageStatus[] = ['NOT_ENROLLED', 'LAPSED'];

export const PickWorkerFragment = graphql(`
  fragment PickWorker_Worker on Worker {
    id
    fullName
    workerType
    coverageStatus
    occupation
    businesses {
      id
      name
      sizeClass
    }
  }
`);

const PickWorkersQuery = graphql(`
  query PickWorkers($first: Int!, $after: String, $filter: WorkerFilter) {
    workers(first: $first, after: $after, filter: $filter, sort: NAME, descending: false) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PickWorker_Worker
        }
      }
    }
  }
`);

const PickTasksQuery = graphql(`
  query PickTasks {
    outreachTasks(first: 100, side: ASSIGNED, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {
      edges {
        node {
          id
          title
          dueOn
          targets {
            id
            name
          }
        }
      }
    }
  }
`);

type PickWorkersData = PickWorkersQueryResult;

type Picked = PickWorker_WorkerFragment;

/** Workers from the registry, with the usual filters (and a name/NIK search for one by one). */
export function RegistryPicker(props: { has: (id: string) => boolean; onAdd: (lines: DraftLine[]) => void }) {
  const { t } = useTranslation();
  const { params, after } = useUrlFilters();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const status = params.get('status') as CoverageStatus | null;
  const filter: WorkerFilter = {
    search: params.get('cari'),
    ...businessFilterFields(params),
    coverageStatus: status ?? 'NOT_ENROLLED',
    workerType: params.get('jenis') as WorkerType | null,
    // Those an officer marked as wanting to join BPJS (field mode).
    enrolmentInterest: params.get('minat') === 'ya' ? true : null,
  };
  const [{ data, fetching }] = useQuery({
    query: PickWorkersQuery,
    variables: { first: PAGE_SIZE, after, filter },
    requestPolicy: 'cache-and-network',
  });
  const rows = (data?.workers.edges ?? []).map((e) => getFragmentData(PickWorkerFragment, e.node));
  const addable = rows.filter((w) => !props.has(w.id));
  const add = (workers: Picked[]) => {
    props.onAdd(workers.map(newLine));
    setChecked(new Set());
  };
  return (
    <div className="stack" data-testid="registry-picker">
      <search className="filters">
        <SearchFilter placeholder={t('enrolment.builder.searchHint')} />
        <SelectFilter
          label={t('registry.coverageStatus')}
          param="status"
          defaultValue="NOT_ENROLLED"
          options={OPEN_STATUSES.map((s) => ({ value: s, label: t(`coverageStatus.${s}`) }))}
        />
        <SelectFilter
          label={t('workers.type')}
          param="jenis"
          options={WORKER_TYPES.map((type) => ({ value: type, label: t(`workerType.${type}`) }))}
        />
        <CheckFilter label={t('field.interest.filter')} param="minat" />
        <BusinessFilters />
      </search>
      {fetching && !data ? (
        <p role="status">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('registry.empty')}</p>
      ) : (
        <table className="table compact pick-table" data-testid="pick-table">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label={t('enrolment.builder.checkPage')}
                  checked={addable.length > 0 && addable.every((w) => checked.has(w.id))}
                  onChange={(e) => setChecked(new Set(e.target.checked ? addable.map((w) => w.id) : []))}
                />
              </th>
              <th>{t('workers.name')}</th>
              <th>{t('workers.type')}</th>
              <th>{t('registry.coverageStatus')}</th>
              <th>{t('workers.businesses')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.id} data-testid="pick-row">
                <td>
                  {props.has(w.id) ? (
                    <span className="muted small">{t('enrolment.builder.inRequest')}</span>
                  ) : (
                    <input
                      type="checkbox"
                      aria-label={w.fullName}
                      checked={checked.has(w.id)}
                      onChange={(e) => {
                        const next = new Set(checked);
                        if (e.target.checked) next.add(w.id);
                        else next.delete(w.id);
                        setChecked(next);
                      }}
                    />
                  )}
                </td>
                <td data-label={t('workers.name')}>{w.fullName}</td>
                <td data-label={t('workers.type')}>
                  <Abbr code={w.workerType} />
                </td>
                <td data-label={t('registry.coverageStatus')}>
                  <StatusBadge status={w.coverageStatus} />
                </td>
                <td data-label={t('workers.businesses')}>{w.businesses.map((b) => b.name).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row">
        <button
          type="button"
          data-testid="add-checked"
          disabled={checked.size === 0}
          onClick={() => add(rows.filter((w) => checked.has(w.id)))}
        >
          {t('enrolment.builder.addChecked', { count: checked.size })}
        </button>
        <button type="button" className="secondary" disabled={addable.length === 0} onClick={() => add(addable)}>
          {t('enrolment.builder.addPage', { count: addable.length })}
        </button>
      </div>
      <Pager connection={data?.workers} />
    </div>
  );
}

/**
 * The not-yet-protected workers of an outreach task's target businesses (a task assigned to the
 * caller's organisation); the request then counts toward that task's progress.
 */
export function TaskPicker(props: {
  taskId: string | null;
  onTask: (taskId: string | null) => void;
  onAdd: (lines: DraftLine[]) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }] = useQuery({ query: PickTasksQuery });
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const tasks = data?.outreachTasks.edges.map((e) => e.node) ?? [];
  const task = tasks.find((x) => x.id === props.taskId);

  const addAll = async () => {
    if (!task) return;
    setBusy(true);
    const found: DraftLine[] = [];
    for (const business of task.targets) {
      for (const status of OPEN_STATUSES) {
        let after: string | null = null;
        do {
          const result: { data?: PickWorkersData } = await client
            .query(PickWorkersQuery, { first: 100, after, filter: { businessId: business.id, coverageStatus: status } })
            .toPromise();
          const page: PickWorkersData['workers'] | undefined = result.data?.workers;
          for (const edge of page?.edges ?? []) found.push(newLine(getFragmentData(PickWorkerFragment, edge.node)));
          after = page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
        } while (after);
      }
    }
    props.onAdd(found);
    setAdded(found.length);
    setBusy(false);
  };

  return (
    <div className="stack" data-testid="task-picker">
      <label>
        {t('enrolment.builder.task')}
        <select
          data-testid="task-select"
          value={props.taskId ?? ''}
          onChange={(e) => {
            props.onTask(e.target.value || null);
            setAdded(null);
          }}
        >
          <option value="">{t('enrolment.builder.noTask')}</option>
          {tasks.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </select>
      </label>
      {tasks.length === 0 && <p className="muted small">{t('enrolment.builder.noTasks')}</p>}
      {task && (
        <>
          <p className="small">
            {t('enrolment.builder.taskTargets', { count: task.targets.length })}{' '}
            {task.targets.map((b) => b.name).join(', ')}
          </p>
          <div className="row">
            <button type="button" data-testid="add-task-workers" disabled={busy} onClick={() => void addAll()}>
              {t('enrolment.builder.addTaskWorkers')}
            </button>
            {added !== null && (
              <span role="status" className="small">
                {t('enrolment.builder.added', { count: added })}
              </span>
            )}
          </div>
        </>
      )}
    </div>
  );
}
