import { type Caller, mayAdminister, mayEditRegistry, mayPlanOutreach } from '@jamsos/schema';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { NotAllowed } from '../features/access/Notices';
import { ViewerQuery } from '../features/auth/viewer';
import { RegistryViewerFragment } from '../features/registry/access';
import { getFragmentData } from '../gql';
import { AppShell } from '../shared/ui/AppShell';
import { errorKey } from './errors';

// Each page is its own chunk, so the first load carries only what the first page needs.
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const AcceptInvitationPage = lazy(() => import('../features/auth/AcceptInvitationPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage'));
const BusinessesPage = lazy(() => import('../features/businesses/BusinessesPage'));
const BusinessPage = lazy(() => import('../features/businesses/BusinessPage'));
const NewBusinessPage = lazy(() => import('../features/businesses/NewBusinessPage'));
const WorkersPage = lazy(() => import('../features/workers/WorkersPage'));
const WorkerPage = lazy(() => import('../features/workers/WorkerPage'));
const NewWorkerPage = lazy(() => import('../features/workers/NewWorkerPage'));
const PersonRecordPage = lazy(() => import('../features/person-record/PersonRecordPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const TasksPage = lazy(() => import('../features/tasks/TasksPage'));
const TaskPage = lazy(() => import('../features/tasks/TaskPage'));
const NewTaskPage = lazy(() => import('../features/tasks/NewTaskPage'));
const AgreementsPage = lazy(() => import('../features/agreements/AgreementsPage'));
const PartnerPage = lazy(() => import('../features/agreements/PartnerPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const GlossaryPage = lazy(() => import('../features/glossary/Glossary'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/**
 * The permissions a route needs, each one predicate from packages/schema that the server's rule
 * also asks; `who` says who can, in the caller's situation (their role, or their kind of tenant).
 */
type Permission = 'editRegistry' | 'planOutreach' | 'administer';

const PERMISSIONS: Record<Permission, (caller: Caller) => boolean> = {
  editRegistry: mayEditRegistry,
  planOutreach: mayPlanOutreach,
  administer: mayAdminister,
};

function Guard(props: { caller: Caller; permission: Permission; what: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (PERMISSIONS[props.permission](props.caller)) return <>{props.children}</>;
  // A viewer of the right kind of tenant lacks only the role; otherwise the tenant's kind decides.
  const byRole = PERMISSIONS[props.permission]({ ...props.caller, role: 'ADMIN' });
  const who = byRole
    ? t(`access.who.${props.permission}.role`, { role: t(`role.${props.caller.role}`) })
    : t(`access.who.${props.permission}.kind`);
  return <NotAllowed what={props.what} who={who} />;
}

/** Routes, behind one rule: without a session every page leads to /login, and /login leads home. */
export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });

  if (fetching && !data) return <Loading />;
  if (error && !data) {
    return (
      <p className="error page-error" role="alert">
        {t(`errors.${errorKey(error)}`)}
      </p>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/undangan/:token" element={<AcceptInvitationPage />} />
          <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
        </Routes>
      </Suspense>
    );
  }
  const registryViewer = getFragmentData(RegistryViewerFragment, viewer);
  const caller: Caller = { role: registryViewer.user.role, kind: registryViewer.organization.kind };
  const guard = (permission: Permission, what: string, page: ReactNode) => (
    <Guard caller={caller} permission={permission} what={what}>
      {page}
    </Guard>
  );
  return (
    <AppShell viewer={viewer}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomePage viewer={viewer} />} />
          <Route path="/profil" element={<ProfilePage viewer={viewer} />} />
          <Route path="/usaha" element={<BusinessesPage viewer={viewer} />} />
          <Route
            path="/usaha/baru"
            element={guard('editRegistry', t('access.what.newBusiness'), <NewBusinessPage viewer={viewer} />)}
          />
          <Route path="/usaha/:id" element={<BusinessPage viewer={viewer} />} />
          <Route path="/pekerja" element={<WorkersPage viewer={viewer} />} />
          <Route path="/pekerja/baru" element={guard('editRegistry', t('access.what.newWorker'), <NewWorkerPage />)} />
          <Route path="/pekerja/:id" element={<WorkerPage viewer={viewer} />} />
          <Route path="/pekerja/:id/rekam-data" element={<PersonRecordPage />} />
          <Route path="/impor" element={guard('editRegistry', t('access.what.import'), <ImportPage />)} />
          <Route path="/tugas" element={<TasksPage viewer={viewer} />} />
          <Route
            path="/tugas/baru"
            element={guard('planOutreach', t('access.what.newTask'), <NewTaskPage viewer={viewer} />)}
          />
          <Route path="/tugas/:id" element={<TaskPage viewer={viewer} />} />
          <Route path="/perjanjian" element={<AgreementsPage viewer={viewer} />} />
          <Route path="/mitra/:grantorId" element={<PartnerPage />} />
          <Route path="/dasbor" element={<DashboardPage viewer={viewer} />} />
          <Route path="/notifikasi" element={<NotificationsPage />} />
          <Route path="/pengguna" element={guard('administer', t('access.what.users'), <UsersPage />)} />
          <Route path="/audit" element={guard('administer', t('access.what.audit'), <AuditPage />)} />
          <Route path="/glosarium" element={<GlossaryPage />} />
          <Route path="/login" element={<Navigate to="/" replace />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
