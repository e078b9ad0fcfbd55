import { graphql } from '../../gql';

/** Who is logged in; the shell and the pages read their parts through fragments. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...AppShell_Viewer
      ...Home_Viewer
      ...Profile_Viewer
      ...Registry_Viewer
      ...Tasks_Viewer
      ...Enrolment_Viewer
    }
  }
`);
