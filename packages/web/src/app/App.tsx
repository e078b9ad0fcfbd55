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
const FieldApp = lazy(() => import('../features/field/FieldApp'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage'));
const RequestBuilderPage = lazy(() => import('../features/enrolment/RequestBuilderPage'));
const RequestsPage = lazy(() => import('../features/enrolment/RequestsPage'));
const RequestPage = lazy(() => import('../features/enrolment/RequestPage'));
const AssistancePage = lazy(() => import('../features/enrolment/AssistancePage'));
const AssistanceProgrammePage = lazy(() =>
  import('../features/enrolment/AssistancePage').then((m) => ({ default: m.AssistanceProgrammePage })),
);

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
type Permission = 'editRegistry' | 'planOutreach' | 'administer' | 'requestEnrolment';

const PERMISSIONS: Record<Permission, (caller: Caller) => boolean> = {
  editRegistry: mayEditRegistry,
  planOutreach: mayPlanOutreach,
  administer: mayAdminister,
  requestEnrolment: mayEditRegistry,
};

/** Where a feature keeps its "who can" words, when not under `access.who` (feature word files). */
const WHO_WORDS: Partial<Record<Permission, string>> = {
  requestEnrolment: 'enrolment.access.who.requestEnrolment',
};

function Guard(props: { caller: Caller; permission: Permission; what: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (PERMISSIONS[props.permission](props.caller)) return <>{props.children}</>;
  // A viewer of the right kind of tenant lacks only the role; otherwise the tenant's kind decides.
  const byRole = PERMISSIONS[props.permission]({ ...props.caller, role: 'ADMIN' });
  const words = WHO_WORDS[props.permission] ?? `access.who.${props.permission}`;
  const who = byRole ? t(`${words}.role`, { role: t(`role.${props.caller.role}`) }) : t(`${words}.kind`);
  return <NotAllowed what={props.what} who={who} />;
}

/**
 * The field mode (issue 18) stands apart: it opens from what the phone kept, without the
 * server's answer the portal's pages wait for, and asks for its session itself.
 */
export function App() {
  const location = useLocation();
  if (location.pathname === '/lapangan' || location.pathname.startsWith('/lapangan/')) {
    return (
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/lapangan/*" element={<FieldApp />} />
        </Routes>
      </Suspense>
    );
  }
  return <PortalApp />;
}

/** Routes, behind one rule: without a session every page leads to /login, and /login leads home. */
function PortalApp() {
  const { t } = useTranslation();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });

  if (fetching && !data) return <Loading />;
  if (error && !data) {
    return (
      <div className="page-error">
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
        {errorKey(error) === 'NETWORK' && (
          <a className="button" href="/lapangan" data-testid="open-field">
            {t('field.openOffline')}
          </a>
        )}
      </div>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/undangan/:token" element={<AcceptInvitationPage />} />
          <Route path="/lupa-sandi" element={<ForgotPasswordPage />} />
          <Route path="/atur-ulang-sandi/:token" element={<ResetPasswordPage />} />
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
          <Route path="/antrean" element={<JobsPage caller={caller} />} />
          {/* Enrolment (issue 17) */}
          <Route
            path="/kepesertaan/baru"
            element={guard('requestEnrolment', t('enrolment.access.what.newRequest'), <RequestBuilderPage />)}
          />
          <Route path="/kepesertaan" element={<RequestsPage viewer={viewer} />} />
          <Route path="/kepesertaan/:id" element={<RequestPage viewer={viewer} />} />
          <Route path="/bantuan-iuran" element={<AssistancePage viewer={viewer} />} />
          <Route path="/bantuan-iuran/:id" element={<AssistanceProgrammePage />} />
          <Route path="/login" element={<Navigate to="/" replace />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
