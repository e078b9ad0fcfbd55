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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.Home_ViewerFragmentDoc,
    "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n": typeof types.Profile_ViewerFragmentDoc,
    "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.AppShell_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.Home_ViewerFragmentDoc,
    "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n": types.Profile_ViewerFragmentDoc,
    "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.AppShell_ViewerFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      viewer {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...AppShell_Viewer\n      ...Home_Viewer\n      ...Profile_Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Home_Viewer on Viewer {\n    user {\n      id\n      displayName\n      role\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n"): (typeof documents)["\n  fragment Profile_Viewer on Viewer {\n    user {\n      id\n      displayName\n      email\n      role\n    }\n    organization {\n      id\n      name\n      kind\n      regencyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppShell_Viewer on Viewer {\n    user {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;