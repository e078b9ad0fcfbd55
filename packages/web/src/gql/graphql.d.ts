/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
    password: string;
    token: string;
};
/** BUSINESS_DIRECTORY: business identity, region, sector, size and worker counts (no worker data). AGGREGATES: statistics only. */
export type AgreementScope = 'AGGREGATES' | 'BUSINESS_DIRECTORY';
export type AgreementStatus = 'ACTIVE' | 'EXPIRED' | 'FUTURE' | 'REVOKED';
export type AssignOutreachTaskInput = {
    expectedVersion: number;
    id: string | number;
    /** A user of the assignee organisation, or null to take it back. */
    userId?: string | number | null | undefined;
};
/** How many of a business’s workers are enrolled: none of them, some, all; or it has no workers. */
export type BusinessCoverage = 'FULL' | 'NONE' | 'NO_WORKERS' | 'PARTIAL';
/** Every field of a business, as a form holds it. */
export type BusinessFields = {
    address: string;
    contactName?: string | null | undefined;
    contactPhone?: string | null | undefined;
    cooperativeNumber?: string | null | undefined;
    /** District code (`34.02.12`) or name, within the regency. */
    district: string;
    foundedYear?: number | null | undefined;
    kadinMember?: boolean | null | undefined;
    kbliSection: string;
    legalForm: string;
    name: string;
    nib?: string | null | undefined;
    /** Regency code (`34.02`) or name. */
    regency: string;
    sizeClass: string;
};
export type BusinessFilter = {
    /** Archived businesses instead of live ones. */
    archived?: boolean | null | undefined;
    coverage?: BusinessCoverage | null | undefined;
    districtCode?: string | null | undefined;
    kadinMember?: boolean | null | undefined;
    kbliSection?: string | null | undefined;
    legalForm?: LegalForm | null | undefined;
    regencyCode?: string | null | undefined;
    /** A name fragment, or the first digits of a NIB. */
    search?: string | null | undefined;
    sizeClass?: SizeClass | null | undefined;
};
export type BusinessSort = 'COVERAGE_RATE' | 'CREATED_AT' | 'FOUNDED_YEAR' | 'NAME' | 'WORKER_COUNT';
export type ChangeUserRoleInput = {
    role: Role;
    userId: string | number;
};
export type CoverageStatus = 'ENROLLED' | 'LAPSED' | 'NOT_ENROLLED';
export type CreateOutreachTaskInput = {
    /** The partner organisation that will carry it out. */
    assigneeId: string | number;
    /** Target businesses, from the assignee’s shared directory. */
    businessIds?: Array<string | number>;
    description?: string;
    districtCode?: string | null | undefined;
    dueOn: string;
    kbliSection?: string | null | undefined;
    priority?: TaskPriority;
    /** Or an area, when no list is known. */
    regencyCode?: string | null | undefined;
    targetWorkers: number;
    title: string;
};
export type GrantAgreementInput = {
    /** The partner organisation (see `organizations`). */
    granteeId: string | number;
    /** The agreement’s number, as signed. */
    number: string;
    scope: AgreementScope;
    /** `YYYY-MM-DD`. */
    signedOn: string;
    title: string;
    validFrom: string;
    validUntil: string;
};
export type InviteUserInput = {
    displayName: string;
    email: string;
    role: Role;
};
export type LegalForm = 'KOPERASI' | 'UMKM';
export type LoginInput = {
    email: string;
    password: string;
};
export type OrganizationKind = 'BPJS_OFFICE' | 'CHAMBER' | 'PLATFORM' | 'PROVINCE_AGENCY' | 'REGENCY';
export type Role = 'ADMIN' | 'STAFF' | 'VIEWER';
/** PP 7/2021 size classes. */
export type SizeClass = 'KECIL' | 'MENENGAH' | 'MIKRO';
export type TaskCommentInput = {
    body: string;
    taskId: string | number;
};
export type TaskPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';
/** Tasks the caller’s organisation created, or was assigned. */
export type TaskSide = 'ASSIGNED' | 'CREATED';
export type TaskStatus = 'ACCEPTED' | 'CANCELLED' | 'DECLINED' | 'DONE' | 'IN_PROGRESS' | 'OPEN';
export type TransitionOutreachTaskInput = {
    expectedVersion: number;
    id: string | number;
    /** Required to decline or cancel. */
    reason?: string | null | undefined;
    to: TaskStatus;
};
export type UpdateBusinessInput = {
    /** The version the edit was made on. */
    expectedVersion: number;
    fields: BusinessFields;
    id: string | number;
};
export type UpdateWorkerInput = {
    expectedVersion: number;
    fields: WorkerFields;
    id: string | number;
};
export type UserIdInput = {
    userId: string | number;
};
export type UserStatus = 'ACTIVE' | 'DEACTIVATED' | 'INVITED';
/** An object and the version an action was decided on. */
export type VersionedIdInput = {
    expectedVersion: number;
    id: string | number;
};
export type VisitReportInput = {
    businessId?: string | number | null | undefined;
    notes?: string;
    peopleReached: number;
    taskId: string | number;
    visitedOn: string;
    /** Workers whose coverage changed on this visit. */
    workerIds?: Array<string | number>;
    workersRegistered: number;
};
/** Every field of a worker, as a form holds it. */
export type WorkerFields = {
    /** The businesses the worker works for (at least one). */
    businessIds: Array<string | number>;
    /** `NOT_ENROLLED`, `ENROLLED` or `LAPSED`. */
    coverageStatus: string;
    /** `YYYY-MM-DD`. */
    enrolledOn?: string | null | undefined;
    fullName: string;
    kpj?: string | null | undefined;
    monthlyIncome?: number | null | undefined;
    nik: string;
    occupation?: string | null | undefined;
    phone?: string | null | undefined;
    programmes: Array<string>;
    /** `PU` or `BPU`. */
    workerType: string;
};
export type WorkerFilter = {
    archived?: boolean | null | undefined;
    businessId?: string | number | null | undefined;
    coverageStatus?: CoverageStatus | null | undefined;
    districtCode?: string | null | undefined;
    kadinMember?: boolean | null | undefined;
    kbliSection?: string | null | undefined;
    /** Of the worker's businesses. */
    legalForm?: LegalForm | null | undefined;
    regencyCode?: string | null | undefined;
    /** A name fragment; or digits: the start of a NIK or KPJ (a whole one for viewers). */
    search?: string | null | undefined;
    /** Of the worker's businesses. */
    sizeClass?: SizeClass | null | undefined;
    workerType?: WorkerType | null | undefined;
};
export type WorkerSort = 'CREATED_AT' | 'ENROLLED_ON' | 'NAME';
/** PU: formal wage worker; BPU: informal. */
export type WorkerType = 'BPU' | 'PU';
export type AgreementsQueryVariables = Exact<{
    [key: string]: never;
}>;
export type AgreementsQuery = {
    agreements: {
        edges: Array<{
            node: {
                id: string;
                scope: AgreementScope;
                title: string;
                number: string;
                signedOn: string;
                validFrom: string;
                validUntil: string;
                status: AgreementStatus;
                version: number;
                revokedBy: string | null;
                grantor: {
                    id: string;
                    name: string;
                };
                grantee: {
                    id: string;
                    name: string;
                };
            };
        }>;
    };
    organizations: {
        edges: Array<{
            node: {
                id: string;
                name: string;
            };
        }>;
    };
};
export type GrantAgreementMutationVariables = Exact<{
    input: GrantAgreementInput;
}>;
export type GrantAgreementMutation = {
    grantAgreement: {
        id: string;
        status: AgreementStatus;
    };
};
export type RevokeAgreementMutationVariables = Exact<{
    input: VersionedIdInput;
}>;
export type RevokeAgreementMutation = {
    revokeAgreement: {
        id: string;
        status: AgreementStatus;
        version: number;
        revokedBy: string | null;
    };
};
export type PartnerBusinessesQueryVariables = Exact<{
    grantorId: string | number;
    first: number;
    after?: string | null | undefined;
    search?: string | null | undefined;
}>;
export type PartnerBusinessesQuery = {
    partnerBusinesses: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                name: string;
                nib: string | null;
                legalForm: LegalForm;
                kbliSection: string;
                sizeClass: SizeClass;
                districtName: string;
                regencyName: string;
                workerCount: number;
                enrolledCount: number;
                coverageRate: number | null;
            };
        }>;
    };
};
export type AuditLogQueryVariables = Exact<{
    first: number;
    after?: string | null | undefined;
    action?: string | null | undefined;
    actorEmail?: string | null | undefined;
}>;
export type AuditLogQuery = {
    auditLog: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                action: string;
                objectType: string;
                objectId: string | null;
                actorEmail: string | null;
                changes: Record<string, unknown> | null;
                createdAt: string;
            };
        }>;
    };
};
export type AcceptInvitationMutationVariables = Exact<{
    input: AcceptInvitationInput;
}>;
export type AcceptInvitationMutation = {
    acceptInvitation: {
        viewer: {
            user: {
                id: string;
            };
        };
    };
};
export type LoginMutationVariables = Exact<{
    input: LoginInput;
}>;
export type LoginMutation = {
    login: {
        viewer: {
            user: {
                id: string;
            };
        };
    };
};
export type ViewerQueryVariables = Exact<{
    [key: string]: never;
}>;
export type ViewerQuery = {
    viewer: {
        ' $fragmentRefs'?: {
            'AppShell_ViewerFragment': AppShell_ViewerFragment;
            'Home_ViewerFragment': Home_ViewerFragment;
            'Profile_ViewerFragment': Profile_ViewerFragment;
            'Registry_ViewerFragment': Registry_ViewerFragment;
            'Tasks_ViewerFragment': Tasks_ViewerFragment;
        };
    } | null;
};
export type BusinessQueryVariables = Exact<{
    id: string | number;
}>;
export type BusinessQuery = {
    node: {
        __typename: 'Business';
        id: string;
        legalForm: LegalForm;
        name: string;
        nib: string | null;
        cooperativeNumber: string | null;
        kbliSection: string;
        kbliTitle: string;
        sizeClass: SizeClass;
        regencyCode: string;
        regencyName: string;
        districtCode: string;
        districtName: string;
        address: string;
        contactName: string | null;
        contactPhone: string | null;
        foundedYear: number | null;
        kadinMember: boolean;
        workerCount: number;
        enrolledCount: number;
        coverageRate: number | null;
        version: number;
        archivedAt: string | null;
        updatedAt: string;
    } | Record<PropertyKey, never> | null;
};
export type CreateBusinessMutationVariables = Exact<{
    input: BusinessFields;
}>;
export type CreateBusinessMutation = {
    createBusiness: {
        id: string;
    };
};
export type UpdateBusinessMutationVariables = Exact<{
    input: UpdateBusinessInput;
}>;
export type UpdateBusinessMutation = {
    updateBusiness: {
        id: string;
        name: string;
        version: number;
        updatedAt: string;
    };
};
export type ArchiveBusinessMutationVariables = Exact<{
    input: VersionedIdInput;
}>;
export type ArchiveBusinessMutation = {
    archiveBusiness: {
        id: string;
        archivedAt: string | null;
        version: number;
    };
};
export type RestoreBusinessMutationVariables = Exact<{
    input: VersionedIdInput;
}>;
export type RestoreBusinessMutation = {
    restoreBusiness: {
        id: string;
        archivedAt: string | null;
        version: number;
    };
};
export type BusinessesQueryVariables = Exact<{
    first: number;
    after?: string | null | undefined;
    filter?: BusinessFilter | null | undefined;
    sort: BusinessSort;
    descending: boolean;
}>;
export type BusinessesQuery = {
    businesses: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                name: string;
                nib: string | null;
                legalForm: LegalForm;
                kbliSection: string;
                sizeClass: SizeClass;
                districtName: string;
                regencyName: string;
                kadinMember: boolean;
                workerCount: number;
                enrolledCount: number;
                coverageRate: number | null;
            };
        }>;
    };
};
export type Home_ViewerFragment = {
    user: {
        id: string;
        displayName: string;
        role: Role;
    };
    organization: {
        id: string;
        name: string;
        kind: OrganizationKind;
    };
} & {
    ' $fragmentName'?: 'Home_ViewerFragment';
};
export type NotificationsQueryVariables = Exact<{
    [key: string]: never;
}>;
export type NotificationsQuery = {
    notifications: {
        totalCount: number;
        edges: Array<{
            node: {
                id: string;
                kind: string;
                message: string;
                taskId: string | null;
                read: boolean;
                createdAt: string;
            };
        }>;
    };
};
export type MarkNotificationsReadMutationVariables = Exact<{
    [key: string]: never;
}>;
export type MarkNotificationsReadMutation = {
    markNotificationsRead: number;
};
export type LogoutEverywhereMutationVariables = Exact<{
    [key: string]: never;
}>;
export type LogoutEverywhereMutation = {
    logoutEverywhere: boolean;
};
export type Profile_ViewerFragment = {
    user: {
        id: string;
        displayName: string;
        email: string;
        role: Role;
    };
    organization: {
        id: string;
        name: string;
        kind: OrganizationKind;
        regencyName: string | null;
    };
} & {
    ' $fragmentName'?: 'Profile_ViewerFragment';
};
export type Registry_ViewerFragment = {
    user: {
        id: string;
        role: Role;
    };
    organization: {
        id: string;
        kind: OrganizationKind;
        regencyCode: string | null;
    };
} & {
    ' $fragmentName'?: 'Registry_ViewerFragment';
};
export type TaskPartnersQueryVariables = Exact<{
    [key: string]: never;
}>;
export type TaskPartnersQuery = {
    organizations: {
        edges: Array<{
            node: {
                id: string;
                name: string;
                kind: OrganizationKind;
            };
        }>;
    };
};
export type PartnerDirectoryQueryVariables = Exact<{
    grantorId: string | number;
    search?: string | null | undefined;
}>;
export type PartnerDirectoryQuery = {
    partnerBusinesses: {
        totalCount: number;
        edges: Array<{
            node: {
                id: string;
                name: string;
                districtName: string;
                workerCount: number;
                enrolledCount: number;
            };
        }>;
    };
};
export type CreateOutreachTaskMutationVariables = Exact<{
    input: CreateOutreachTaskInput;
}>;
export type CreateOutreachTaskMutation = {
    createOutreachTask: {
        id: string;
    };
};
export type OutreachTaskQueryVariables = Exact<{
    id: string | number;
}>;
export type OutreachTaskQuery = {
    node: {
        __typename: 'OutreachTask';
        id: string;
        title: string;
        description: string;
        status: TaskStatus;
        priority: TaskPriority;
        dueOn: string;
        overdue: boolean;
        version: number;
        targetWorkers: number;
        closingReason: string | null;
        createdBy: string;
        regencyCode: string | null;
        districtCode: string | null;
        kbliSection: string | null;
        assigneeUserName: string | null;
        creator: {
            id: string;
            name: string;
        };
        assignee: {
            id: string;
            name: string;
        };
        progress: {
            registered: number;
            rate: number;
        };
        targets: Array<{
            id: string;
            name: string;
            nib: string | null;
        }>;
        events: Array<{
            fromStatus: string | null;
            toStatus: string;
            actorEmail: string;
            reason: string | null;
            createdAt: string;
        }>;
        reports: Array<{
            id: string;
            visitedOn: string;
            businessName: string | null;
            peopleReached: number;
            workersRegistered: number;
            notes: string;
            reportedBy: string;
        }>;
        comments: Array<{
            id: string;
            authorName: string;
            body: string;
            createdAt: string;
        }>;
    } | Record<PropertyKey, never> | null;
};
export type ReportVisitMutationVariables = Exact<{
    input: VisitReportInput;
}>;
export type ReportVisitMutation = {
    reportVisit: {
        id: string;
    };
};
export type AssignTaskMutationVariables = Exact<{
    input: AssignOutreachTaskInput;
}>;
export type AssignTaskMutation = {
    assignOutreachTask: {
        id: string;
        assigneeUserName: string | null;
        version: number;
    };
};
export type ColleaguesQueryVariables = Exact<{
    [key: string]: never;
}>;
export type ColleaguesQuery = {
    users: {
        edges: Array<{
            node: {
                id: string;
                displayName: string;
            };
        }>;
    };
};
export type CommentOnTaskMutationVariables = Exact<{
    input: TaskCommentInput;
}>;
export type CommentOnTaskMutation = {
    commentOnTask: {
        id: string;
    };
};
export type VisitBusinessesQueryVariables = Exact<{
    [key: string]: never;
}>;
export type VisitBusinessesQuery = {
    businesses: {
        edges: Array<{
            node: {
                id: string;
                name: string;
            };
        }>;
    };
};
export type OutreachTasksQueryVariables = Exact<{
    first: number;
    after?: string | null | undefined;
    side?: TaskSide | null | undefined;
    statuses?: Array<TaskStatus> | TaskStatus | null | undefined;
    overdue?: boolean | null | undefined;
    dueBefore?: string | null | undefined;
    assigneeId?: string | number | null | undefined;
}>;
export type OutreachTasksQuery = {
    organizations: {
        edges: Array<{
            node: {
                id: string;
                name: string;
                kind: OrganizationKind;
            };
        }>;
    };
    outreachTasks: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                title: string;
                status: TaskStatus;
                priority: TaskPriority;
                dueOn: string;
                overdue: boolean;
                version: number;
                targetWorkers: number;
                assigneeUserName: string | null;
                creator: {
                    id: string;
                    name: string;
                };
                assignee: {
                    id: string;
                    name: string;
                };
                progress: {
                    registered: number;
                    rate: number;
                };
            };
        }>;
    };
};
export type MoveTaskMutationVariables = Exact<{
    input: TransitionOutreachTaskInput;
}>;
export type MoveTaskMutation = {
    transitionOutreachTask: {
        id: string;
        status: TaskStatus;
        version: number;
        closingReason: string | null;
    };
};
export type Tasks_ViewerFragment = {
    user: {
        id: string;
        role: Role;
    };
    organization: {
        id: string;
        kind: OrganizationKind;
    };
} & {
    ' $fragmentName'?: 'Tasks_ViewerFragment';
};
export type UsersQueryVariables = Exact<{
    first: number;
    after?: string | null | undefined;
    role?: Role | null | undefined;
    status?: UserStatus | null | undefined;
}>;
export type UsersQuery = {
    viewer: {
        user: {
            id: string;
        };
    } | null;
    users: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                displayName: string;
                email: string;
                role: Role;
                status: UserStatus;
            };
        }>;
    };
};
export type InviteUserMutationVariables = Exact<{
    input: InviteUserInput;
}>;
export type InviteUserMutation = {
    inviteUser: {
        invitationUrl: string;
        user: {
            id: string;
            email: string;
            status: UserStatus;
        };
    };
};
export type ChangeUserRoleMutationVariables = Exact<{
    input: ChangeUserRoleInput;
}>;
export type ChangeUserRoleMutation = {
    changeUserRole: {
        id: string;
        role: Role;
    };
};
export type DeactivateUserMutationVariables = Exact<{
    input: UserIdInput;
}>;
export type DeactivateUserMutation = {
    deactivateUser: {
        id: string;
        status: UserStatus;
    };
};
export type ReactivateUserMutationVariables = Exact<{
    input: UserIdInput;
}>;
export type ReactivateUserMutation = {
    reactivateUser: {
        id: string;
        status: UserStatus;
    };
};
export type WorkerQueryVariables = Exact<{
    id: string | number;
}>;
export type WorkerQuery = {
    node: {
        __typename: 'Worker';
        id: string;
        nik: string;
        fullName: string;
        sex: string;
        birthYear: number;
        workerType: WorkerType;
        occupation: string | null;
        phone: string | null;
        kpj: string | null;
        coverageStatus: CoverageStatus;
        programmes: Array<string>;
        enrolledOn: string | null;
        version: number;
        archivedAt: string | null;
        businesses: Array<{
            id: string;
            name: string;
            sizeClass: SizeClass;
        }>;
    } | Record<PropertyKey, never> | null;
};
export type WorkerPersonalDataQueryVariables = Exact<{
    id: string | number;
}>;
export type WorkerPersonalDataQuery = {
    node: {
        __typename: 'Worker';
        id: string;
        personalData: {
            nik: string;
            birthDate: string;
            monthlyIncome: number | null;
            phone: string | null;
        };
    } | Record<PropertyKey, never> | null;
};
export type BusinessChoicesQueryVariables = Exact<{
    search?: string | null | undefined;
}>;
export type BusinessChoicesQuery = {
    businesses: {
        edges: Array<{
            node: {
                id: string;
                name: string;
                nib: string | null;
                sizeClass: SizeClass;
                districtName: string;
            };
        }>;
    };
};
export type CreateWorkerMutationVariables = Exact<{
    input: WorkerFields;
}>;
export type CreateWorkerMutation = {
    createWorker: {
        id: string;
    };
};
export type UpdateWorkerMutationVariables = Exact<{
    input: UpdateWorkerInput;
}>;
export type UpdateWorkerMutation = {
    updateWorker: {
        id: string;
        fullName: string;
        version: number;
        coverageStatus: CoverageStatus;
        programmes: Array<string>;
    };
};
export type ArchiveWorkerMutationVariables = Exact<{
    input: VersionedIdInput;
}>;
export type ArchiveWorkerMutation = {
    archiveWorker: {
        id: string;
        archivedAt: string | null;
        version: number;
    };
};
export type RestoreWorkerMutationVariables = Exact<{
    input: VersionedIdInput;
}>;
export type RestoreWorkerMutation = {
    restoreWorker: {
        id: string;
        archivedAt: string | null;
        version: number;
    };
};
export type WorkersQueryVariables = Exact<{
    first: number;
    after?: string | null | undefined;
    filter?: WorkerFilter | null | undefined;
    sort: WorkerSort;
    descending: boolean;
}>;
export type WorkersQuery = {
    workers: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                nik: string;
                fullName: string;
                sex: string;
                birthYear: number;
                workerType: WorkerType;
                occupation: string | null;
                coverageStatus: CoverageStatus;
                programmes: Array<string>;
                kpj: string | null;
                businesses: Array<{
                    id: string;
                    name: string;
                }>;
            };
        }>;
    };
};
export type AppShell_ViewerFragment = {
    user: {
        id: string;
        displayName: string;
        role: Role;
    };
    organization: {
        id: string;
        name: string;
        kind: OrganizationKind;
    };
} & {
    ' $fragmentName'?: 'AppShell_ViewerFragment';
};
export type LogoutMutationVariables = Exact<{
    [key: string]: never;
}>;
export type LogoutMutation = {
    logout: boolean;
};
export type HeaderUnreadQueryVariables = Exact<{
    [key: string]: never;
}>;
export type HeaderUnreadQuery = {
    unreadNotificationCount: number;
};
export declare const Home_ViewerFragmentDoc: DocumentNode<Home_ViewerFragment, unknown>;
export declare const Profile_ViewerFragmentDoc: DocumentNode<Profile_ViewerFragment, unknown>;
export declare const Registry_ViewerFragmentDoc: DocumentNode<Registry_ViewerFragment, unknown>;
export declare const Tasks_ViewerFragmentDoc: DocumentNode<Tasks_ViewerFragment, unknown>;
export declare const AppShell_ViewerFragmentDoc: DocumentNode<AppShell_ViewerFragment, unknown>;
export declare const AgreementsDocument: DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export declare const GrantAgreementDocument: DocumentNode<GrantAgreementMutation, GrantAgreementMutationVariables>;
export declare const RevokeAgreementDocument: DocumentNode<RevokeAgreementMutation, RevokeAgreementMutationVariables>;
export declare const PartnerBusinessesDocument: DocumentNode<PartnerBusinessesQuery, PartnerBusinessesQueryVariables>;
export declare const AuditLogDocument: DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export declare const AcceptInvitationDocument: DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export declare const LoginDocument: DocumentNode<LoginMutation, LoginMutationVariables>;
export declare const ViewerDocument: DocumentNode<ViewerQuery, ViewerQueryVariables>;
export declare const BusinessDocument: DocumentNode<BusinessQuery, BusinessQueryVariables>;
export declare const CreateBusinessDocument: DocumentNode<CreateBusinessMutation, CreateBusinessMutationVariables>;
export declare const UpdateBusinessDocument: DocumentNode<UpdateBusinessMutation, UpdateBusinessMutationVariables>;
export declare const ArchiveBusinessDocument: DocumentNode<ArchiveBusinessMutation, ArchiveBusinessMutationVariables>;
export declare const RestoreBusinessDocument: DocumentNode<RestoreBusinessMutation, RestoreBusinessMutationVariables>;
export declare const BusinessesDocument: DocumentNode<BusinessesQuery, BusinessesQueryVariables>;
export declare const NotificationsDocument: DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export declare const MarkNotificationsReadDocument: DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export declare const LogoutEverywhereDocument: DocumentNode<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export declare const TaskPartnersDocument: DocumentNode<TaskPartnersQuery, TaskPartnersQueryVariables>;
export declare const PartnerDirectoryDocument: DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export declare const CreateOutreachTaskDocument: DocumentNode<CreateOutreachTaskMutation, CreateOutreachTaskMutationVariables>;
export declare const OutreachTaskDocument: DocumentNode<OutreachTaskQuery, OutreachTaskQueryVariables>;
export declare const ReportVisitDocument: DocumentNode<ReportVisitMutation, ReportVisitMutationVariables>;
export declare const AssignTaskDocument: DocumentNode<AssignTaskMutation, AssignTaskMutationVariables>;
export declare const ColleaguesDocument: DocumentNode<ColleaguesQuery, ColleaguesQueryVariables>;
export declare const CommentOnTaskDocument: DocumentNode<CommentOnTaskMutation, CommentOnTaskMutationVariables>;
export declare const VisitBusinessesDocument: DocumentNode<VisitBusinessesQuery, VisitBusinessesQueryVariables>;
export declare const OutreachTasksDocument: DocumentNode<OutreachTasksQuery, OutreachTasksQueryVariables>;
export declare const MoveTaskDocument: DocumentNode<MoveTaskMutation, MoveTaskMutationVariables>;
export declare const UsersDocument: DocumentNode<UsersQuery, UsersQueryVariables>;
export declare const InviteUserDocument: DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export declare const ChangeUserRoleDocument: DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export declare const DeactivateUserDocument: DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export declare const ReactivateUserDocument: DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export declare const WorkerDocument: DocumentNode<WorkerQuery, WorkerQueryVariables>;
export declare const WorkerPersonalDataDocument: DocumentNode<WorkerPersonalDataQuery, WorkerPersonalDataQueryVariables>;
export declare const BusinessChoicesDocument: DocumentNode<BusinessChoicesQuery, BusinessChoicesQueryVariables>;
export declare const CreateWorkerDocument: DocumentNode<CreateWorkerMutation, CreateWorkerMutationVariables>;
export declare const UpdateWorkerDocument: DocumentNode<UpdateWorkerMutation, UpdateWorkerMutationVariables>;
export declare const ArchiveWorkerDocument: DocumentNode<ArchiveWorkerMutation, ArchiveWorkerMutationVariables>;
export declare const RestoreWorkerDocument: DocumentNode<RestoreWorkerMutation, RestoreWorkerMutationVariables>;
export declare const WorkersDocument: DocumentNode<WorkersQuery, WorkersQueryVariables>;
export declare const LogoutDocument: DocumentNode<LogoutMutation, LogoutMutationVariables>;
export declare const HeaderUnreadDocument: DocumentNode<HeaderUnreadQuery, HeaderUnreadQueryVariables>;
export {};
