import { graphql } from './generated';

/** Every GraphQL operation the admin sends. Types come from `pnpm codegen`. */

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      roles
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
        email
        displayName
        roles
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const auditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actor {
            id
            email
            displayName
          }
          action
          targetType
          targetId
          before
          after
          reason
          requestId
        }
      }
    }
  }
`);

export const rulesQuery = graphql(`
  query Rules($at: DateTime) {
    rules(at: $at) {
      key
      value
      effectiveFrom
      note
    }
  }
`);
