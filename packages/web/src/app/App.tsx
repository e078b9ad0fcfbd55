import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ViewerQuery } from '../features/auth/viewer';
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
const NewBusinessPage = lazy(() =>
  import('../features/businesses/BusinessPage').then((m) => ({ default: m.NewBusinessPage })),
);
const WorkersPage = lazy(() => import('../features/workers/WorkersPage'));
const WorkerPage = lazy(() => import('../features/workers/WorkerPage'));
const NewWorkerPage = lazy(() => import('../features/workers/WorkerPage').then((m) => ({ default: m.NewWorkerPage })));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const TasksPage = lazy(() => import('../features/tasks/TasksPage'));
const TaskPage = lazy(() => import('../features/tasks/TaskPage'));
const NewTaskPage = lazy(() => import('../features/tasks/NewTaskPage'));
const AgreementsPage = lazy(() => import('../features/agreements/AgreementsPage'));
const PartnerPage = lazy(() => import('../features/agreements/PartnerPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
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
  return (
    <AppShell viewer={viewer}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<HomePage viewer={viewer} />} />
          <Route path="/profil" element={<ProfilePage viewer={viewer} />} />
          <Route path="/usaha" element={<BusinessesPage viewer={viewer} />} />
          <Route path="/usaha/baru" element={<NewBusinessPage viewer={viewer} />} />
          <Route path="/usaha/:id" element={<BusinessPage viewer={viewer} />} />
          <Route path="/pekerja" element={<WorkersPage viewer={viewer} />} />
          <Route path="/pekerja/baru" element={<NewWorkerPage />} />
          <Route path="/pekerja/:id" element={<WorkerPage viewer={viewer} />} />
          <Route path="/impor" element={<ImportPage />} />
          <Route path="/tugas" element={<TasksPage viewer={viewer} />} />
          <Route path="/tugas/baru" element={<NewTaskPage viewer={viewer} />} />
          <Route path="/tugas/:id" element={<TaskPage viewer={viewer} />} />
          <Route path="/perjanjian" element={<AgreementsPage viewer={viewer} />} />
          <Route path="/mitra/:grantorId" element={<PartnerPage />} />
          <Route path="/dasbor" element={<DashboardPage />} />
          <Route path="/notifikasi" element={<NotificationsPage />} />
          <Route path="/pengguna" element={<UsersPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/login" element={<Navigate to="/" replace />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
