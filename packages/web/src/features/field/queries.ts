import { graphql } from '../../gql';

/**
 * What the field mode reads, all kept on the phone (client.ts): the officer, their open tasks
 * and each target business's address, contact and worker counts. No worker's personal data.
 */
export const FieldTasksQuery = graphql(`
  query FieldTasks {
    viewer {
      user {
        id
        displayName
      }
      organization {
        id
        name
      }
    }
    outreachTasks(side: ASSIGNED, statuses: [ACCEPTED, IN_PROGRESS], first: 50) {
      edges {
        node {
          id
          title
          description
          dueOn
          status
          assigneeUserId
          targets {
            id
            name
          }
        }
      }
    }
  }
`);

export const FieldBusinessQuery = graphql(`
  query FieldBusiness($id: ID!) {
    node(id: $id) {
      id
      ... on Business {
        name
        address
        districtName
        contactName
        contactPhone
        workerCount
        enrolledCount
      }
    }
  }
`);

/**
 * The workers of a target business, names only (no NIK, no phone), kept on the phone like the
 * rest so the officer can mark who wants to join BPJS without signal.
 */
export const FieldBusinessWorkersQuery = graphql(`
  query FieldBusinessWorkers($businessId: ID!) {
    workers(filter: { businessId: $businessId }, first: 100) {
      edges {
        node {
          id
          fullName
          enrolmentInterestAt
        }
      }
    }
  }
`);
