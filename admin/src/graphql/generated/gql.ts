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
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.RulesDocument,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n": typeof types.AccountNameDocument,
    "\n  query Account($id: ID!, $articles: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      banned\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n": typeof types.RecordAccountRegistrationDocument,
    "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n": typeof types.QuotaRequestFieldsFragmentDoc,
    "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n": typeof types.QuotaRequestsDocument,
    "\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.PassQuotaPreliminaryDocument,
    "\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.RecordQuotaAuthorityApprovalDocument,
    "\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.RejectQuotaRequestDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n": typeof types.ArticleRowFragmentDoc,
    "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.CorrectArticleDocument,
    "\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.ReprintArticleDocument,
    "\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": typeof types.BlockArticleDocument,
    "\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": typeof types.UnblockArticleDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.RulesDocument,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AccountOptionsDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n": types.AccountNameDocument,
    "\n  query Account($id: ID!, $articles: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      banned\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n": types.RecordAccountRegistrationDocument,
    "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n": types.QuotaRequestFieldsFragmentDoc,
    "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n": types.QuotaRequestsDocument,
    "\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n": types.PassQuotaPreliminaryDocument,
    "\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n": types.RecordQuotaAuthorityApprovalDocument,
    "\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n": types.RejectQuotaRequestDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n": types.ArticleRowFragmentDoc,
    "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.CorrectArticleDocument,
    "\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n": types.ReprintArticleDocument,
    "\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": types.BlockArticleDocument,
    "\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": types.UnblockArticleDocument,
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!, $articles: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      banned\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!, $articles: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      banned\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n"): (typeof documents)["\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;