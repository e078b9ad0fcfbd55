import { type Caller, mayEditRegistry, mayViewPersonalData, REGISTRY_KEEPERS } from '@jamsos/schema';
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

/** What the caller may do in the registry: the shared predicates the server's rules ask too. */
export function registryAccess(viewerRef: RegistryViewerProp) {
  const viewer = getFragmentData(RegistryViewerFragment, viewerRef);
  const caller: Caller = { role: viewer.user.role, kind: viewer.organization.kind };
  return {
    keeper: { kind: viewer.organization.kind, regencyCode: viewer.organization.regencyCode ?? null },
    keepsRegistry: REGISTRY_KEEPERS.includes(caller.kind),
    canEdit: mayEditRegistry(caller),
    canViewPersonalData: mayViewPersonalData(caller),
  };
}
