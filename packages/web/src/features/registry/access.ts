import { REGISTRY_KEEPERS } from '@jamsos/schema';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const RegistryViewerFragment = graphql(`
  fragment Registry_Viewer on Viewer {
    user {
      id
      role
    }
    organization {
      id
      kind
      regencyCode
    }
  }
`);

export type RegistryViewerProp = FragmentType<typeof RegistryViewerFragment>;

/** What the caller may do in the registry: the same decisions the server's rules make. */
export function registryAccess(viewerRef: RegistryViewerProp) {
  const viewer = getFragmentData(RegistryViewerFragment, viewerRef);
  const keeps = REGISTRY_KEEPERS.includes(viewer.organization.kind);
  const role = viewer.user.role;
  return {
    keeper: { kind: viewer.organization.kind, regencyCode: viewer.organization.regencyCode ?? null },
    keepsRegistry: keeps,
    canEdit: keeps && (role === 'ADMIN' || role === 'STAFF'),
    canViewPersonalData: role === 'ADMIN' || role === 'STAFF',
  };
}
