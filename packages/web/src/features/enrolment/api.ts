import { graphql } from '../../gql';

/*
 * The enrolment operations the pages share (each page's own queries live beside it).
 */

export const BuilderChoicesQuery = graphql(`
  query EnrolmentBuilderChoices {
    organizations(first: 50, kind: BPJS_OFFICE) {
      edges {
        node {
          id
          name
        }
      }
    }
    assistanceProgrammes(first: 50) {
      edges {
        node {
          id
          name
          programmes
          bpuOnly
          incomeCeiling
          budgetUse {
            remaining
          }
        }
      }
    }
  }
`);

export const CreateRequestMutation = graphql(`
  mutation CreateEnrolmentRequest($input: CreateEnrolmentRequestInput!) {
    createEnrolmentRequest(input: $input) {
      id
      version
    }
  }
`);

export const AddLinesMutation = graphql(`
  mutation AddEnrolmentLines($input: AddEnrolmentLinesInput!) {
    addEnrolmentLines(input: $input) {
      added
      skipped {
        workerId
        fullName
        problem
      }
      request {
        id
        version
        lineCount
      }
    }
  }
`);

export const SendRequestMutation = graphql(`
  mutation SendEnrolmentRequest($input: VersionedIdInput!) {
    sendEnrolmentRequest(input: $input) {
      id
      version
      status
      sentAt
    }
  }
`);
