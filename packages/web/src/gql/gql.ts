/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerDirectories {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          scope\n          status\n          grantor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerDirectoriesDocument,
    "\n  fragment AgreementRow_Agreement on Agreement {\n    id\n    scope\n    title\n    number\n    signedOn\n    validFrom\n    validUntil\n    status\n    version\n    revokedBy\n    grantor {\n      id\n      name\n    }\n    grantee {\n      id\n      name\n    }\n  }\n": typeof types.AgreementRow_AgreementFragmentDoc,
    "\n  query Agreements {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          ...AgreementRow_Agreement\n        }\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  mutation GrantAgreement($input: GrantAgreementInput!) {\n    grantAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.GrantAgreementDocument,
    "\n  mutation RevokeAgreement($input: VersionedIdInput!) {\n    revokeAgreement(input: $input) {\n      id\n      status\n      version\n      revokedBy\n    }\n  }\n": typeof types.RevokeAgreementDocument,
    "\n  query PartnerBusinesses($grantorId: ID!, $first: Int!, $after: String, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: $first, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n": typeof types.PartnerBusinessesDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String, $actorEmail: String) {\n    auditLog(first: $first, after: $after, action: $action, actorEmail: $actorEmail) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          objectType\n          objectId\n          actorEmail\n          changes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n      ...Registry_Viewer\n      ...Tasks_Viewer\n      ...Enrolment_Viewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BusinessFacts_Business on Business {\n    legalForm\n    nib\n    kbliSection\n    kbliTitle\n    sizeClass\n    regencyName\n    districtName\n    villageName\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n    updatedAt\n  }\n": typeof types.BusinessFacts_BusinessFragmentDoc,
    "\n  fragment BusinessForm_Business on Business {\n    legalForm\n    name\n    nib\n    cooperativeNumber\n    kbliSection\n    sizeClass\n    regencyCode\n    districtCode\n    villageCode\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n  }\n": typeof types.BusinessForm_BusinessFragmentDoc,
    "\n  query Business($id: ID!) {\n    node(id: $id) {\n      ... on Business {\n        __typename\n        id\n        name\n        version\n        archivedAt\n        ...BusinessFacts_Business\n        ...BusinessForm_Business\n      }\n    }\n  }\n": typeof types.BusinessDocument,
    "\n  mutation UpdateBusiness($input: UpdateBusinessInput!) {\n    updateBusiness(input: $input) {\n      id\n      name\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateBusinessDocument,
    "\n  mutation ArchiveBusiness($input: VersionedIdInput!) {\n    archiveBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveBusinessDocument,
    "\n  mutation RestoreBusiness($input: VersionedIdInput!) {\n    restoreBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.RestoreBusinessDocument,
    "\n  fragment BusinessRow_Business on Business {\n    id\n    name\n    nib\n    legalForm\n    kbliSection\n    sizeClass\n    districtName\n    regencyName\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n  }\n": typeof types.BusinessRow_BusinessFragmentDoc,
    "\n  query Businesses($first: Int!, $after: String, $filter: BusinessFilter, $sort: BusinessSort!, $descending: Boolean!) {\n    businesses(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n": typeof types.BusinessesDocument,
    "\n  mutation CreateBusiness($input: BusinessFields!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateBusinessDocument,
    "\n  fragment Coverage_Figure on CoverageFigure {\n    key\n    label\n    businesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n": typeof types.Coverage_FigureFragmentDoc,
    "\n  query Dashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      sources {\n        id\n        name\n        own\n      }\n      totals {\n        ...DashboardTotals_Figure\n      }\n      bySource {\n        ...Coverage_Figure\n      }\n      byRegency {\n        ...Coverage_Figure\n      }\n      byDistrict {\n        ...Coverage_Figure\n      }\n      bySector {\n        ...Coverage_Figure\n      }\n      bySizeClass {\n        ...Coverage_Figure\n      }\n      byLegalForm {\n        ...Coverage_Figure\n      }\n      byWorkerType {\n        ...Coverage_Figure\n      }\n      enrolmentTrend {\n        month\n        enrolled\n        cumulative\n      }\n      programmeMix {\n        programme\n        workers\n        share\n      }\n      taskProgress {\n        key\n        label\n        open\n        overdue\n        done\n        targetWorkers\n        registeredWorkers\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment DashboardTotals_Figure on CoverageFigure {\n    businesses\n    coveredBusinesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n": typeof types.DashboardTotals_FigureFragmentDoc,
    "\n  query DashboardVillages($districtCode: String!, $filter: DashboardFilter) {\n    dashboardVillages(districtCode: $districtCode, filter: $filter) {\n      ...Coverage_Figure\n    }\n  }\n": typeof types.DashboardVillagesDocument,
    "\n  fragment AssistanceBudget_Programme on AssistanceProgramme {\n    budget\n    budgetUse {\n      committed\n      spent\n      remaining\n      peopleCovered\n    }\n  }\n": typeof types.AssistanceBudget_ProgrammeFragmentDoc,
    "\n  query AssistanceProgrammes {\n    assistanceProgrammes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          legalBasis\n          programmes\n          monthsOfCover\n          startsOn\n          endsOn\n          ...AssistanceBudget_Programme\n        }\n      }\n    }\n  }\n": typeof types.AssistanceProgrammesDocument,
    "\n  mutation CreateAssistanceProgramme($input: AssistanceProgrammeFields!) {\n    createAssistanceProgramme(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAssistanceProgrammeDocument,
    "\n  query AssistanceProgramme($id: ID!) {\n    node(id: $id) {\n      ... on AssistanceProgramme {\n        __typename\n        id\n        name\n        legalBasis\n        programmes\n        monthsOfCover\n        startsOn\n        endsOn\n        incomeCeiling\n        ...AssistanceBudget_Programme\n        renewals {\n          lineId\n          requestId\n          workerId\n          fullName\n          kpj\n          coverUntil\n        }\n      }\n    }\n  }\n": typeof types.AssistanceProgrammeDocument,
    "\n  query BusinessContributions($businessId: ID!) {\n    workers(first: 100, filter: { businessId: $businessId, coverageStatus: ENROLLED }) {\n      totalCount\n      edges {\n        node {\n          id\n          enrolmentLines {\n            status\n            contribution {\n              total\n              rateVersion\n              byPayer {\n                employer\n                worker\n                assistance\n              }\n              parts {\n                programme\n                rate\n                amount\n                employerAmount\n                workerAmount\n                assistanceAmount\n                rateVersion\n                source\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BusinessContributionsDocument,
    "\n  query EnrolmentRequest($id: ID!) {\n    node(id: $id) {\n      ... on EnrolmentRequest {\n        __typename\n        id\n        title\n        status\n        version\n        note\n        sentAt\n        sentBy\n        createdBy\n        linesShared\n        shareUntil\n        monthlyTotal\n        taskId\n        partner {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        assistanceProgramme {\n          id\n          name\n        }\n        problems {\n          lineId\n          fullName\n          field\n          problem\n        }\n        ...RequestProgress_Request\n        lines(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...EnrolmentLine_Line\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnrolmentRequestDocument,
    "\n  fragment EnrolmentLine_Line on EnrolmentLine {\n    id\n    position\n    fullName\n    nik\n    workerType\n    businessName\n    programmes\n    registeredProgrammes\n    payer\n    monthlyTotal\n    status\n    kpj\n    effectiveDate\n    rejectionReason\n    rejectionNote\n    existingKpj\n    workerId\n  }\n": typeof types.EnrolmentLine_LineFragmentDoc,
    "\n  mutation RegisterEnrolmentLines($input: RegisterEnrolmentLinesInput!) {\n    registerEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n": typeof types.RegisterEnrolmentLinesDocument,
    "\n  mutation DeleteEnrolmentRequest($input: VersionedIdInput!) {\n    deleteEnrolmentRequest(input: $input)\n  }\n": typeof types.DeleteEnrolmentRequestDocument,
    "\n  mutation RejectEnrolmentLines($input: RejectEnrolmentLinesInput!) {\n    rejectEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n": typeof types.RejectEnrolmentLinesDocument,
    "\n  fragment RequestProgress_Request on EnrolmentRequest {\n    lineCount\n    registeredCount\n    rejectedCount\n    pendingCount\n  }\n": typeof types.RequestProgress_RequestFragmentDoc,
    "\n  fragment Enrolment_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Enrolment_ViewerFragmentDoc,
    "\n  query EnrolmentRequests($first: Int!, $after: String, $status: EnrolmentRequestStatus, $direction: EnrolmentDirection) {\n    enrolmentRequests(first: $first, after: $after, status: $status, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          sentAt\n          createdAt\n          lineCount\n          monthlyTotal\n          partner {\n            id\n            name\n          }\n          recipient {\n            id\n            name\n          }\n          ...RequestProgress_Request\n        }\n      }\n    }\n  }\n": typeof types.EnrolmentRequestsDocument,
    "\n  fragment WorkerEnrolment_Worker on Worker {\n    enrolmentLines {\n      id\n      requestId\n      status\n      programmes\n      registeredProgrammes\n      kpj\n      effectiveDate\n      rejectionReason\n      rejectionNote\n      existingKpj\n      processedAt\n      coverUntil\n      contribution {\n        total\n        rateVersion\n        byPayer {\n          employer\n          worker\n          assistance\n        }\n        parts {\n          programme\n          rate\n          amount\n          employerAmount\n          workerAmount\n          assistanceAmount\n          rateVersion\n          source\n        }\n      }\n    }\n  }\n": typeof types.WorkerEnrolment_WorkerFragmentDoc,
    "\n  fragment PickWorker_Worker on Worker {\n    id\n    fullName\n    workerType\n    coverageStatus\n    occupation\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n": typeof types.PickWorker_WorkerFragmentDoc,
    "\n  query PickWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter, sort: NAME, descending: false) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PickWorker_Worker\n        }\n      }\n    }\n  }\n": typeof types.PickWorkersDocument,
    "\n  query PickTasks {\n    outreachTasks(first: 100, side: ASSIGNED, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PickTasksDocument,
    "\n  query EnrolmentBuilderChoices {\n    organizations(first: 50, kind: BPJS_OFFICE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    assistanceProgrammes(first: 50) {\n      edges {\n        node {\n          id\n          name\n          programmes\n          bpuOnly\n          incomeCeiling\n          budgetUse {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnrolmentBuilderChoicesDocument,
    "\n  mutation CreateEnrolmentRequest($input: CreateEnrolmentRequestInput!) {\n    createEnrolmentRequest(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateEnrolmentRequestDocument,
    "\n  mutation AddEnrolmentLines($input: AddEnrolmentLinesInput!) {\n    addEnrolmentLines(input: $input) {\n      added\n      skipped {\n        workerId\n        fullName\n        problem\n      }\n      request {\n        id\n        version\n        lineCount\n      }\n    }\n  }\n": typeof types.AddEnrolmentLinesDocument,
    "\n  mutation SendEnrolmentRequest($input: VersionedIdInput!) {\n    sendEnrolmentRequest(input: $input) {\n      id\n      version\n      status\n      sentAt\n    }\n  }\n": typeof types.SendEnrolmentRequestDocument,
    "\n  mutation FieldReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.FieldReportVisitDocument,
    "\n  mutation FieldCreateWorker($input: WorkerFields!, $clientId: ID) {\n    createWorker(input: $input, clientId: $clientId) {\n      id\n    }\n  }\n": typeof types.FieldCreateWorkerDocument,
    "\n  mutation FieldMarkInterest($input: MarkEnrolmentInterestInput!) {\n    markEnrolmentInterest(input: $input) {\n      id\n      enrolmentInterestAt\n    }\n  }\n": typeof types.FieldMarkInterestDocument,
    "\n  query FieldExistingWorker($search: String!) {\n    workers(filter: { search: $search }, first: 1) {\n      edges {\n        node {\n          id\n          fullName\n          nik\n          occupation\n          businesses {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FieldExistingWorkerDocument,
    "\n  query FieldTaskState($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OutreachTask {\n        status\n        closingReason\n      }\n    }\n  }\n": typeof types.FieldTaskStateDocument,
    "\n  query FieldTasks {\n    viewer {\n      user {\n        id\n        displayName\n      }\n      organization {\n        id\n        name\n      }\n    }\n    outreachTasks(side: ASSIGNED, statuses: [ACCEPTED, IN_PROGRESS], first: 50) {\n      edges {\n        node {\n          id\n          title\n          description\n          dueOn\n          status\n          assigneeUserId\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FieldTasksDocument,
    "\n  query FieldBusiness($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Business {\n        name\n        address\n        districtName\n        contactName\n        contactPhone\n        workerCount\n        enrolledCount\n      }\n    }\n  }\n": typeof types.FieldBusinessDocument,
    "\n  query FieldBusinessWorkers($businessId: ID!) {\n    workers(filter: { businessId: $businessId }, first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          enrolmentInterestAt\n        }\n      }\n    }\n  }\n": typeof types.FieldBusinessWorkersDocument,
    "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.Home_ViewerFragmentDoc,
    "\n  query Home {\n    overdue: outreachTasks(first: 5, overdue: true) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n    }\n    open: outreachTasks(first: 1, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      totalCount\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NoticeText_Notification\n        }\n      }\n    }\n    dashboard {\n      totals {\n        businesses\n        workers\n        enrolled\n        coverageRate\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query BackgroundJobs($states: [BackgroundJobState!]) {\n    backgroundJobs(states: $states, first: 100) {\n      id\n      name\n      state\n      retryCount\n      retryLimit\n      createdAt\n      startAfter\n      startedAt\n      completedAt\n      error\n    }\n    jobSchedules {\n      name\n      cron\n      timeZone\n    }\n  }\n": typeof types.BackgroundJobsDocument,
    "\n  mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {\n    retryBackgroundJob(input: $input)\n  }\n": typeof types.RetryBackgroundJobDocument,
    "\n  query EmailPreferences {\n    emailPreferences {\n      language\n      notices\n      choices\n    }\n  }\n": typeof types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      language\n      notices\n      choices\n    }\n  }\n": typeof types.UpdateEmailPreferencesDocument,
    "\n  fragment NoticeText_Notification on Notification {\n    kind\n    message\n    params {\n      title\n      organization\n      from\n      to\n      dueOn\n      excerpt\n    }\n    taskId\n  }\n": typeof types.NoticeText_NotificationFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          ...NoticeText_Notification\n          read\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n": typeof types.Profile_ViewerFragmentDoc,
    "\n  fragment Registry_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n      regencyCode\n    }\n  }\n": typeof types.Registry_ViewerFragmentDoc,
    "\n  mutation AssignTask($input: AssignOutreachTaskInput!) {\n    assignOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n": typeof types.AssignTaskDocument,
    "\n  query Colleagues {\n    users(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  query TaskPartners {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.TaskPartnersDocument,
    "\n  query PartnerDirectory($grantorId: ID!, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          districtName\n          workerCount\n          enrolledCount\n        }\n      }\n    }\n  }\n": typeof types.PartnerDirectoryDocument,
    "\n  mutation CreateOutreachTask($input: CreateOutreachTaskInput!) {\n    createOutreachTask(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOutreachTaskDocument,
    "\n  fragment TaskCard_Task on OutreachTask {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    version\n    targetWorkers\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n  }\n": typeof types.TaskCard_TaskFragmentDoc,
    "\n  fragment TaskComments_Task on OutreachTask {\n    id\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n": typeof types.TaskComments_TaskFragmentDoc,
    "\n  mutation CommentOnTask($input: TaskCommentInput!) {\n    commentOnTask(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentOnTaskDocument,
    "\n  fragment TaskHistory_Task on OutreachTask {\n    events {\n      kind\n      fromStatus\n      toStatus\n      actorEmail\n      actorName\n      reason\n      assignedToName\n      visit {\n        id\n        visitedOn\n        businessName\n        peopleReached\n        workersRegistered\n      }\n      createdAt\n    }\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n": typeof types.TaskHistory_TaskFragmentDoc,
    "\n  fragment TaskDetail on OutreachTask {\n    id\n    title\n    status\n    overdue\n    version\n    assigneeUserId\n    creator {\n      id\n    }\n    ...TaskSummary_Task\n    ...VisitForm_Task\n    ...TaskReports_Task\n    ...TaskComments_Task\n    ...TaskHistory_Task\n  }\n": typeof types.TaskDetailFragmentDoc,
    "\n  query OutreachTask($id: ID!) {\n    node(id: $id) {\n      ... on OutreachTask {\n        __typename\n        ...TaskDetail\n      }\n    }\n  }\n": typeof types.OutreachTaskDocument,
    "\n  mutation MoveTaskDetail($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n": typeof types.MoveTaskDetailDocument,
    "\n  fragment TaskReports_Task on OutreachTask {\n    reports {\n      id\n      visitedOn\n      businessName\n      peopleReached\n      workersRegistered\n      notes\n      reportedBy\n      reportedByName\n      latitude\n      longitude\n      hasPhoto\n    }\n  }\n": typeof types.TaskReports_TaskFragmentDoc,
    "\n  query VisitReportPhoto($reportId: ID!) {\n    visitReportPhoto(reportId: $reportId)\n  }\n": typeof types.VisitReportPhotoDocument,
    "\n  fragment TaskSummary_Task on OutreachTask {\n    description\n    priority\n    dueOn\n    overdue\n    targetWorkers\n    closingReason\n    regencyCode\n    districtCode\n    kbliSection\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n    targets {\n      id\n      name\n      nib\n    }\n  }\n": typeof types.TaskSummary_TaskFragmentDoc,
    "\n  query OutreachTasks(\n    $first: Int!\n    $after: String\n    $side: TaskSide\n    $statuses: [TaskStatus!]\n    $overdue: Boolean\n    $dueBefore: String\n    $assigneeId: ID\n  ) {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    outreachTasks(\n      first: $first\n      after: $after\n      side: $side\n      statuses: $statuses\n      overdue: $overdue\n      dueBefore: $dueBefore\n      assigneeId: $assigneeId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          ...TaskCard_Task\n        }\n      }\n    }\n  }\n": typeof types.OutreachTasksDocument,
    "\n  mutation MoveTask($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      id\n      status\n      version\n      closingReason\n    }\n  }\n": typeof types.MoveTaskDocument,
    "\n  fragment VisitForm_Task on OutreachTask {\n    id\n    regencyCode\n    districtCode\n    kbliSection\n    targets {\n      id\n      name\n    }\n  }\n": typeof types.VisitForm_TaskFragmentDoc,
    "\n  mutation ReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportVisitDocument,
    "\n  query VisitBusinesses($filter: BusinessFilter) {\n    businesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VisitBusinessesDocument,
    "\n  fragment Tasks_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Tasks_ViewerFragmentDoc,
    "\n  fragment UserRow_User on User {\n    id\n    displayName\n    email\n    role\n    status\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $role: Role, $status: UserStatus) {\n    viewer {\n      user {\n        id\n      }\n    }\n    users(first: $first, after: $after, role: $role, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_User\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        email\n        status\n      }\n      invitationUrl\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query BusinessChoices($search: String) {\n    businesses(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nib\n          sizeClass\n          districtName\n        }\n      }\n    }\n  }\n": typeof types.BusinessChoicesDocument,
    "\n  mutation CreateWorker($input: WorkerFields!) {\n    createWorker(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkerDocument,
    "\n  query WorkerPersonalData($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        personalData {\n          nik\n          birthDate\n          monthlyIncome\n          phone\n        }\n      }\n    }\n  }\n": typeof types.WorkerPersonalDataDocument,
    "\n  fragment WorkerFacts_Worker on Worker {\n    nik\n    sex\n    birthYear\n    workerType\n    occupation\n    phone\n    kpj\n    programmes\n    enrolledOn\n    enrolmentInterestAt\n    businesses {\n      id\n      name\n    }\n  }\n": typeof types.WorkerFacts_WorkerFragmentDoc,
    "\n  fragment WorkerForm_Worker on Worker {\n    fullName\n    workerType\n    occupation\n    coverageStatus\n    kpj\n    programmes\n    enrolledOn\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n": typeof types.WorkerForm_WorkerFragmentDoc,
    "\n  query Worker($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        fullName\n        coverageStatus\n        version\n        archivedAt\n        ...WorkerFacts_Worker\n        ...WorkerForm_Worker\n        ...WorkerEnrolment_Worker\n      }\n    }\n  }\n": typeof types.WorkerDocument,
    "\n  mutation UpdateWorker($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n": typeof types.UpdateWorkerDocument,
    "\n  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {\n    updateWorkerDetails(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n": typeof types.UpdateWorkerDetailsDocument,
    "\n  mutation ArchiveWorker($input: VersionedIdInput!) {\n    archiveWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.ArchiveWorkerDocument,
    "\n  mutation RestoreWorker($input: VersionedIdInput!) {\n    restoreWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": typeof types.RestoreWorkerDocument,
    "\n  fragment WorkerRow_Worker on Worker {\n    id\n    nik\n    fullName\n    sex\n    birthYear\n    workerType\n    occupation\n    coverageStatus\n    programmes\n    businesses {\n      id\n      name\n    }\n  }\n": typeof types.WorkerRow_WorkerFragmentDoc,
    "\n  query Workers($first: Int!, $after: String, $filter: WorkerFilter, $sort: WorkerSort!, $descending: Boolean!) {\n    workers(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...WorkerRow_Worker\n        }\n      }\n    }\n  }\n": typeof types.WorkersDocument,
    "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AppShell_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query HeaderUnread {\n    unreadNotificationCount\n  }\n": typeof types.HeaderUnreadDocument,
};
const documents: Documents = {
    "\n  query PartnerDirectories {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          scope\n          status\n          grantor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartnerDirectoriesDocument,
    "\n  fragment AgreementRow_Agreement on Agreement {\n    id\n    scope\n    title\n    number\n    signedOn\n    validFrom\n    validUntil\n    status\n    version\n    revokedBy\n    grantor {\n      id\n      name\n    }\n    grantee {\n      id\n      name\n    }\n  }\n": types.AgreementRow_AgreementFragmentDoc,
    "\n  query Agreements {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          ...AgreementRow_Agreement\n        }\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  mutation GrantAgreement($input: GrantAgreementInput!) {\n    grantAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": types.GrantAgreementDocument,
    "\n  mutation RevokeAgreement($input: VersionedIdInput!) {\n    revokeAgreement(input: $input) {\n      id\n      status\n      version\n      revokedBy\n    }\n  }\n": types.RevokeAgreementDocument,
    "\n  query PartnerBusinesses($grantorId: ID!, $first: Int!, $after: String, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: $first, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n": types.PartnerBusinessesDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String, $actorEmail: String) {\n    auditLog(first: $first, after: $after, action: $action, actorEmail: $actorEmail) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          objectType\n          objectId\n          actorEmail\n          changes\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n      ...Registry_Viewer\n      ...Tasks_Viewer\n      ...Enrolment_Viewer\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BusinessFacts_Business on Business {\n    legalForm\n    nib\n    kbliSection\n    kbliTitle\n    sizeClass\n    regencyName\n    districtName\n    villageName\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n    updatedAt\n  }\n": types.BusinessFacts_BusinessFragmentDoc,
    "\n  fragment BusinessForm_Business on Business {\n    legalForm\n    name\n    nib\n    cooperativeNumber\n    kbliSection\n    sizeClass\n    regencyCode\n    districtCode\n    villageCode\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n  }\n": types.BusinessForm_BusinessFragmentDoc,
    "\n  query Business($id: ID!) {\n    node(id: $id) {\n      ... on Business {\n        __typename\n        id\n        name\n        version\n        archivedAt\n        ...BusinessFacts_Business\n        ...BusinessForm_Business\n      }\n    }\n  }\n": types.BusinessDocument,
    "\n  mutation UpdateBusiness($input: UpdateBusinessInput!) {\n    updateBusiness(input: $input) {\n      id\n      name\n      version\n      updatedAt\n    }\n  }\n": types.UpdateBusinessDocument,
    "\n  mutation ArchiveBusiness($input: VersionedIdInput!) {\n    archiveBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveBusinessDocument,
    "\n  mutation RestoreBusiness($input: VersionedIdInput!) {\n    restoreBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.RestoreBusinessDocument,
    "\n  fragment BusinessRow_Business on Business {\n    id\n    name\n    nib\n    legalForm\n    kbliSection\n    sizeClass\n    districtName\n    regencyName\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n  }\n": types.BusinessRow_BusinessFragmentDoc,
    "\n  query Businesses($first: Int!, $after: String, $filter: BusinessFilter, $sort: BusinessSort!, $descending: Boolean!) {\n    businesses(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n": types.BusinessesDocument,
    "\n  mutation CreateBusiness($input: BusinessFields!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n": types.CreateBusinessDocument,
    "\n  fragment Coverage_Figure on CoverageFigure {\n    key\n    label\n    businesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n": types.Coverage_FigureFragmentDoc,
    "\n  query Dashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      sources {\n        id\n        name\n        own\n      }\n      totals {\n        ...DashboardTotals_Figure\n      }\n      bySource {\n        ...Coverage_Figure\n      }\n      byRegency {\n        ...Coverage_Figure\n      }\n      byDistrict {\n        ...Coverage_Figure\n      }\n      bySector {\n        ...Coverage_Figure\n      }\n      bySizeClass {\n        ...Coverage_Figure\n      }\n      byLegalForm {\n        ...Coverage_Figure\n      }\n      byWorkerType {\n        ...Coverage_Figure\n      }\n      enrolmentTrend {\n        month\n        enrolled\n        cumulative\n      }\n      programmeMix {\n        programme\n        workers\n        share\n      }\n      taskProgress {\n        key\n        label\n        open\n        overdue\n        done\n        targetWorkers\n        registeredWorkers\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment DashboardTotals_Figure on CoverageFigure {\n    businesses\n    coveredBusinesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n": types.DashboardTotals_FigureFragmentDoc,
    "\n  query DashboardVillages($districtCode: String!, $filter: DashboardFilter) {\n    dashboardVillages(districtCode: $districtCode, filter: $filter) {\n      ...Coverage_Figure\n    }\n  }\n": types.DashboardVillagesDocument,
    "\n  fragment AssistanceBudget_Programme on AssistanceProgramme {\n    budget\n    budgetUse {\n      committed\n      spent\n      remaining\n      peopleCovered\n    }\n  }\n": types.AssistanceBudget_ProgrammeFragmentDoc,
    "\n  query AssistanceProgrammes {\n    assistanceProgrammes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          legalBasis\n          programmes\n          monthsOfCover\n          startsOn\n          endsOn\n          ...AssistanceBudget_Programme\n        }\n      }\n    }\n  }\n": types.AssistanceProgrammesDocument,
    "\n  mutation CreateAssistanceProgramme($input: AssistanceProgrammeFields!) {\n    createAssistanceProgramme(input: $input) {\n      id\n    }\n  }\n": types.CreateAssistanceProgrammeDocument,
    "\n  query AssistanceProgramme($id: ID!) {\n    node(id: $id) {\n      ... on AssistanceProgramme {\n        __typename\n        id\n        name\n        legalBasis\n        programmes\n        monthsOfCover\n        startsOn\n        endsOn\n        incomeCeiling\n        ...AssistanceBudget_Programme\n        renewals {\n          lineId\n          requestId\n          workerId\n          fullName\n          kpj\n          coverUntil\n        }\n      }\n    }\n  }\n": types.AssistanceProgrammeDocument,
    "\n  query BusinessContributions($businessId: ID!) {\n    workers(first: 100, filter: { businessId: $businessId, coverageStatus: ENROLLED }) {\n      totalCount\n      edges {\n        node {\n          id\n          enrolmentLines {\n            status\n            contribution {\n              total\n              rateVersion\n              byPayer {\n                employer\n                worker\n                assistance\n              }\n              parts {\n                programme\n                rate\n                amount\n                employerAmount\n                workerAmount\n                assistanceAmount\n                rateVersion\n                source\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BusinessContributionsDocument,
    "\n  query EnrolmentRequest($id: ID!) {\n    node(id: $id) {\n      ... on EnrolmentRequest {\n        __typename\n        id\n        title\n        status\n        version\n        note\n        sentAt\n        sentBy\n        createdBy\n        linesShared\n        shareUntil\n        monthlyTotal\n        taskId\n        partner {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        assistanceProgramme {\n          id\n          name\n        }\n        problems {\n          lineId\n          fullName\n          field\n          problem\n        }\n        ...RequestProgress_Request\n        lines(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...EnrolmentLine_Line\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EnrolmentRequestDocument,
    "\n  fragment EnrolmentLine_Line on EnrolmentLine {\n    id\n    position\n    fullName\n    nik\n    workerType\n    businessName\n    programmes\n    registeredProgrammes\n    payer\n    monthlyTotal\n    status\n    kpj\n    effectiveDate\n    rejectionReason\n    rejectionNote\n    existingKpj\n    workerId\n  }\n": types.EnrolmentLine_LineFragmentDoc,
    "\n  mutation RegisterEnrolmentLines($input: RegisterEnrolmentLinesInput!) {\n    registerEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n": types.RegisterEnrolmentLinesDocument,
    "\n  mutation DeleteEnrolmentRequest($input: VersionedIdInput!) {\n    deleteEnrolmentRequest(input: $input)\n  }\n": types.DeleteEnrolmentRequestDocument,
    "\n  mutation RejectEnrolmentLines($input: RejectEnrolmentLinesInput!) {\n    rejectEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n": types.RejectEnrolmentLinesDocument,
    "\n  fragment RequestProgress_Request on EnrolmentRequest {\n    lineCount\n    registeredCount\n    rejectedCount\n    pendingCount\n  }\n": types.RequestProgress_RequestFragmentDoc,
    "\n  fragment Enrolment_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n": types.Enrolment_ViewerFragmentDoc,
    "\n  query EnrolmentRequests($first: Int!, $after: String, $status: EnrolmentRequestStatus, $direction: EnrolmentDirection) {\n    enrolmentRequests(first: $first, after: $after, status: $status, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          sentAt\n          createdAt\n          lineCount\n          monthlyTotal\n          partner {\n            id\n            name\n          }\n          recipient {\n            id\n            name\n          }\n          ...RequestProgress_Request\n        }\n      }\n    }\n  }\n": types.EnrolmentRequestsDocument,
    "\n  fragment WorkerEnrolment_Worker on Worker {\n    enrolmentLines {\n      id\n      requestId\n      status\n      programmes\n      registeredProgrammes\n      kpj\n      effectiveDate\n      rejectionReason\n      rejectionNote\n      existingKpj\n      processedAt\n      coverUntil\n      contribution {\n        total\n        rateVersion\n        byPayer {\n          employer\n          worker\n          assistance\n        }\n        parts {\n          programme\n          rate\n          amount\n          employerAmount\n          workerAmount\n          assistanceAmount\n          rateVersion\n          source\n        }\n      }\n    }\n  }\n": types.WorkerEnrolment_WorkerFragmentDoc,
    "\n  fragment PickWorker_Worker on Worker {\n    id\n    fullName\n    workerType\n    coverageStatus\n    occupation\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n": types.PickWorker_WorkerFragmentDoc,
    "\n  query PickWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter, sort: NAME, descending: false) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PickWorker_Worker\n        }\n      }\n    }\n  }\n": types.PickWorkersDocument,
    "\n  query PickTasks {\n    outreachTasks(first: 100, side: ASSIGNED, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PickTasksDocument,
    "\n  query EnrolmentBuilderChoices {\n    organizations(first: 50, kind: BPJS_OFFICE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    assistanceProgrammes(first: 50) {\n      edges {\n        node {\n          id\n          name\n          programmes\n          bpuOnly\n          incomeCeiling\n          budgetUse {\n            remaining\n          }\n        }\n      }\n    }\n  }\n": types.EnrolmentBuilderChoicesDocument,
    "\n  mutation CreateEnrolmentRequest($input: CreateEnrolmentRequestInput!) {\n    createEnrolmentRequest(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateEnrolmentRequestDocument,
    "\n  mutation AddEnrolmentLines($input: AddEnrolmentLinesInput!) {\n    addEnrolmentLines(input: $input) {\n      added\n      skipped {\n        workerId\n        fullName\n        problem\n      }\n      request {\n        id\n        version\n        lineCount\n      }\n    }\n  }\n": types.AddEnrolmentLinesDocument,
    "\n  mutation SendEnrolmentRequest($input: VersionedIdInput!) {\n    sendEnrolmentRequest(input: $input) {\n      id\n      version\n      status\n      sentAt\n    }\n  }\n": types.SendEnrolmentRequestDocument,
    "\n  mutation FieldReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n": types.FieldReportVisitDocument,
    "\n  mutation FieldCreateWorker($input: WorkerFields!, $clientId: ID) {\n    createWorker(input: $input, clientId: $clientId) {\n      id\n    }\n  }\n": types.FieldCreateWorkerDocument,
    "\n  mutation FieldMarkInterest($input: MarkEnrolmentInterestInput!) {\n    markEnrolmentInterest(input: $input) {\n      id\n      enrolmentInterestAt\n    }\n  }\n": types.FieldMarkInterestDocument,
    "\n  query FieldExistingWorker($search: String!) {\n    workers(filter: { search: $search }, first: 1) {\n      edges {\n        node {\n          id\n          fullName\n          nik\n          occupation\n          businesses {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FieldExistingWorkerDocument,
    "\n  query FieldTaskState($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OutreachTask {\n        status\n        closingReason\n      }\n    }\n  }\n": types.FieldTaskStateDocument,
    "\n  query FieldTasks {\n    viewer {\n      user {\n        id\n        displayName\n      }\n      organization {\n        id\n        name\n      }\n    }\n    outreachTasks(side: ASSIGNED, statuses: [ACCEPTED, IN_PROGRESS], first: 50) {\n      edges {\n        node {\n          id\n          title\n          description\n          dueOn\n          status\n          assigneeUserId\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FieldTasksDocument,
    "\n  query FieldBusiness($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Business {\n        name\n        address\n        districtName\n        contactName\n        contactPhone\n        workerCount\n        enrolledCount\n      }\n    }\n  }\n": types.FieldBusinessDocument,
    "\n  query FieldBusinessWorkers($businessId: ID!) {\n    workers(filter: { businessId: $businessId }, first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          enrolmentInterestAt\n        }\n      }\n    }\n  }\n": types.FieldBusinessWorkersDocument,
    "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.Home_ViewerFragmentDoc,
    "\n  query Home {\n    overdue: outreachTasks(first: 5, overdue: true) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n    }\n    open: outreachTasks(first: 1, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      totalCount\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NoticeText_Notification\n        }\n      }\n    }\n    dashboard {\n      totals {\n        businesses\n        workers\n        enrolled\n        coverageRate\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query BackgroundJobs($states: [BackgroundJobState!]) {\n    backgroundJobs(states: $states, first: 100) {\n      id\n      name\n      state\n      retryCount\n      retryLimit\n      createdAt\n      startAfter\n      startedAt\n      completedAt\n      error\n    }\n    jobSchedules {\n      name\n      cron\n      timeZone\n    }\n  }\n": types.BackgroundJobsDocument,
    "\n  mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {\n    retryBackgroundJob(input: $input)\n  }\n": types.RetryBackgroundJobDocument,
    "\n  query EmailPreferences {\n    emailPreferences {\n      language\n      notices\n      choices\n    }\n  }\n": types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      language\n      notices\n      choices\n    }\n  }\n": types.UpdateEmailPreferencesDocument,
    "\n  fragment NoticeText_Notification on Notification {\n    kind\n    message\n    params {\n      title\n      organization\n      from\n      to\n      dueOn\n      excerpt\n    }\n    taskId\n  }\n": types.NoticeText_NotificationFragmentDoc,
    "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          ...NoticeText_Notification\n          read\n          createdAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n": types.Profile_ViewerFragmentDoc,
    "\n  fragment Registry_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n      regencyCode\n    }\n  }\n": types.Registry_ViewerFragmentDoc,
    "\n  mutation AssignTask($input: AssignOutreachTaskInput!) {\n    assignOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n": types.AssignTaskDocument,
    "\n  query Colleagues {\n    users(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": types.ColleaguesDocument,
    "\n  query TaskPartners {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.TaskPartnersDocument,
    "\n  query PartnerDirectory($grantorId: ID!, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          districtName\n          workerCount\n          enrolledCount\n        }\n      }\n    }\n  }\n": types.PartnerDirectoryDocument,
    "\n  mutation CreateOutreachTask($input: CreateOutreachTaskInput!) {\n    createOutreachTask(input: $input) {\n      id\n    }\n  }\n": types.CreateOutreachTaskDocument,
    "\n  fragment TaskCard_Task on OutreachTask {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    version\n    targetWorkers\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n  }\n": types.TaskCard_TaskFragmentDoc,
    "\n  fragment TaskComments_Task on OutreachTask {\n    id\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n": types.TaskComments_TaskFragmentDoc,
    "\n  mutation CommentOnTask($input: TaskCommentInput!) {\n    commentOnTask(input: $input) {\n      id\n    }\n  }\n": types.CommentOnTaskDocument,
    "\n  fragment TaskHistory_Task on OutreachTask {\n    events {\n      kind\n      fromStatus\n      toStatus\n      actorEmail\n      actorName\n      reason\n      assignedToName\n      visit {\n        id\n        visitedOn\n        businessName\n        peopleReached\n        workersRegistered\n      }\n      createdAt\n    }\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n": types.TaskHistory_TaskFragmentDoc,
    "\n  fragment TaskDetail on OutreachTask {\n    id\n    title\n    status\n    overdue\n    version\n    assigneeUserId\n    creator {\n      id\n    }\n    ...TaskSummary_Task\n    ...VisitForm_Task\n    ...TaskReports_Task\n    ...TaskComments_Task\n    ...TaskHistory_Task\n  }\n": types.TaskDetailFragmentDoc,
    "\n  query OutreachTask($id: ID!) {\n    node(id: $id) {\n      ... on OutreachTask {\n        __typename\n        ...TaskDetail\n      }\n    }\n  }\n": types.OutreachTaskDocument,
    "\n  mutation MoveTaskDetail($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n": types.MoveTaskDetailDocument,
    "\n  fragment TaskReports_Task on OutreachTask {\n    reports {\n      id\n      visitedOn\n      businessName\n      peopleReached\n      workersRegistered\n      notes\n      reportedBy\n      reportedByName\n      latitude\n      longitude\n      hasPhoto\n    }\n  }\n": types.TaskReports_TaskFragmentDoc,
    "\n  query VisitReportPhoto($reportId: ID!) {\n    visitReportPhoto(reportId: $reportId)\n  }\n": types.VisitReportPhotoDocument,
    "\n  fragment TaskSummary_Task on OutreachTask {\n    description\n    priority\n    dueOn\n    overdue\n    targetWorkers\n    closingReason\n    regencyCode\n    districtCode\n    kbliSection\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n    targets {\n      id\n      name\n      nib\n    }\n  }\n": types.TaskSummary_TaskFragmentDoc,
    "\n  query OutreachTasks(\n    $first: Int!\n    $after: String\n    $side: TaskSide\n    $statuses: [TaskStatus!]\n    $overdue: Boolean\n    $dueBefore: String\n    $assigneeId: ID\n  ) {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    outreachTasks(\n      first: $first\n      after: $after\n      side: $side\n      statuses: $statuses\n      overdue: $overdue\n      dueBefore: $dueBefore\n      assigneeId: $assigneeId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          ...TaskCard_Task\n        }\n      }\n    }\n  }\n": types.OutreachTasksDocument,
    "\n  mutation MoveTask($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      id\n      status\n      version\n      closingReason\n    }\n  }\n": types.MoveTaskDocument,
    "\n  fragment VisitForm_Task on OutreachTask {\n    id\n    regencyCode\n    districtCode\n    kbliSection\n    targets {\n      id\n      name\n    }\n  }\n": types.VisitForm_TaskFragmentDoc,
    "\n  mutation ReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n": types.ReportVisitDocument,
    "\n  query VisitBusinesses($filter: BusinessFilter) {\n    businesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VisitBusinessesDocument,
    "\n  fragment Tasks_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n": types.Tasks_ViewerFragmentDoc,
    "\n  fragment UserRow_User on User {\n    id\n    displayName\n    email\n    role\n    status\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $role: Role, $status: UserStatus) {\n    viewer {\n      user {\n        id\n      }\n    }\n    users(first: $first, after: $after, role: $role, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_User\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        email\n        status\n      }\n      invitationUrl\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query BusinessChoices($search: String) {\n    businesses(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nib\n          sizeClass\n          districtName\n        }\n      }\n    }\n  }\n": types.BusinessChoicesDocument,
    "\n  mutation CreateWorker($input: WorkerFields!) {\n    createWorker(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkerDocument,
    "\n  query WorkerPersonalData($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        personalData {\n          nik\n          birthDate\n          monthlyIncome\n          phone\n        }\n      }\n    }\n  }\n": types.WorkerPersonalDataDocument,
    "\n  fragment WorkerFacts_Worker on Worker {\n    nik\n    sex\n    birthYear\n    workerType\n    occupation\n    phone\n    kpj\n    programmes\n    enrolledOn\n    enrolmentInterestAt\n    businesses {\n      id\n      name\n    }\n  }\n": types.WorkerFacts_WorkerFragmentDoc,
    "\n  fragment WorkerForm_Worker on Worker {\n    fullName\n    workerType\n    occupation\n    coverageStatus\n    kpj\n    programmes\n    enrolledOn\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n": types.WorkerForm_WorkerFragmentDoc,
    "\n  query Worker($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        fullName\n        coverageStatus\n        version\n        archivedAt\n        ...WorkerFacts_Worker\n        ...WorkerForm_Worker\n        ...WorkerEnrolment_Worker\n      }\n    }\n  }\n": types.WorkerDocument,
    "\n  mutation UpdateWorker($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n": types.UpdateWorkerDocument,
    "\n  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {\n    updateWorkerDetails(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n": types.UpdateWorkerDetailsDocument,
    "\n  mutation ArchiveWorker($input: VersionedIdInput!) {\n    archiveWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.ArchiveWorkerDocument,
    "\n  mutation RestoreWorker($input: VersionedIdInput!) {\n    restoreWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n": types.RestoreWorkerDocument,
    "\n  fragment WorkerRow_Worker on Worker {\n    id\n    nik\n    fullName\n    sex\n    birthYear\n    workerType\n    occupation\n    coverageStatus\n    programmes\n    businesses {\n      id\n      name\n    }\n  }\n": types.WorkerRow_WorkerFragmentDoc,
    "\n  query Workers($first: Int!, $after: String, $filter: WorkerFilter, $sort: WorkerSort!, $descending: Boolean!) {\n    workers(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...WorkerRow_Worker\n        }\n      }\n    }\n  }\n": types.WorkersDocument,
    "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.AppShell_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query HeaderUnread {\n    unreadNotificationCount\n  }\n": types.HeaderUnreadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectories {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          scope\n          status\n          grantor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectories {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          scope\n          status\n          grantor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementRow_Agreement on Agreement {\n    id\n    scope\n    title\n    number\n    signedOn\n    validFrom\n    validUntil\n    status\n    version\n    revokedBy\n    grantor {\n      id\n      name\n    }\n    grantee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementRow_Agreement on Agreement {\n    id\n    scope\n    title\n    number\n    signedOn\n    validFrom\n    validUntil\n    status\n    version\n    revokedBy\n    grantor {\n      id\n      name\n    }\n    grantee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          ...AgreementRow_Agreement\n        }\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreements {\n    agreements(first: 100) {\n      edges {\n        node {\n          id\n          ...AgreementRow_Agreement\n        }\n      }\n    }\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAgreement($input: GrantAgreementInput!) {\n    grantAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAgreement($input: GrantAgreementInput!) {\n    grantAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAgreement($input: VersionedIdInput!) {\n    revokeAgreement(input: $input) {\n      id\n      status\n      version\n      revokedBy\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAgreement($input: VersionedIdInput!) {\n    revokeAgreement(input: $input) {\n      id\n      status\n      version\n      revokedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerBusinesses($grantorId: ID!, $first: Int!, $after: String, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: $first, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerBusinesses($grantorId: ID!, $first: Int!, $after: String, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: $first, after: $after, filter: { search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $action: String, $actorEmail: String) {\n    auditLog(first: $first, after: $after, action: $action, actorEmail: $actorEmail) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          objectType\n          objectId\n          actorEmail\n          changes\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $action: String, $actorEmail: String) {\n    auditLog(first: $first, after: $after, action: $action, actorEmail: $actorEmail) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          objectType\n          objectId\n          actorEmail\n          changes\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n      ...Registry_Viewer\n      ...Tasks_Viewer\n      ...Enrolment_Viewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n      ...Registry_Viewer\n      ...Tasks_Viewer\n      ...Enrolment_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessFacts_Business on Business {\n    legalForm\n    nib\n    kbliSection\n    kbliTitle\n    sizeClass\n    regencyName\n    districtName\n    villageName\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BusinessFacts_Business on Business {\n    legalForm\n    nib\n    kbliSection\n    kbliTitle\n    sizeClass\n    regencyName\n    districtName\n    villageName\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessForm_Business on Business {\n    legalForm\n    name\n    nib\n    cooperativeNumber\n    kbliSection\n    sizeClass\n    regencyCode\n    districtCode\n    villageCode\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n  }\n"): (typeof documents)["\n  fragment BusinessForm_Business on Business {\n    legalForm\n    name\n    nib\n    cooperativeNumber\n    kbliSection\n    sizeClass\n    regencyCode\n    districtCode\n    villageCode\n    address\n    contactName\n    contactPhone\n    foundedYear\n    kadinMember\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Business($id: ID!) {\n    node(id: $id) {\n      ... on Business {\n        __typename\n        id\n        name\n        version\n        archivedAt\n        ...BusinessFacts_Business\n        ...BusinessForm_Business\n      }\n    }\n  }\n"): (typeof documents)["\n  query Business($id: ID!) {\n    node(id: $id) {\n      ... on Business {\n        __typename\n        id\n        name\n        version\n        archivedAt\n        ...BusinessFacts_Business\n        ...BusinessForm_Business\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusiness($input: UpdateBusinessInput!) {\n    updateBusiness(input: $input) {\n      id\n      name\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusiness($input: UpdateBusinessInput!) {\n    updateBusiness(input: $input) {\n      id\n      name\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveBusiness($input: VersionedIdInput!) {\n    archiveBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveBusiness($input: VersionedIdInput!) {\n    archiveBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreBusiness($input: VersionedIdInput!) {\n    restoreBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreBusiness($input: VersionedIdInput!) {\n    restoreBusiness(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessRow_Business on Business {\n    id\n    name\n    nib\n    legalForm\n    kbliSection\n    sizeClass\n    districtName\n    regencyName\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n  }\n"): (typeof documents)["\n  fragment BusinessRow_Business on Business {\n    id\n    name\n    nib\n    legalForm\n    kbliSection\n    sizeClass\n    districtName\n    regencyName\n    kadinMember\n    workerCount\n    enrolledCount\n    coverageRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Businesses($first: Int!, $after: String, $filter: BusinessFilter, $sort: BusinessSort!, $descending: Boolean!) {\n    businesses(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Businesses($first: Int!, $after: String, $filter: BusinessFilter, $sort: BusinessSort!, $descending: Boolean!) {\n    businesses(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...BusinessRow_Business\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusiness($input: BusinessFields!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBusiness($input: BusinessFields!) {\n    createBusiness(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Coverage_Figure on CoverageFigure {\n    key\n    label\n    businesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n"): (typeof documents)["\n  fragment Coverage_Figure on CoverageFigure {\n    key\n    label\n    businesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      sources {\n        id\n        name\n        own\n      }\n      totals {\n        ...DashboardTotals_Figure\n      }\n      bySource {\n        ...Coverage_Figure\n      }\n      byRegency {\n        ...Coverage_Figure\n      }\n      byDistrict {\n        ...Coverage_Figure\n      }\n      bySector {\n        ...Coverage_Figure\n      }\n      bySizeClass {\n        ...Coverage_Figure\n      }\n      byLegalForm {\n        ...Coverage_Figure\n      }\n      byWorkerType {\n        ...Coverage_Figure\n      }\n      enrolmentTrend {\n        month\n        enrolled\n        cumulative\n      }\n      programmeMix {\n        programme\n        workers\n        share\n      }\n      taskProgress {\n        key\n        label\n        open\n        overdue\n        done\n        targetWorkers\n        registeredWorkers\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: DashboardFilter) {\n    dashboard(filter: $filter) {\n      sources {\n        id\n        name\n        own\n      }\n      totals {\n        ...DashboardTotals_Figure\n      }\n      bySource {\n        ...Coverage_Figure\n      }\n      byRegency {\n        ...Coverage_Figure\n      }\n      byDistrict {\n        ...Coverage_Figure\n      }\n      bySector {\n        ...Coverage_Figure\n      }\n      bySizeClass {\n        ...Coverage_Figure\n      }\n      byLegalForm {\n        ...Coverage_Figure\n      }\n      byWorkerType {\n        ...Coverage_Figure\n      }\n      enrolmentTrend {\n        month\n        enrolled\n        cumulative\n      }\n      programmeMix {\n        programme\n        workers\n        share\n      }\n      taskProgress {\n        key\n        label\n        open\n        overdue\n        done\n        targetWorkers\n        registeredWorkers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTotals_Figure on CoverageFigure {\n    businesses\n    coveredBusinesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n"): (typeof documents)["\n  fragment DashboardTotals_Figure on CoverageFigure {\n    businesses\n    coveredBusinesses\n    workers\n    enrolled\n    lapsed\n    coverageRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardVillages($districtCode: String!, $filter: DashboardFilter) {\n    dashboardVillages(districtCode: $districtCode, filter: $filter) {\n      ...Coverage_Figure\n    }\n  }\n"): (typeof documents)["\n  query DashboardVillages($districtCode: String!, $filter: DashboardFilter) {\n    dashboardVillages(districtCode: $districtCode, filter: $filter) {\n      ...Coverage_Figure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssistanceBudget_Programme on AssistanceProgramme {\n    budget\n    budgetUse {\n      committed\n      spent\n      remaining\n      peopleCovered\n    }\n  }\n"): (typeof documents)["\n  fragment AssistanceBudget_Programme on AssistanceProgramme {\n    budget\n    budgetUse {\n      committed\n      spent\n      remaining\n      peopleCovered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceProgrammes {\n    assistanceProgrammes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          legalBasis\n          programmes\n          monthsOfCover\n          startsOn\n          endsOn\n          ...AssistanceBudget_Programme\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceProgrammes {\n    assistanceProgrammes(first: 100) {\n      edges {\n        node {\n          id\n          name\n          legalBasis\n          programmes\n          monthsOfCover\n          startsOn\n          endsOn\n          ...AssistanceBudget_Programme\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssistanceProgramme($input: AssistanceProgrammeFields!) {\n    createAssistanceProgramme(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssistanceProgramme($input: AssistanceProgrammeFields!) {\n    createAssistanceProgramme(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceProgramme($id: ID!) {\n    node(id: $id) {\n      ... on AssistanceProgramme {\n        __typename\n        id\n        name\n        legalBasis\n        programmes\n        monthsOfCover\n        startsOn\n        endsOn\n        incomeCeiling\n        ...AssistanceBudget_Programme\n        renewals {\n          lineId\n          requestId\n          workerId\n          fullName\n          kpj\n          coverUntil\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceProgramme($id: ID!) {\n    node(id: $id) {\n      ... on AssistanceProgramme {\n        __typename\n        id\n        name\n        legalBasis\n        programmes\n        monthsOfCover\n        startsOn\n        endsOn\n        incomeCeiling\n        ...AssistanceBudget_Programme\n        renewals {\n          lineId\n          requestId\n          workerId\n          fullName\n          kpj\n          coverUntil\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessContributions($businessId: ID!) {\n    workers(first: 100, filter: { businessId: $businessId, coverageStatus: ENROLLED }) {\n      totalCount\n      edges {\n        node {\n          id\n          enrolmentLines {\n            status\n            contribution {\n              total\n              rateVersion\n              byPayer {\n                employer\n                worker\n                assistance\n              }\n              parts {\n                programme\n                rate\n                amount\n                employerAmount\n                workerAmount\n                assistanceAmount\n                rateVersion\n                source\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessContributions($businessId: ID!) {\n    workers(first: 100, filter: { businessId: $businessId, coverageStatus: ENROLLED }) {\n      totalCount\n      edges {\n        node {\n          id\n          enrolmentLines {\n            status\n            contribution {\n              total\n              rateVersion\n              byPayer {\n                employer\n                worker\n                assistance\n              }\n              parts {\n                programme\n                rate\n                amount\n                employerAmount\n                workerAmount\n                assistanceAmount\n                rateVersion\n                source\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentRequest($id: ID!) {\n    node(id: $id) {\n      ... on EnrolmentRequest {\n        __typename\n        id\n        title\n        status\n        version\n        note\n        sentAt\n        sentBy\n        createdBy\n        linesShared\n        shareUntil\n        monthlyTotal\n        taskId\n        partner {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        assistanceProgramme {\n          id\n          name\n        }\n        problems {\n          lineId\n          fullName\n          field\n          problem\n        }\n        ...RequestProgress_Request\n        lines(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...EnrolmentLine_Line\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrolmentRequest($id: ID!) {\n    node(id: $id) {\n      ... on EnrolmentRequest {\n        __typename\n        id\n        title\n        status\n        version\n        note\n        sentAt\n        sentBy\n        createdBy\n        linesShared\n        shareUntil\n        monthlyTotal\n        taskId\n        partner {\n          id\n          name\n        }\n        recipient {\n          id\n          name\n        }\n        assistanceProgramme {\n          id\n          name\n        }\n        problems {\n          lineId\n          fullName\n          field\n          problem\n        }\n        ...RequestProgress_Request\n        lines(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...EnrolmentLine_Line\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrolmentLine_Line on EnrolmentLine {\n    id\n    position\n    fullName\n    nik\n    workerType\n    businessName\n    programmes\n    registeredProgrammes\n    payer\n    monthlyTotal\n    status\n    kpj\n    effectiveDate\n    rejectionReason\n    rejectionNote\n    existingKpj\n    workerId\n  }\n"): (typeof documents)["\n  fragment EnrolmentLine_Line on EnrolmentLine {\n    id\n    position\n    fullName\n    nik\n    workerType\n    businessName\n    programmes\n    registeredProgrammes\n    payer\n    monthlyTotal\n    status\n    kpj\n    effectiveDate\n    rejectionReason\n    rejectionNote\n    existingKpj\n    workerId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEnrolmentLines($input: RegisterEnrolmentLinesInput!) {\n    registerEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEnrolmentLines($input: RegisterEnrolmentLinesInput!) {\n    registerEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEnrolmentRequest($input: VersionedIdInput!) {\n    deleteEnrolmentRequest(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteEnrolmentRequest($input: VersionedIdInput!) {\n    deleteEnrolmentRequest(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectEnrolmentLines($input: RejectEnrolmentLinesInput!) {\n    rejectEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n"): (typeof documents)["\n  mutation RejectEnrolmentLines($input: RejectEnrolmentLinesInput!) {\n    rejectEnrolmentLines(input: $input) {\n      ...EnrolmentLine_Line\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestProgress_Request on EnrolmentRequest {\n    lineCount\n    registeredCount\n    rejectedCount\n    pendingCount\n  }\n"): (typeof documents)["\n  fragment RequestProgress_Request on EnrolmentRequest {\n    lineCount\n    registeredCount\n    rejectedCount\n    pendingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Enrolment_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Enrolment_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentRequests($first: Int!, $after: String, $status: EnrolmentRequestStatus, $direction: EnrolmentDirection) {\n    enrolmentRequests(first: $first, after: $after, status: $status, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          sentAt\n          createdAt\n          lineCount\n          monthlyTotal\n          partner {\n            id\n            name\n          }\n          recipient {\n            id\n            name\n          }\n          ...RequestProgress_Request\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrolmentRequests($first: Int!, $after: String, $status: EnrolmentRequestStatus, $direction: EnrolmentDirection) {\n    enrolmentRequests(first: $first, after: $after, status: $status, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          sentAt\n          createdAt\n          lineCount\n          monthlyTotal\n          partner {\n            id\n            name\n          }\n          recipient {\n            id\n            name\n          }\n          ...RequestProgress_Request\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerEnrolment_Worker on Worker {\n    enrolmentLines {\n      id\n      requestId\n      status\n      programmes\n      registeredProgrammes\n      kpj\n      effectiveDate\n      rejectionReason\n      rejectionNote\n      existingKpj\n      processedAt\n      coverUntil\n      contribution {\n        total\n        rateVersion\n        byPayer {\n          employer\n          worker\n          assistance\n        }\n        parts {\n          programme\n          rate\n          amount\n          employerAmount\n          workerAmount\n          assistanceAmount\n          rateVersion\n          source\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerEnrolment_Worker on Worker {\n    enrolmentLines {\n      id\n      requestId\n      status\n      programmes\n      registeredProgrammes\n      kpj\n      effectiveDate\n      rejectionReason\n      rejectionNote\n      existingKpj\n      processedAt\n      coverUntil\n      contribution {\n        total\n        rateVersion\n        byPayer {\n          employer\n          worker\n          assistance\n        }\n        parts {\n          programme\n          rate\n          amount\n          employerAmount\n          workerAmount\n          assistanceAmount\n          rateVersion\n          source\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickWorker_Worker on Worker {\n    id\n    fullName\n    workerType\n    coverageStatus\n    occupation\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n"): (typeof documents)["\n  fragment PickWorker_Worker on Worker {\n    id\n    fullName\n    workerType\n    coverageStatus\n    occupation\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter, sort: NAME, descending: false) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PickWorker_Worker\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickWorkers($first: Int!, $after: String, $filter: WorkerFilter) {\n    workers(first: $first, after: $after, filter: $filter, sort: NAME, descending: false) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PickWorker_Worker\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickTasks {\n    outreachTasks(first: 100, side: ASSIGNED, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PickTasks {\n    outreachTasks(first: 100, side: ASSIGNED, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentBuilderChoices {\n    organizations(first: 50, kind: BPJS_OFFICE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    assistanceProgrammes(first: 50) {\n      edges {\n        node {\n          id\n          name\n          programmes\n          bpuOnly\n          incomeCeiling\n          budgetUse {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrolmentBuilderChoices {\n    organizations(first: 50, kind: BPJS_OFFICE) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    assistanceProgrammes(first: 50) {\n      edges {\n        node {\n          id\n          name\n          programmes\n          bpuOnly\n          incomeCeiling\n          budgetUse {\n            remaining\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnrolmentRequest($input: CreateEnrolmentRequestInput!) {\n    createEnrolmentRequest(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEnrolmentRequest($input: CreateEnrolmentRequestInput!) {\n    createEnrolmentRequest(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEnrolmentLines($input: AddEnrolmentLinesInput!) {\n    addEnrolmentLines(input: $input) {\n      added\n      skipped {\n        workerId\n        fullName\n        problem\n      }\n      request {\n        id\n        version\n        lineCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEnrolmentLines($input: AddEnrolmentLinesInput!) {\n    addEnrolmentLines(input: $input) {\n      added\n      skipped {\n        workerId\n        fullName\n        problem\n      }\n      request {\n        id\n        version\n        lineCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEnrolmentRequest($input: VersionedIdInput!) {\n    sendEnrolmentRequest(input: $input) {\n      id\n      version\n      status\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  mutation SendEnrolmentRequest($input: VersionedIdInput!) {\n    sendEnrolmentRequest(input: $input) {\n      id\n      version\n      status\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FieldReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldCreateWorker($input: WorkerFields!, $clientId: ID) {\n    createWorker(input: $input, clientId: $clientId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FieldCreateWorker($input: WorkerFields!, $clientId: ID) {\n    createWorker(input: $input, clientId: $clientId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldMarkInterest($input: MarkEnrolmentInterestInput!) {\n    markEnrolmentInterest(input: $input) {\n      id\n      enrolmentInterestAt\n    }\n  }\n"): (typeof documents)["\n  mutation FieldMarkInterest($input: MarkEnrolmentInterestInput!) {\n    markEnrolmentInterest(input: $input) {\n      id\n      enrolmentInterestAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldExistingWorker($search: String!) {\n    workers(filter: { search: $search }, first: 1) {\n      edges {\n        node {\n          id\n          fullName\n          nik\n          occupation\n          businesses {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldExistingWorker($search: String!) {\n    workers(filter: { search: $search }, first: 1) {\n      edges {\n        node {\n          id\n          fullName\n          nik\n          occupation\n          businesses {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldTaskState($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OutreachTask {\n        status\n        closingReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldTaskState($id: ID!) {\n    node(id: $id) {\n      id\n      ... on OutreachTask {\n        status\n        closingReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldTasks {\n    viewer {\n      user {\n        id\n        displayName\n      }\n      organization {\n        id\n        name\n      }\n    }\n    outreachTasks(side: ASSIGNED, statuses: [ACCEPTED, IN_PROGRESS], first: 50) {\n      edges {\n        node {\n          id\n          title\n          description\n          dueOn\n          status\n          assigneeUserId\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldTasks {\n    viewer {\n      user {\n        id\n        displayName\n      }\n      organization {\n        id\n        name\n      }\n    }\n    outreachTasks(side: ASSIGNED, statuses: [ACCEPTED, IN_PROGRESS], first: 50) {\n      edges {\n        node {\n          id\n          title\n          description\n          dueOn\n          status\n          assigneeUserId\n          targets {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldBusiness($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Business {\n        name\n        address\n        districtName\n        contactName\n        contactPhone\n        workerCount\n        enrolledCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldBusiness($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Business {\n        name\n        address\n        districtName\n        contactName\n        contactPhone\n        workerCount\n        enrolledCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldBusinessWorkers($businessId: ID!) {\n    workers(filter: { businessId: $businessId }, first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          enrolmentInterestAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldBusinessWorkers($businessId: ID!) {\n    workers(filter: { businessId: $businessId }, first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          enrolmentInterestAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    overdue: outreachTasks(first: 5, overdue: true) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n    }\n    open: outreachTasks(first: 1, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      totalCount\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NoticeText_Notification\n        }\n      }\n    }\n    dashboard {\n      totals {\n        businesses\n        workers\n        enrolled\n        coverageRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    overdue: outreachTasks(first: 5, overdue: true) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n        }\n      }\n    }\n    open: outreachTasks(first: 1, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {\n      totalCount\n    }\n    unread: notifications(first: 5, unreadOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          ...NoticeText_Notification\n        }\n      }\n    }\n    dashboard {\n      totals {\n        businesses\n        workers\n        enrolled\n        coverageRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJobs($states: [BackgroundJobState!]) {\n    backgroundJobs(states: $states, first: 100) {\n      id\n      name\n      state\n      retryCount\n      retryLimit\n      createdAt\n      startAfter\n      startedAt\n      completedAt\n      error\n    }\n    jobSchedules {\n      name\n      cron\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query BackgroundJobs($states: [BackgroundJobState!]) {\n    backgroundJobs(states: $states, first: 100) {\n      id\n      name\n      state\n      retryCount\n      retryLimit\n      createdAt\n      startAfter\n      startedAt\n      completedAt\n      error\n    }\n    jobSchedules {\n      name\n      cron\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {\n    retryBackgroundJob(input: $input)\n  }\n"): (typeof documents)["\n  mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {\n    retryBackgroundJob(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreferences {\n    emailPreferences {\n      language\n      notices\n      choices\n    }\n  }\n"): (typeof documents)["\n  query EmailPreferences {\n    emailPreferences {\n      language\n      notices\n      choices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      language\n      notices\n      choices\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      language\n      notices\n      choices\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeText_Notification on Notification {\n    kind\n    message\n    params {\n      title\n      organization\n      from\n      to\n      dueOn\n      excerpt\n    }\n    taskId\n  }\n"): (typeof documents)["\n  fragment NoticeText_Notification on Notification {\n    kind\n    message\n    params {\n      title\n      organization\n      from\n      to\n      dueOn\n      excerpt\n    }\n    taskId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          ...NoticeText_Notification\n          read\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          ...NoticeText_Notification\n          read\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n"): (typeof documents)["\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Registry_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n      regencyCode\n    }\n  }\n"): (typeof documents)["\n  fragment Registry_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n      regencyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTask($input: AssignOutreachTaskInput!) {\n    assignOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTask($input: AssignOutreachTaskInput!) {\n    assignOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    users(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Colleagues {\n    users(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPartners {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskPartners {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDirectory($grantorId: ID!, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          districtName\n          workerCount\n          enrolledCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerDirectory($grantorId: ID!, $search: String) {\n    partnerBusinesses(grantorId: $grantorId, first: 50, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          districtName\n          workerCount\n          enrolledCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutreachTask($input: CreateOutreachTaskInput!) {\n    createOutreachTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutreachTask($input: CreateOutreachTaskInput!) {\n    createOutreachTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskCard_Task on OutreachTask {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    version\n    targetWorkers\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n  }\n"): (typeof documents)["\n  fragment TaskCard_Task on OutreachTask {\n    id\n    title\n    status\n    priority\n    dueOn\n    overdue\n    version\n    targetWorkers\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskComments_Task on OutreachTask {\n    id\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TaskComments_Task on OutreachTask {\n    id\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnTask($input: TaskCommentInput!) {\n    commentOnTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnTask($input: TaskCommentInput!) {\n    commentOnTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskHistory_Task on OutreachTask {\n    events {\n      kind\n      fromStatus\n      toStatus\n      actorEmail\n      actorName\n      reason\n      assignedToName\n      visit {\n        id\n        visitedOn\n        businessName\n        peopleReached\n        workersRegistered\n      }\n      createdAt\n    }\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TaskHistory_Task on OutreachTask {\n    events {\n      kind\n      fromStatus\n      toStatus\n      actorEmail\n      actorName\n      reason\n      assignedToName\n      visit {\n        id\n        visitedOn\n        businessName\n        peopleReached\n        workersRegistered\n      }\n      createdAt\n    }\n    comments {\n      id\n      authorName\n      authorEmail\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskDetail on OutreachTask {\n    id\n    title\n    status\n    overdue\n    version\n    assigneeUserId\n    creator {\n      id\n    }\n    ...TaskSummary_Task\n    ...VisitForm_Task\n    ...TaskReports_Task\n    ...TaskComments_Task\n    ...TaskHistory_Task\n  }\n"): (typeof documents)["\n  fragment TaskDetail on OutreachTask {\n    id\n    title\n    status\n    overdue\n    version\n    assigneeUserId\n    creator {\n      id\n    }\n    ...TaskSummary_Task\n    ...VisitForm_Task\n    ...TaskReports_Task\n    ...TaskComments_Task\n    ...TaskHistory_Task\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachTask($id: ID!) {\n    node(id: $id) {\n      ... on OutreachTask {\n        __typename\n        ...TaskDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachTask($id: ID!) {\n    node(id: $id) {\n      ... on OutreachTask {\n        __typename\n        ...TaskDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTaskDetail($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MoveTaskDetail($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      ...TaskDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskReports_Task on OutreachTask {\n    reports {\n      id\n      visitedOn\n      businessName\n      peopleReached\n      workersRegistered\n      notes\n      reportedBy\n      reportedByName\n      latitude\n      longitude\n      hasPhoto\n    }\n  }\n"): (typeof documents)["\n  fragment TaskReports_Task on OutreachTask {\n    reports {\n      id\n      visitedOn\n      businessName\n      peopleReached\n      workersRegistered\n      notes\n      reportedBy\n      reportedByName\n      latitude\n      longitude\n      hasPhoto\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitReportPhoto($reportId: ID!) {\n    visitReportPhoto(reportId: $reportId)\n  }\n"): (typeof documents)["\n  query VisitReportPhoto($reportId: ID!) {\n    visitReportPhoto(reportId: $reportId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskSummary_Task on OutreachTask {\n    description\n    priority\n    dueOn\n    overdue\n    targetWorkers\n    closingReason\n    regencyCode\n    districtCode\n    kbliSection\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n    targets {\n      id\n      name\n      nib\n    }\n  }\n"): (typeof documents)["\n  fragment TaskSummary_Task on OutreachTask {\n    description\n    priority\n    dueOn\n    overdue\n    targetWorkers\n    closingReason\n    regencyCode\n    districtCode\n    kbliSection\n    assigneeUserName\n    creator {\n      id\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    progress {\n      registered\n      rate\n    }\n    targets {\n      id\n      name\n      nib\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachTasks(\n    $first: Int!\n    $after: String\n    $side: TaskSide\n    $statuses: [TaskStatus!]\n    $overdue: Boolean\n    $dueBefore: String\n    $assigneeId: ID\n  ) {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    outreachTasks(\n      first: $first\n      after: $after\n      side: $side\n      statuses: $statuses\n      overdue: $overdue\n      dueBefore: $dueBefore\n      assigneeId: $assigneeId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          ...TaskCard_Task\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachTasks(\n    $first: Int!\n    $after: String\n    $side: TaskSide\n    $statuses: [TaskStatus!]\n    $overdue: Boolean\n    $dueBefore: String\n    $assigneeId: ID\n  ) {\n    organizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    outreachTasks(\n      first: $first\n      after: $after\n      side: $side\n      statuses: $statuses\n      overdue: $overdue\n      dueBefore: $dueBefore\n      assigneeId: $assigneeId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          ...TaskCard_Task\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTask($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      id\n      status\n      version\n      closingReason\n    }\n  }\n"): (typeof documents)["\n  mutation MoveTask($input: TransitionOutreachTaskInput!) {\n    transitionOutreachTask(input: $input) {\n      id\n      status\n      version\n      closingReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitForm_Task on OutreachTask {\n    id\n    regencyCode\n    districtCode\n    kbliSection\n    targets {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment VisitForm_Task on OutreachTask {\n    id\n    regencyCode\n    districtCode\n    kbliSection\n    targets {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportVisit($input: VisitReportInput!) {\n    reportVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitBusinesses($filter: BusinessFilter) {\n    businesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitBusinesses($filter: BusinessFilter) {\n    businesses(first: 50, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Tasks_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Tasks_Viewer on Viewer {\n    user {\n      id\n      role\n    }\n    organization {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_User on User {\n    id\n    displayName\n    email\n    role\n    status\n  }\n"): (typeof documents)["\n  fragment UserRow_User on User {\n    id\n    displayName\n    email\n    role\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $role: Role, $status: UserStatus) {\n    viewer {\n      user {\n        id\n      }\n    }\n    users(first: $first, after: $after, role: $role, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_User\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $role: Role, $status: UserStatus) {\n    viewer {\n      user {\n        id\n      }\n    }\n    users(first: $first, after: $after, role: $role, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...UserRow_User\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        email\n        status\n      }\n      invitationUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      user {\n        id\n        email\n        status\n      }\n      invitationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessChoices($search: String) {\n    businesses(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nib\n          sizeClass\n          districtName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessChoices($search: String) {\n    businesses(first: 50, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n          nib\n          sizeClass\n          districtName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorker($input: WorkerFields!) {\n    createWorker(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorker($input: WorkerFields!) {\n    createWorker(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerPersonalData($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        personalData {\n          nik\n          birthDate\n          monthlyIncome\n          phone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkerPersonalData($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        personalData {\n          nik\n          birthDate\n          monthlyIncome\n          phone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerFacts_Worker on Worker {\n    nik\n    sex\n    birthYear\n    workerType\n    occupation\n    phone\n    kpj\n    programmes\n    enrolledOn\n    enrolmentInterestAt\n    businesses {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerFacts_Worker on Worker {\n    nik\n    sex\n    birthYear\n    workerType\n    occupation\n    phone\n    kpj\n    programmes\n    enrolledOn\n    enrolmentInterestAt\n    businesses {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerForm_Worker on Worker {\n    fullName\n    workerType\n    occupation\n    coverageStatus\n    kpj\n    programmes\n    enrolledOn\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerForm_Worker on Worker {\n    fullName\n    workerType\n    occupation\n    coverageStatus\n    kpj\n    programmes\n    enrolledOn\n    businesses {\n      id\n      name\n      sizeClass\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Worker($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        fullName\n        coverageStatus\n        version\n        archivedAt\n        ...WorkerFacts_Worker\n        ...WorkerForm_Worker\n        ...WorkerEnrolment_Worker\n      }\n    }\n  }\n"): (typeof documents)["\n  query Worker($id: ID!) {\n    node(id: $id) {\n      ... on Worker {\n        __typename\n        id\n        fullName\n        coverageStatus\n        version\n        archivedAt\n        ...WorkerFacts_Worker\n        ...WorkerForm_Worker\n        ...WorkerEnrolment_Worker\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorker($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorker($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {\n    updateWorkerDetails(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {\n    updateWorkerDetails(input: $input) {\n      id\n      fullName\n      version\n      coverageStatus\n      programmes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveWorker($input: VersionedIdInput!) {\n    archiveWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveWorker($input: VersionedIdInput!) {\n    archiveWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreWorker($input: VersionedIdInput!) {\n    restoreWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreWorker($input: VersionedIdInput!) {\n    restoreWorker(input: $input) {\n      id\n      archivedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerRow_Worker on Worker {\n    id\n    nik\n    fullName\n    sex\n    birthYear\n    workerType\n    occupation\n    coverageStatus\n    programmes\n    businesses {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerRow_Worker on Worker {\n    id\n    nik\n    fullName\n    sex\n    birthYear\n    workerType\n    occupation\n    coverageStatus\n    programmes\n    businesses {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workers($first: Int!, $after: String, $filter: WorkerFilter, $sort: WorkerSort!, $descending: Boolean!) {\n    workers(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...WorkerRow_Worker\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workers($first: Int!, $after: String, $filter: WorkerFilter, $sort: WorkerSort!, $descending: Boolean!) {\n    workers(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...WorkerRow_Worker\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaderUnread {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query HeaderUnread {\n    unreadNotificationCount\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;