import { type Json, PAGE, type PeerOperation, uuidOf } from './page';

/* The BPJS office's task board, as a peer operation. */

interface TaskRow {
  id: string;
  title: string;
  status: string;
  priority: string;
  dueOn: string;
  overdue: boolean;
  targetWorkers: number;
  version: number;
  creator: { id: string; name: string };
  assignee: { id: string; name: string };
  assigneeUserName: string | null;
  registered: number;
  rate: number;
}

const OPEN = new Set(['OPEN', 'ACCEPTED', 'IN_PROGRESS']);

const portalTask = (t: Json): TaskRow => ({
  id: uuidOf(t.id),
  title: t.title,
  status: t.status,
  priority: t.priority,
  dueOn: t.dueOn,
  overdue: t.overdue,
  targetWorkers: t.targetWorkers,
  version: t.version,
  creator: { id: uuidOf(t.creator.id), name: t.creator.name },
  assignee: { id: uuidOf(t.assignee.id), name: t.assignee.name },
  assigneeUserName: t.assigneeUserName,
  registered: t.progress.registered,
  rate: Number(t.progress.rate.toFixed(6)),
});

const organizationsOf = (list: Json[]) =>
  list.map((o: Json) => ({ id: o.rowId ?? uuidOf(o.id), kind: o.kind, name: o.name }));

export const tasksOperation: PeerOperation = {
  key: 'tasks',
  title: 'Task board: the BPJS office’s first page of tasks, with progress, and the organisations',
  portal: ({ bpjs }) => bpjs.send('OutreachTasks', { first: PAGE }),
  postgraphile: (f) => ({
    tenant: f.bpjsOrgId,
    // Row-level security (task_parties) keeps the tasks the office created or was given; no
    // condition needed. Progress is the workers BPJS registered for the task (issue 17), a column
    // the database keeps (`enrolled_workers`), as the portal and the raw server read it.
    query: `query OutreachTasks($first: Int!) {
  allOrganizations(first: 100, orderBy: [NAME_ASC, ROW_ID_ASC]) { nodes { rowId kind name } }
  allOutreachTasks(first: $first, orderBy: [DUE_ON_ASC, ROW_ID_ASC]) {
    totalCount pageInfo { hasNextPage }
    nodes {
      rowId title status priority dueOn targetWorkers version
      organizationByOrganizationId { rowId name }
      organizationByAssigneeOrgId { rowId name }
      appUserByAssigneeUserId { displayName }
      enrolledWorkers
    }
  }
}`,
    body: { first: PAGE },
  }),
  raw: (f) => ({ tenant: f.bpjsOrgId, path: 'tasks', body: { first: PAGE } }),
  normalise: {
    portal: (data: Json) => ({
      totalCount: data.outreachTasks.totalCount,
      hasNextPage: data.outreachTasks.pageInfo.hasNextPage,
      rows: data.outreachTasks.edges.map(({ node }: Json) => portalTask(node)),
      extra: organizationsOf(data.organizations.edges.map(({ node }: Json) => node)),
    }),
    postgraphile: (data: Json, f) => ({
      totalCount: data.allOutreachTasks.totalCount,
      hasNextPage: data.allOutreachTasks.pageInfo.hasNextPage,
      rows: data.allOutreachTasks.nodes.map((t: Json): TaskRow => {
        const registered: number = t.enrolledWorkers;
        return {
          id: t.rowId,
          title: t.title,
          status: t.status,
          priority: t.priority,
          dueOn: t.dueOn,
          overdue: OPEN.has(t.status) && t.dueOn < f.today,
          targetWorkers: t.targetWorkers,
          version: t.version,
          creator: { id: t.organizationByOrganizationId.rowId, name: t.organizationByOrganizationId.name },
          assignee: { id: t.organizationByAssigneeOrgId.rowId, name: t.organizationByAssigneeOrgId.name },
          assigneeUserName: t.appUserByAssigneeUserId?.displayName ?? null,
          registered,
          rate: Number(Math.min(1, registered / t.targetWorkers).toFixed(6)),
        };
      }),
      // The portal never lists the platform operator's own organisation; amber's conditions are
      // equalities only, so the PostGraphile client drops it itself.
      extra: organizationsOf(data.allOrganizations.nodes.filter((o: Json) => o.kind !== 'PLATFORM')),
    }),
    raw: (data: Json) => ({
      totalCount: data.totalCount,
      hasNextPage: data.hasNextPage,
      rows: data.edges.map(portalTask),
      extra: organizationsOf(data.organizations),
    }),
  },
};
