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
    "\n  query DashboardCounts($appealsWithinDays: Int!, $expiringWithinDays: Int!) {\n    stats {\n      pendingReports {\n        type\n        age\n        count\n      }\n      activeBans {\n        total\n        endingToday\n        endingThisWeek\n        permanent\n      }\n      appealDeadlines(withinDays: $appealsWithinDays) {\n        pending\n        dueSoon\n        overdue\n        deadlineUncertain\n      }\n      certificationWork(expiringWithinDays: $expiringWithinDays) {\n        overdueDispatches\n        expiringSoon\n      }\n    }\n    recordRegistrationByRegion {\n      region\n      accounts\n    }\n  }\n": typeof types.DashboardCountsDocument,
    "\n  query DashboardCharts(\n    $scope: StatsScope!\n    $violationGranularity: Granularity!\n    $correctionGranularity: Granularity!\n  ) {\n    stats {\n      granularityFor(scope: $scope)\n      violationsPerPeriod(granularity: $violationGranularity, scope: $scope) {\n        period\n        type\n        count\n      }\n      ladderSteps(scope: $scope, type: LIKE_FARMING) {\n        step\n        orMore\n        count\n      }\n      certificationFunnel(scope: $scope) {\n        started\n        paid\n        dispatched\n        approved\n        rejected\n        passRate\n      }\n      correctionsPerPeriod(granularity: $correctionGranularity, scope: $scope) {\n        period\n        count\n        changedCharacters\n      }\n    }\n  }\n": typeof types.DashboardChartsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          targetNodeId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditCatalog {\n    auditCatalog {\n      actions\n      targetTypes\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AuditCatalogDocument,
    "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.RulesDocument,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          banned\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n": typeof types.AccountNameDocument,
    "\n  query Account($id: ID!, $articles: Int, $violations: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      badge\n      certification {\n        id\n        kind\n        status\n        nickname\n        badge\n        certificationNumber\n        startedAt\n        approvedAt\n        expiresAt\n      }\n      banned\n      activePenalty {\n        ...PenaltyFields\n      }\n      penalties {\n        ...PenaltyFields\n      }\n      violations(first: $violations) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccountViolation\n          }\n        }\n      }\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n": typeof types.RecordAccountRegistrationDocument,
    "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      id\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n": typeof types.QuotaRequestFieldsFragmentDoc,
    "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n": typeof types.QuotaRequestsDocument,
    "\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.PassQuotaPreliminaryDocument,
    "\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.RecordQuotaAuthorityApprovalDocument,
    "\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n": typeof types.RejectQuotaRequestDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n": typeof types.ArticleRowFragmentDoc,
    "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  query SearchAccounts($query: String!, $first: Int, $after: String) {\n    searchAccounts(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          subject {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchAccountsDocument,
    "\n  query SearchArticles($query: String!, $first: Int, $after: String) {\n    searchArticles(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": typeof types.SearchArticlesDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.CorrectArticleDocument,
    "\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.ReprintArticleDocument,
    "\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": typeof types.BlockArticleDocument,
    "\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": typeof types.UnblockArticleDocument,
    "\n  fragment AccountIdentity on Account {\n    id\n    name\n    originalId\n    certified\n    badge\n    subject {\n      id\n      name\n    }\n  }\n": typeof types.AccountIdentityFragmentDoc,
    "\n  fragment CountedViolation on Violation {\n    id\n    status\n    ordinal\n    decidedAt\n    account {\n      id\n    }\n  }\n": typeof types.CountedViolationFragmentDoc,
    "\n  fragment PenaltyExplanation on Violation {\n    id\n    type\n    ordinal\n    priorStrikes\n    ruleKey\n    ruleEffectiveFrom\n    countedViolations {\n      ...CountedViolation\n    }\n  }\n": typeof types.PenaltyExplanationFragmentDoc,
    "\n  fragment ViolationRow on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    claimedAt\n    claimExpiresAt\n    claimedBy {\n      id\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    article {\n      id\n      title\n    }\n    priorStrikes\n  }\n": typeof types.ViolationRowFragmentDoc,
    "\n  fragment ViolationDetail on Violation {\n    ...ViolationRow\n    ...PenaltyExplanation\n    evidenceTitle\n    evidenceBody\n    decisionNote\n    notes {\n      at\n      text\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.ViolationDetailFragmentDoc,
    "\n  query Violations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ViolationRow\n        }\n      }\n    }\n  }\n": typeof types.ViolationsDocument,
    "\n  subscription ModerationQueueChanged {\n    moderationQueueChanged {\n      kind\n      violationId\n      at\n      claimedBy {\n        id\n        displayName\n      }\n      violation {\n        ...ViolationRow\n      }\n    }\n  }\n": typeof types.ModerationQueueChangedDocument,
    "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationDetail\n    }\n  }\n": typeof types.ViolationDocument,
    "\n  query PenaltyPreview($violationId: ID!) {\n    penaltyPreview(violationId: $violationId) {\n      ordinal\n      step\n      days\n      permanent\n      endsAt\n      priorStrikes\n      ruleKey\n      ruleEffectiveFrom\n      countedViolations {\n        ...CountedViolation\n      }\n    }\n    rules {\n      key\n      value\n    }\n  }\n": typeof types.PenaltyPreviewDocument,
    "\n  mutation ClaimViolation($id: ID!, $takeOver: Boolean) {\n    claimViolation(id: $id, takeOver: $takeOver) {\n      ...ViolationDetail\n    }\n  }\n": typeof types.ClaimViolationDocument,
    "\n  mutation AddViolationNote($id: ID!, $text: String!) {\n    addViolationNote(id: $id, text: $text) {\n      ...ViolationDetail\n    }\n  }\n": typeof types.AddViolationNoteDocument,
    "\n  mutation ConfirmViolation($id: ID!, $note: String, $takeOver: Boolean) {\n    confirmViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      type\n      status\n      ordinal\n      penalty {\n        id\n        startsAt\n        endsAt\n        permanent\n      }\n    }\n  }\n": typeof types.ConfirmViolationDocument,
    "\n  mutation DismissViolation($id: ID!, $note: String!, $takeOver: Boolean) {\n    dismissViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      status\n      undoableUntil\n    }\n  }\n": typeof types.DismissViolationDocument,
    "\n  mutation DismissViolations($input: DismissViolationsInput!) {\n    dismissViolations(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DismissViolationsDocument,
    "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      id\n      reportCount\n    }\n  }\n": typeof types.ReportViolationDocument,
    "\n  fragment PenaltyFields on Penalty {\n    id\n    reason\n    startsAt\n    endsAt\n    permanent\n    active\n    liftable\n    liftedAt\n    liftReason\n    violation {\n      ...PenaltyExplanation\n    }\n    appeal {\n      id\n      status\n      text\n      filedAt\n      dueAt\n      deadlineUncertain\n      decidedAt\n      decisionReason\n      filedBy {\n        displayName\n      }\n      decidedBy {\n        displayName\n      }\n    }\n  }\n": typeof types.PenaltyFieldsFragmentDoc,
    "\n  fragment AccountViolation on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    ...PenaltyExplanation\n    ordinal\n    decidedAt\n    decisionNote\n    decidedBy {\n      displayName\n    }\n    article {\n      id\n      title\n    }\n  }\n": typeof types.AccountViolationFragmentDoc,
    "\n  query AccountViolations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountViolation\n        }\n      }\n    }\n  }\n": typeof types.AccountViolationsDocument,
    "\n  mutation LiftPenalty($id: ID!, $reason: String!) {\n    liftPenalty(id: $id, reason: $reason) {\n      ...PenaltyFields\n    }\n  }\n": typeof types.LiftPenaltyDocument,
    "\n  mutation OverturnViolation($id: ID!, $reason: String!) {\n    overturnViolation(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OverturnViolationDocument,
    "\n  mutation FileAppeal($penaltyId: ID!, $text: String!) {\n    fileAppeal(penaltyId: $penaltyId, text: $text) {\n      id\n    }\n  }\n": typeof types.FileAppealDocument,
    "\n  fragment AppealRow on Appeal {\n    id\n    status\n    text\n    filedAt\n    dueAt\n    deadlineUncertain\n    overdue\n    decidedAt\n    decisionReason\n    filedBy {\n      displayName\n    }\n    decidedBy {\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    penalty {\n      id\n      reason\n      startsAt\n      endsAt\n      permanent\n      active\n      liftable\n      liftedAt\n      violation {\n        ...PenaltyExplanation\n      }\n    }\n  }\n": typeof types.AppealRowFragmentDoc,
    "\n  query Appeals($first: Int, $after: String, $filter: AppealFilter) {\n    appeals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppealRow\n        }\n      }\n    }\n  }\n": typeof types.AppealsDocument,
    "\n  mutation DecideAppeal($id: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(id: $id, grant: $grant, reason: $reason) {\n      ...AppealRow\n    }\n  }\n": typeof types.DecideAppealDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          message\n          targetType\n          targetId\n          createdAt\n          readAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment CertificationRow on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    startedAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    expiresAt\n    reviewCallOverdue\n    badge\n    certificationNumber\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n      }\n    }\n    reviewer {\n      id\n      displayName\n    }\n    account {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CertificationRowFragmentDoc,
    "\n  fragment CertificationFields on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    feeRefundable\n    badge\n    certificationNumber\n    startedAt\n    termsAcceptedAt\n    informationAt\n    invoiceAt\n    paidAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    approvedAt\n    expiresAt\n    startedBy {\n      id\n      displayName\n    }\n    contactName\n    contactPhone\n    profession\n    invoiceTitle\n    payment {\n      amountCents\n      paidAt\n      provider\n      reference\n      refundable\n    }\n    reviewer {\n      id\n      displayName\n    }\n    reviewCallOverdue\n    identityConfirmed\n    recordingPlayed\n    qualification\n    naming\n    decisionReason\n    suggestedNickname\n    previousAccountName\n    memberScale\n    supplementsUsed\n    materials {\n      uploadId\n      purpose\n      contentType\n      bytes\n      supplement\n      addedAt\n      url\n    }\n    renewalOf {\n      id\n      certificationNumber\n      expiresAt\n    }\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n    account {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n    }\n  }\n": typeof types.CertificationFieldsFragmentDoc,
    "\n  query Certifications($first: Int, $after: String, $filter: CertificationFilter) {\n    certifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n": typeof types.CertificationsDocument,
    "\n  query Certification($id: ID!) {\n    certification(id: $id) {\n      ...CertificationFields\n    }\n  }\n": typeof types.CertificationDocument,
    "\n  query CertificationCandidates($first: Int) {\n    certificationCandidates(first: $first) {\n      id\n      name\n      kind\n      followerCount\n      readCount\n      subject {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CertificationCandidatesDocument,
    "\n  query CertificationCandidateExclusions($first: Int) {\n    certificationCandidateExclusions(first: $first) {\n      reason\n      days\n      account {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CertificationCandidateExclusionsDocument,
    "\n  query CheckCertificationNickname($name: String!, $accountId: ID) {\n    checkCertificationNickname(name: $name, accountId: $accountId) {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n  }\n": typeof types.CheckCertificationNicknameDocument,
    "\n  query CertifyAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n      certification {\n        ...CertificationFields\n      }\n    }\n    rules {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.CertifyAccountDocument,
    "\n  mutation InviteToCertification($accountId: ID!) {\n    inviteToCertification(accountId: $accountId)\n  }\n": typeof types.InviteToCertificationDocument,
    "\n  mutation RevokeCertificationInvitation($accountId: ID!) {\n    revokeCertificationInvitation(accountId: $accountId)\n  }\n": typeof types.RevokeCertificationInvitationDocument,
    "\n  mutation StartCertification($input: StartCertificationInput!) {\n    startCertification(input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.StartCertificationDocument,
    "\n  mutation RenewCertification($id: ID!) {\n    renewCertification(id: $id) {\n      ...CertificationFields\n    }\n  }\n": typeof types.RenewCertificationDocument,
    "\n  mutation AcceptCertificationTerms($id: ID!) {\n    acceptCertificationTerms(id: $id) {\n      ...CertificationFields\n    }\n  }\n": typeof types.AcceptCertificationTermsDocument,
    "\n  mutation SubmitCertificationInformation($id: ID!, $input: CertificationInformationInput!) {\n    submitCertificationInformation(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.SubmitCertificationInformationDocument,
    "\n  mutation SubmitCertificationInvoice($id: ID!, $input: CertificationInvoiceInput!) {\n    submitCertificationInvoice(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.SubmitCertificationInvoiceDocument,
    "\n  mutation PayCertificationFee($id: ID!) {\n    payCertificationFee(id: $id) {\n      ...CertificationFields\n    }\n  }\n": typeof types.PayCertificationFeeDocument,
    "\n  mutation SupplementCertificationMaterial($id: ID!, $materialIds: [ID!]!) {\n    supplementCertificationMaterial(id: $id, materialIds: $materialIds) {\n      ...CertificationFields\n    }\n  }\n": typeof types.SupplementCertificationMaterialDocument,
    "\n  mutation RecordCertificationReviewCall($id: ID!, $input: ReviewCallInput!) {\n    recordCertificationReviewCall(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.RecordCertificationReviewCallDocument,
    "\n  mutation DecideCertification($id: ID!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.DecideCertificationDocument,
    "\n  query RuleHistory($key: String!) {\n    ruleHistory(key: $key) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.RuleHistoryDocument,
    "\n  mutation SetRule($input: SetRuleInput!) {\n    setRule(input: $input) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.SetRuleDocument,
    "\n  query RuleDefinitions {\n    ruleDefinitions {\n      key\n      unit\n      min\n      max\n      minItems\n      maxItems\n      options\n      description {\n        zhCN\n        en\n      }\n    }\n  }\n": typeof types.RuleDefinitionsDocument,
    "\n  query PreviewRuleChange($key: String!, $value: JSON!) {\n    previewRuleChange(key: $key, value: $value) {\n      key\n      value\n      currentValue\n      asOf\n      measurable\n      effects {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.PreviewRuleChangeDocument,
    "\n  mutation WithdrawRuleValue($key: String!, $effectiveFrom: DateTime!, $note: String!) {\n    withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": typeof types.WithdrawRuleValueDocument,
    "\n  fragment WorkingCalendarVersion on WorkingCalendarYear {\n    year\n    version\n    source\n    note\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n    holidays {\n      date\n      name\n    }\n    makeupDays {\n      date\n      name\n    }\n  }\n": typeof types.WorkingCalendarVersionFragmentDoc,
    "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      ...WorkingCalendarVersion\n    }\n  }\n": typeof types.WorkingCalendarYearsDocument,
    "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendarYear(year: $year) {\n      ...WorkingCalendarVersion\n    }\n    workingCalendarHistory(year: $year) {\n      ...WorkingCalendarVersion\n    }\n  }\n": typeof types.WorkingCalendarYearDocument,
    "\n  mutation SetWorkingCalendarYear($input: SetWorkingCalendarYearInput!) {\n    setWorkingCalendarYear(input: $input) {\n      ...WorkingCalendarVersion\n    }\n  }\n": typeof types.SetWorkingCalendarYearDocument,
    "\n  fragment ReprintRequestFields on ReprintRequest {\n    id\n    status\n    note\n    reason\n    requestedAt\n    decidedAt\n    usedAt\n    source {\n      id\n      title\n    }\n    account {\n      id\n      name\n    }\n    sourceAccount {\n      id\n      name\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    reprint {\n      id\n    }\n  }\n": typeof types.ReprintRequestFieldsFragmentDoc,
    "\n  query ReprintRequests(\n    $accountId: ID!\n    $direction: ReprintRequestDirection!\n    $status: ReprintRequestStatus\n    $first: Int\n    $after: String\n  ) {\n    reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReprintRequestFields\n        }\n      }\n    }\n  }\n": typeof types.ReprintRequestsDocument,
    "\n  mutation RequestReprint($sourceId: ID!, $accountId: ID!, $note: String) {\n    requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) {\n      ...ReprintRequestFields\n    }\n  }\n": typeof types.RequestReprintDocument,
    "\n  mutation DecideReprintRequest($id: ID!, $grant: Boolean!, $reason: String) {\n    decideReprintRequest(id: $id, grant: $grant, reason: $reason) {\n      ...ReprintRequestFields\n    }\n  }\n": typeof types.DecideReprintRequestDocument,
    "\n  mutation AddAccountOperator($accountId: ID!, $email: String!) {\n    addAccountOperator(accountId: $accountId, email: $email) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AddAccountOperatorDocument,
    "\n  mutation RemoveAccountOperator($accountId: ID!, $userId: ID!) {\n    removeAccountOperator(accountId: $accountId, userId: $userId) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.RemoveAccountOperatorDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    roles\n    active\n    passwordSet\n    createdAt\n    lastSignInAt\n    deactivatedAt\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment UserDetail on User {\n    ...UserRow\n    deactivationReason\n    operatedAccounts {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserDetailFragmentDoc,
    "\n  query User($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        ...UserDetail\n      }\n    }\n  }\n": typeof types.UserDocument,
    "\n  fragment PasswordLinkFields on PasswordLink {\n    purpose\n    token\n    expiresAt\n    user {\n      ...UserRow\n    }\n  }\n": typeof types.PasswordLinkFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...PasswordLinkFields\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [Role!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserDetail\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...UserDetail\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetail\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      ...PasswordLinkFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      client\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(current: $current, next: $next)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      email\n      displayName\n      purpose\n      expiresAt\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": typeof types.SetPasswordWithLinkDocument,
    "\n  query MyDirectoryAccounts {\n    viewer {\n      id\n      directoryAccounts {\n        id\n        name\n        kind\n        certified\n        subject {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyDirectoryAccountsDocument,
    "\n  query EnterpriseAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      certified\n      operators {\n        id\n        displayName\n        email\n      }\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n": typeof types.EnterpriseAccountDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    depth\n    position\n    directMemberCount\n    parent {\n      id\n    }\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($accountId: ID!) {\n    departments(accountId: $accountId) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  fragment MemberRow on Member {\n    id\n    memberId\n    name\n    mobile\n    email\n    wechatId\n    position\n    departments {\n      id\n      name\n    }\n    follow {\n      id\n      status\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query Members($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) {\n    members(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRow\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRow\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ImportMembers($accountId: ID!, $csv: String!) {\n    importMembers(accountId: $accountId, csv: $csv) {\n      rows\n      added\n      updated\n      refused {\n        line\n        memberId\n        field\n        code\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  fragment FollowRow on Follow {\n    id\n    wechatId\n    status\n    method\n    followedAt\n    verifiedAt\n    approvedAt\n    attemptsLeftToday\n    codeSentTo\n    member {\n      id\n      memberId\n      name\n    }\n  }\n": typeof types.FollowRowFragmentDoc,
    "\n  query Follows($accountId: ID!, $status: FollowStatus, $first: Int, $after: String) {\n    follows(accountId: $accountId, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowRow\n        }\n      }\n    }\n  }\n": typeof types.FollowsDocument,
    "\n  mutation ApproveFollow($followId: ID!) {\n    approveFollow(followId: $followId) {\n      ...FollowRow\n    }\n  }\n": typeof types.ApproveFollowDocument,
    "\n  mutation SetEnterpriseSettings($accountId: ID!, $input: EnterpriseSettingsInput!) {\n    setEnterpriseSettings(accountId: $accountId, input: $input) {\n      id\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n": typeof types.SetEnterpriseSettingsDocument,
    "\n  query FollowEvents($accountId: ID!, $first: Int, $after: String) {\n    followEvents(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          kind\n          detail\n          follow {\n            id\n            wechatId\n          }\n        }\n      }\n    }\n  }\n": typeof types.FollowEventsDocument,
    "\n  query Deliveries($first: Int, $after: String) {\n    deliveries(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          channel\n          to\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.DeliveriesDocument,
    "\n  query DirectoryScopes($accountId: ID!) {\n    directoryScopes(accountId: $accountId) {\n      permission\n      grantedAt\n      user {\n        id\n        displayName\n        email\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      departments {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DirectoryScopesDocument,
    "\n  mutation GrantDirectoryScope($input: GrantDirectoryScopeInput!) {\n    grantDirectoryScope(input: $input)\n  }\n": typeof types.GrantDirectoryScopeDocument,
    "\n  mutation RevokeDirectoryScope($accountId: ID!, $userId: ID!) {\n    revokeDirectoryScope(accountId: $accountId, userId: $userId)\n  }\n": typeof types.RevokeDirectoryScopeDocument,
    "\n  fragment CannedReasonFields on CannedReason {\n    id\n    type\n    text\n    position\n    updatedAt\n  }\n": typeof types.CannedReasonFieldsFragmentDoc,
    "\n  query CannedReasons($type: ViolationType) {\n    cannedReasons(type: $type) {\n      ...CannedReasonFields\n    }\n  }\n": typeof types.CannedReasonsDocument,
    "\n  mutation CreateCannedReason($input: CreateCannedReasonInput!) {\n    createCannedReason(input: $input) {\n      ...CannedReasonFields\n    }\n  }\n": typeof types.CreateCannedReasonDocument,
    "\n  mutation UpdateCannedReason($id: ID!, $input: UpdateCannedReasonInput!) {\n    updateCannedReason(id: $id, input: $input) {\n      ...CannedReasonFields\n    }\n  }\n": typeof types.UpdateCannedReasonDocument,
    "\n  mutation DeleteCannedReason($id: ID!) {\n    deleteCannedReason(id: $id)\n  }\n": typeof types.DeleteCannedReasonDocument,
    "\n  fragment AccountNoteFields on AccountNote {\n    id\n    text\n    at\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.AccountNoteFieldsFragmentDoc,
    "\n  query AccountNotes($id: ID!) {\n    account(id: $id) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n": typeof types.AccountNotesDocument,
    "\n  mutation AddAccountNote($accountId: ID!, $text: String!) {\n    addAccountNote(accountId: $accountId, text: $text) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n": typeof types.AddAccountNoteDocument,
    "\n  query ViolationReversal($id: ID!) {\n    violation(id: $id) {\n      id\n      status\n      type\n      ordinal\n      decidedAt\n      undoableUntil\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViolationReversalDocument,
    "\n  mutation UndoDismissal($id: ID!) {\n    undoDismissal(id: $id) {\n      id\n      status\n      undoableUntil\n    }\n  }\n": typeof types.UndoDismissalDocument,
};
const documents: Documents = {
    "\n  query DashboardCounts($appealsWithinDays: Int!, $expiringWithinDays: Int!) {\n    stats {\n      pendingReports {\n        type\n        age\n        count\n      }\n      activeBans {\n        total\n        endingToday\n        endingThisWeek\n        permanent\n      }\n      appealDeadlines(withinDays: $appealsWithinDays) {\n        pending\n        dueSoon\n        overdue\n        deadlineUncertain\n      }\n      certificationWork(expiringWithinDays: $expiringWithinDays) {\n        overdueDispatches\n        expiringSoon\n      }\n    }\n    recordRegistrationByRegion {\n      region\n      accounts\n    }\n  }\n": types.DashboardCountsDocument,
    "\n  query DashboardCharts(\n    $scope: StatsScope!\n    $violationGranularity: Granularity!\n    $correctionGranularity: Granularity!\n  ) {\n    stats {\n      granularityFor(scope: $scope)\n      violationsPerPeriod(granularity: $violationGranularity, scope: $scope) {\n        period\n        type\n        count\n      }\n      ladderSteps(scope: $scope, type: LIKE_FARMING) {\n        step\n        orMore\n        count\n      }\n      certificationFunnel(scope: $scope) {\n        started\n        paid\n        dispatched\n        approved\n        rejected\n        passRate\n      }\n      correctionsPerPeriod(granularity: $correctionGranularity, scope: $scope) {\n        period\n        count\n        changedCharacters\n      }\n    }\n  }\n": types.DashboardChartsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          targetNodeId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditCatalog {\n    auditCatalog {\n      actions\n      targetTypes\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AuditCatalogDocument,
    "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.RulesDocument,
    "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          banned\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AccountOptionsDocument,
    "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n": types.AccountNameDocument,
    "\n  query Account($id: ID!, $articles: Int, $violations: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      badge\n      certification {\n        id\n        kind\n        status\n        nickname\n        badge\n        certificationNumber\n        startedAt\n        approvedAt\n        expiresAt\n      }\n      banned\n      activePenalty {\n        ...PenaltyFields\n      }\n      penalties {\n        ...PenaltyFields\n      }\n      violations(first: $violations) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccountViolation\n          }\n        }\n      }\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n": types.RecordAccountRegistrationDocument,
    "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      id\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n": types.QuotaRequestFieldsFragmentDoc,
    "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n": types.QuotaRequestsDocument,
    "\n  mutation PassQuotaPreliminary($id: ID!, $note: String) {\n    passQuotaPreliminaryExamination(id: $id, note: $note) {\n      ...QuotaRequestFields\n    }\n  }\n": types.PassQuotaPreliminaryDocument,
    "\n  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {\n    recordQuotaAuthorityApproval(id: $id, input: $input) {\n      ...QuotaRequestFields\n    }\n  }\n": types.RecordQuotaAuthorityApprovalDocument,
    "\n  mutation RejectQuotaRequest($id: ID!, $reason: String!) {\n    rejectQuotaRequest(id: $id, reason: $reason) {\n      ...QuotaRequestFields\n    }\n  }\n": types.RejectQuotaRequestDocument,
    "\n  fragment ArticleRow on Article {\n    id\n    title\n    author\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    reprintCount\n    correction {\n      changedCharacters\n    }\n    reprintOf {\n      id\n    }\n    account {\n      id\n      name\n    }\n  }\n": types.ArticleRowFragmentDoc,
    "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  query SearchAccounts($query: String!, $first: Int, $after: String) {\n    searchAccounts(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          subject {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchAccountsDocument,
    "\n  query SearchArticles($query: String!, $first: Int, $after: String) {\n    searchArticles(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n": types.SearchArticlesDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      id\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation CorrectArticle($input: CorrectArticleInput!) {\n    correctArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.CorrectArticleDocument,
    "\n  mutation ReprintArticle($input: ReprintArticleInput!) {\n    reprintArticle(input: $input) {\n      id\n    }\n  }\n": types.ReprintArticleDocument,
    "\n  mutation BlockArticle($id: ID!, $reason: String!) {\n    blockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": types.BlockArticleDocument,
    "\n  mutation UnblockArticle($id: ID!, $reason: String!) {\n    unblockArticle(id: $id, reason: $reason) {\n      ...ArticleFields\n    }\n  }\n": types.UnblockArticleDocument,
    "\n  fragment AccountIdentity on Account {\n    id\n    name\n    originalId\n    certified\n    badge\n    subject {\n      id\n      name\n    }\n  }\n": types.AccountIdentityFragmentDoc,
    "\n  fragment CountedViolation on Violation {\n    id\n    status\n    ordinal\n    decidedAt\n    account {\n      id\n    }\n  }\n": types.CountedViolationFragmentDoc,
    "\n  fragment PenaltyExplanation on Violation {\n    id\n    type\n    ordinal\n    priorStrikes\n    ruleKey\n    ruleEffectiveFrom\n    countedViolations {\n      ...CountedViolation\n    }\n  }\n": types.PenaltyExplanationFragmentDoc,
    "\n  fragment ViolationRow on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    claimedAt\n    claimExpiresAt\n    claimedBy {\n      id\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    article {\n      id\n      title\n    }\n    priorStrikes\n  }\n": types.ViolationRowFragmentDoc,
    "\n  fragment ViolationDetail on Violation {\n    ...ViolationRow\n    ...PenaltyExplanation\n    evidenceTitle\n    evidenceBody\n    decisionNote\n    notes {\n      at\n      text\n      author {\n        displayName\n      }\n    }\n  }\n": types.ViolationDetailFragmentDoc,
    "\n  query Violations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ViolationRow\n        }\n      }\n    }\n  }\n": types.ViolationsDocument,
    "\n  subscription ModerationQueueChanged {\n    moderationQueueChanged {\n      kind\n      violationId\n      at\n      claimedBy {\n        id\n        displayName\n      }\n      violation {\n        ...ViolationRow\n      }\n    }\n  }\n": types.ModerationQueueChangedDocument,
    "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationDetail\n    }\n  }\n": types.ViolationDocument,
    "\n  query PenaltyPreview($violationId: ID!) {\n    penaltyPreview(violationId: $violationId) {\n      ordinal\n      step\n      days\n      permanent\n      endsAt\n      priorStrikes\n      ruleKey\n      ruleEffectiveFrom\n      countedViolations {\n        ...CountedViolation\n      }\n    }\n    rules {\n      key\n      value\n    }\n  }\n": types.PenaltyPreviewDocument,
    "\n  mutation ClaimViolation($id: ID!, $takeOver: Boolean) {\n    claimViolation(id: $id, takeOver: $takeOver) {\n      ...ViolationDetail\n    }\n  }\n": types.ClaimViolationDocument,
    "\n  mutation AddViolationNote($id: ID!, $text: String!) {\n    addViolationNote(id: $id, text: $text) {\n      ...ViolationDetail\n    }\n  }\n": types.AddViolationNoteDocument,
    "\n  mutation ConfirmViolation($id: ID!, $note: String, $takeOver: Boolean) {\n    confirmViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      type\n      status\n      ordinal\n      penalty {\n        id\n        startsAt\n        endsAt\n        permanent\n      }\n    }\n  }\n": types.ConfirmViolationDocument,
    "\n  mutation DismissViolation($id: ID!, $note: String!, $takeOver: Boolean) {\n    dismissViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      status\n      undoableUntil\n    }\n  }\n": types.DismissViolationDocument,
    "\n  mutation DismissViolations($input: DismissViolationsInput!) {\n    dismissViolations(input: $input) {\n      id\n      status\n    }\n  }\n": types.DismissViolationsDocument,
    "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      id\n      reportCount\n    }\n  }\n": types.ReportViolationDocument,
    "\n  fragment PenaltyFields on Penalty {\n    id\n    reason\n    startsAt\n    endsAt\n    permanent\n    active\n    liftable\n    liftedAt\n    liftReason\n    violation {\n      ...PenaltyExplanation\n    }\n    appeal {\n      id\n      status\n      text\n      filedAt\n      dueAt\n      deadlineUncertain\n      decidedAt\n      decisionReason\n      filedBy {\n        displayName\n      }\n      decidedBy {\n        displayName\n      }\n    }\n  }\n": types.PenaltyFieldsFragmentDoc,
    "\n  fragment AccountViolation on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    ...PenaltyExplanation\n    ordinal\n    decidedAt\n    decisionNote\n    decidedBy {\n      displayName\n    }\n    article {\n      id\n      title\n    }\n  }\n": types.AccountViolationFragmentDoc,
    "\n  query AccountViolations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountViolation\n        }\n      }\n    }\n  }\n": types.AccountViolationsDocument,
    "\n  mutation LiftPenalty($id: ID!, $reason: String!) {\n    liftPenalty(id: $id, reason: $reason) {\n      ...PenaltyFields\n    }\n  }\n": types.LiftPenaltyDocument,
    "\n  mutation OverturnViolation($id: ID!, $reason: String!) {\n    overturnViolation(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OverturnViolationDocument,
    "\n  mutation FileAppeal($penaltyId: ID!, $text: String!) {\n    fileAppeal(penaltyId: $penaltyId, text: $text) {\n      id\n    }\n  }\n": types.FileAppealDocument,
    "\n  fragment AppealRow on Appeal {\n    id\n    status\n    text\n    filedAt\n    dueAt\n    deadlineUncertain\n    overdue\n    decidedAt\n    decisionReason\n    filedBy {\n      displayName\n    }\n    decidedBy {\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    penalty {\n      id\n      reason\n      startsAt\n      endsAt\n      permanent\n      active\n      liftable\n      liftedAt\n      violation {\n        ...PenaltyExplanation\n      }\n    }\n  }\n": types.AppealRowFragmentDoc,
    "\n  query Appeals($first: Int, $after: String, $filter: AppealFilter) {\n    appeals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppealRow\n        }\n      }\n    }\n  }\n": types.AppealsDocument,
    "\n  mutation DecideAppeal($id: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(id: $id, grant: $grant, reason: $reason) {\n      ...AppealRow\n    }\n  }\n": types.DecideAppealDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          message\n          targetType\n          targetId\n          createdAt\n          readAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment CertificationRow on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    startedAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    expiresAt\n    reviewCallOverdue\n    badge\n    certificationNumber\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n      }\n    }\n    reviewer {\n      id\n      displayName\n    }\n    account {\n      id\n      name\n      kind\n    }\n  }\n": types.CertificationRowFragmentDoc,
    "\n  fragment CertificationFields on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    feeRefundable\n    badge\n    certificationNumber\n    startedAt\n    termsAcceptedAt\n    informationAt\n    invoiceAt\n    paidAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    approvedAt\n    expiresAt\n    startedBy {\n      id\n      displayName\n    }\n    contactName\n    contactPhone\n    profession\n    invoiceTitle\n    payment {\n      amountCents\n      paidAt\n      provider\n      reference\n      refundable\n    }\n    reviewer {\n      id\n      displayName\n    }\n    reviewCallOverdue\n    identityConfirmed\n    recordingPlayed\n    qualification\n    naming\n    decisionReason\n    suggestedNickname\n    previousAccountName\n    memberScale\n    supplementsUsed\n    materials {\n      uploadId\n      purpose\n      contentType\n      bytes\n      supplement\n      addedAt\n      url\n    }\n    renewalOf {\n      id\n      certificationNumber\n      expiresAt\n    }\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n    account {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n    }\n  }\n": types.CertificationFieldsFragmentDoc,
    "\n  query Certifications($first: Int, $after: String, $filter: CertificationFilter) {\n    certifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n": types.CertificationsDocument,
    "\n  query Certification($id: ID!) {\n    certification(id: $id) {\n      ...CertificationFields\n    }\n  }\n": types.CertificationDocument,
    "\n  query CertificationCandidates($first: Int) {\n    certificationCandidates(first: $first) {\n      id\n      name\n      kind\n      followerCount\n      readCount\n      subject {\n        id\n        name\n      }\n    }\n  }\n": types.CertificationCandidatesDocument,
    "\n  query CertificationCandidateExclusions($first: Int) {\n    certificationCandidateExclusions(first: $first) {\n      reason\n      days\n      account {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CertificationCandidateExclusionsDocument,
    "\n  query CheckCertificationNickname($name: String!, $accountId: ID) {\n    checkCertificationNickname(name: $name, accountId: $accountId) {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n  }\n": types.CheckCertificationNicknameDocument,
    "\n  query CertifyAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n      certification {\n        ...CertificationFields\n      }\n    }\n    rules {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.CertifyAccountDocument,
    "\n  mutation InviteToCertification($accountId: ID!) {\n    inviteToCertification(accountId: $accountId)\n  }\n": types.InviteToCertificationDocument,
    "\n  mutation RevokeCertificationInvitation($accountId: ID!) {\n    revokeCertificationInvitation(accountId: $accountId)\n  }\n": types.RevokeCertificationInvitationDocument,
    "\n  mutation StartCertification($input: StartCertificationInput!) {\n    startCertification(input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.StartCertificationDocument,
    "\n  mutation RenewCertification($id: ID!) {\n    renewCertification(id: $id) {\n      ...CertificationFields\n    }\n  }\n": types.RenewCertificationDocument,
    "\n  mutation AcceptCertificationTerms($id: ID!) {\n    acceptCertificationTerms(id: $id) {\n      ...CertificationFields\n    }\n  }\n": types.AcceptCertificationTermsDocument,
    "\n  mutation SubmitCertificationInformation($id: ID!, $input: CertificationInformationInput!) {\n    submitCertificationInformation(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.SubmitCertificationInformationDocument,
    "\n  mutation SubmitCertificationInvoice($id: ID!, $input: CertificationInvoiceInput!) {\n    submitCertificationInvoice(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.SubmitCertificationInvoiceDocument,
    "\n  mutation PayCertificationFee($id: ID!) {\n    payCertificationFee(id: $id) {\n      ...CertificationFields\n    }\n  }\n": types.PayCertificationFeeDocument,
    "\n  mutation SupplementCertificationMaterial($id: ID!, $materialIds: [ID!]!) {\n    supplementCertificationMaterial(id: $id, materialIds: $materialIds) {\n      ...CertificationFields\n    }\n  }\n": types.SupplementCertificationMaterialDocument,
    "\n  mutation RecordCertificationReviewCall($id: ID!, $input: ReviewCallInput!) {\n    recordCertificationReviewCall(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.RecordCertificationReviewCallDocument,
    "\n  mutation DecideCertification($id: ID!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.DecideCertificationDocument,
    "\n  query RuleHistory($key: String!) {\n    ruleHistory(key: $key) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.RuleHistoryDocument,
    "\n  mutation SetRule($input: SetRuleInput!) {\n    setRule(input: $input) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.SetRuleDocument,
    "\n  query RuleDefinitions {\n    ruleDefinitions {\n      key\n      unit\n      min\n      max\n      minItems\n      maxItems\n      options\n      description {\n        zhCN\n        en\n      }\n    }\n  }\n": types.RuleDefinitionsDocument,
    "\n  query PreviewRuleChange($key: String!, $value: JSON!) {\n    previewRuleChange(key: $key, value: $value) {\n      key\n      value\n      currentValue\n      asOf\n      measurable\n      effects {\n        kind\n        count\n      }\n    }\n  }\n": types.PreviewRuleChangeDocument,
    "\n  mutation WithdrawRuleValue($key: String!, $effectiveFrom: DateTime!, $note: String!) {\n    withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n": types.WithdrawRuleValueDocument,
    "\n  fragment WorkingCalendarVersion on WorkingCalendarYear {\n    year\n    version\n    source\n    note\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n    holidays {\n      date\n      name\n    }\n    makeupDays {\n      date\n      name\n    }\n  }\n": types.WorkingCalendarVersionFragmentDoc,
    "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      ...WorkingCalendarVersion\n    }\n  }\n": types.WorkingCalendarYearsDocument,
    "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendarYear(year: $year) {\n      ...WorkingCalendarVersion\n    }\n    workingCalendarHistory(year: $year) {\n      ...WorkingCalendarVersion\n    }\n  }\n": types.WorkingCalendarYearDocument,
    "\n  mutation SetWorkingCalendarYear($input: SetWorkingCalendarYearInput!) {\n    setWorkingCalendarYear(input: $input) {\n      ...WorkingCalendarVersion\n    }\n  }\n": types.SetWorkingCalendarYearDocument,
    "\n  fragment ReprintRequestFields on ReprintRequest {\n    id\n    status\n    note\n    reason\n    requestedAt\n    decidedAt\n    usedAt\n    source {\n      id\n      title\n    }\n    account {\n      id\n      name\n    }\n    sourceAccount {\n      id\n      name\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    reprint {\n      id\n    }\n  }\n": types.ReprintRequestFieldsFragmentDoc,
    "\n  query ReprintRequests(\n    $accountId: ID!\n    $direction: ReprintRequestDirection!\n    $status: ReprintRequestStatus\n    $first: Int\n    $after: String\n  ) {\n    reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReprintRequestFields\n        }\n      }\n    }\n  }\n": types.ReprintRequestsDocument,
    "\n  mutation RequestReprint($sourceId: ID!, $accountId: ID!, $note: String) {\n    requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) {\n      ...ReprintRequestFields\n    }\n  }\n": types.RequestReprintDocument,
    "\n  mutation DecideReprintRequest($id: ID!, $grant: Boolean!, $reason: String) {\n    decideReprintRequest(id: $id, grant: $grant, reason: $reason) {\n      ...ReprintRequestFields\n    }\n  }\n": types.DecideReprintRequestDocument,
    "\n  mutation AddAccountOperator($accountId: ID!, $email: String!) {\n    addAccountOperator(accountId: $accountId, email: $email) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AddAccountOperatorDocument,
    "\n  mutation RemoveAccountOperator($accountId: ID!, $userId: ID!) {\n    removeAccountOperator(accountId: $accountId, userId: $userId) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.RemoveAccountOperatorDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    roles\n    active\n    passwordSet\n    createdAt\n    lastSignInAt\n    deactivatedAt\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  fragment UserDetail on User {\n    ...UserRow\n    deactivationReason\n    operatedAccounts {\n      id\n      name\n      kind\n    }\n  }\n": types.UserDetailFragmentDoc,
    "\n  query User($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        ...UserDetail\n      }\n    }\n  }\n": types.UserDocument,
    "\n  fragment PasswordLinkFields on PasswordLink {\n    purpose\n    token\n    expiresAt\n    user {\n      ...UserRow\n    }\n  }\n": types.PasswordLinkFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...PasswordLinkFields\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [Role!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserDetail\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...UserDetail\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetail\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      ...PasswordLinkFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      client\n      userAgent\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(current: $current, next: $next)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      email\n      displayName\n      purpose\n      expiresAt\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n": types.SetPasswordWithLinkDocument,
    "\n  query MyDirectoryAccounts {\n    viewer {\n      id\n      directoryAccounts {\n        id\n        name\n        kind\n        certified\n        subject {\n          name\n        }\n      }\n    }\n  }\n": types.MyDirectoryAccountsDocument,
    "\n  query EnterpriseAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      certified\n      operators {\n        id\n        displayName\n        email\n      }\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n": types.EnterpriseAccountDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    depth\n    position\n    directMemberCount\n    parent {\n      id\n    }\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($accountId: ID!) {\n    departments(accountId: $accountId) {\n      ...DepartmentFields\n    }\n  }\n": types.DepartmentsDocument,
    "\n  fragment MemberRow on Member {\n    id\n    memberId\n    name\n    mobile\n    email\n    wechatId\n    position\n    departments {\n      id\n      name\n    }\n    follow {\n      id\n      status\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query Members($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) {\n    members(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n": types.DeleteDepartmentDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRow\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRow\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ImportMembers($accountId: ID!, $csv: String!) {\n    importMembers(accountId: $accountId, csv: $csv) {\n      rows\n      added\n      updated\n      refused {\n        line\n        memberId\n        field\n        code\n        reason\n        message\n      }\n    }\n  }\n": types.ImportMembersDocument,
    "\n  fragment FollowRow on Follow {\n    id\n    wechatId\n    status\n    method\n    followedAt\n    verifiedAt\n    approvedAt\n    attemptsLeftToday\n    codeSentTo\n    member {\n      id\n      memberId\n      name\n    }\n  }\n": types.FollowRowFragmentDoc,
    "\n  query Follows($accountId: ID!, $status: FollowStatus, $first: Int, $after: String) {\n    follows(accountId: $accountId, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowRow\n        }\n      }\n    }\n  }\n": types.FollowsDocument,
    "\n  mutation ApproveFollow($followId: ID!) {\n    approveFollow(followId: $followId) {\n      ...FollowRow\n    }\n  }\n": types.ApproveFollowDocument,
    "\n  mutation SetEnterpriseSettings($accountId: ID!, $input: EnterpriseSettingsInput!) {\n    setEnterpriseSettings(accountId: $accountId, input: $input) {\n      id\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n": types.SetEnterpriseSettingsDocument,
    "\n  query FollowEvents($accountId: ID!, $first: Int, $after: String) {\n    followEvents(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          kind\n          detail\n          follow {\n            id\n            wechatId\n          }\n        }\n      }\n    }\n  }\n": types.FollowEventsDocument,
    "\n  query Deliveries($first: Int, $after: String) {\n    deliveries(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          channel\n          to\n          body\n          sentAt\n        }\n      }\n    }\n  }\n": types.DeliveriesDocument,
    "\n  query DirectoryScopes($accountId: ID!) {\n    directoryScopes(accountId: $accountId) {\n      permission\n      grantedAt\n      user {\n        id\n        displayName\n        email\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      departments {\n        id\n        name\n      }\n    }\n  }\n": types.DirectoryScopesDocument,
    "\n  mutation GrantDirectoryScope($input: GrantDirectoryScopeInput!) {\n    grantDirectoryScope(input: $input)\n  }\n": types.GrantDirectoryScopeDocument,
    "\n  mutation RevokeDirectoryScope($accountId: ID!, $userId: ID!) {\n    revokeDirectoryScope(accountId: $accountId, userId: $userId)\n  }\n": types.RevokeDirectoryScopeDocument,
    "\n  fragment CannedReasonFields on CannedReason {\n    id\n    type\n    text\n    position\n    updatedAt\n  }\n": types.CannedReasonFieldsFragmentDoc,
    "\n  query CannedReasons($type: ViolationType) {\n    cannedReasons(type: $type) {\n      ...CannedReasonFields\n    }\n  }\n": types.CannedReasonsDocument,
    "\n  mutation CreateCannedReason($input: CreateCannedReasonInput!) {\n    createCannedReason(input: $input) {\n      ...CannedReasonFields\n    }\n  }\n": types.CreateCannedReasonDocument,
    "\n  mutation UpdateCannedReason($id: ID!, $input: UpdateCannedReasonInput!) {\n    updateCannedReason(id: $id, input: $input) {\n      ...CannedReasonFields\n    }\n  }\n": types.UpdateCannedReasonDocument,
    "\n  mutation DeleteCannedReason($id: ID!) {\n    deleteCannedReason(id: $id)\n  }\n": types.DeleteCannedReasonDocument,
    "\n  fragment AccountNoteFields on AccountNote {\n    id\n    text\n    at\n    author {\n      id\n      displayName\n    }\n  }\n": types.AccountNoteFieldsFragmentDoc,
    "\n  query AccountNotes($id: ID!) {\n    account(id: $id) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n": types.AccountNotesDocument,
    "\n  mutation AddAccountNote($accountId: ID!, $text: String!) {\n    addAccountNote(accountId: $accountId, text: $text) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n": types.AddAccountNoteDocument,
    "\n  query ViolationReversal($id: ID!) {\n    violation(id: $id) {\n      id\n      status\n      type\n      ordinal\n      decidedAt\n      undoableUntil\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ViolationReversalDocument,
    "\n  mutation UndoDismissal($id: ID!) {\n    undoDismissal(id: $id) {\n      id\n      status\n      undoableUntil\n    }\n  }\n": types.UndoDismissalDocument,
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
export function graphql(source: "\n  query DashboardCounts($appealsWithinDays: Int!, $expiringWithinDays: Int!) {\n    stats {\n      pendingReports {\n        type\n        age\n        count\n      }\n      activeBans {\n        total\n        endingToday\n        endingThisWeek\n        permanent\n      }\n      appealDeadlines(withinDays: $appealsWithinDays) {\n        pending\n        dueSoon\n        overdue\n        deadlineUncertain\n      }\n      certificationWork(expiringWithinDays: $expiringWithinDays) {\n        overdueDispatches\n        expiringSoon\n      }\n    }\n    recordRegistrationByRegion {\n      region\n      accounts\n    }\n  }\n"): (typeof documents)["\n  query DashboardCounts($appealsWithinDays: Int!, $expiringWithinDays: Int!) {\n    stats {\n      pendingReports {\n        type\n        age\n        count\n      }\n      activeBans {\n        total\n        endingToday\n        endingThisWeek\n        permanent\n      }\n      appealDeadlines(withinDays: $appealsWithinDays) {\n        pending\n        dueSoon\n        overdue\n        deadlineUncertain\n      }\n      certificationWork(expiringWithinDays: $expiringWithinDays) {\n        overdueDispatches\n        expiringSoon\n      }\n    }\n    recordRegistrationByRegion {\n      region\n      accounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCharts(\n    $scope: StatsScope!\n    $violationGranularity: Granularity!\n    $correctionGranularity: Granularity!\n  ) {\n    stats {\n      granularityFor(scope: $scope)\n      violationsPerPeriod(granularity: $violationGranularity, scope: $scope) {\n        period\n        type\n        count\n      }\n      ladderSteps(scope: $scope, type: LIKE_FARMING) {\n        step\n        orMore\n        count\n      }\n      certificationFunnel(scope: $scope) {\n        started\n        paid\n        dispatched\n        approved\n        rejected\n        passRate\n      }\n      correctionsPerPeriod(granularity: $correctionGranularity, scope: $scope) {\n        period\n        count\n        changedCharacters\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCharts(\n    $scope: StatsScope!\n    $violationGranularity: Granularity!\n    $correctionGranularity: Granularity!\n  ) {\n    stats {\n      granularityFor(scope: $scope)\n      violationsPerPeriod(granularity: $violationGranularity, scope: $scope) {\n        period\n        type\n        count\n      }\n      ladderSteps(scope: $scope, type: LIKE_FARMING) {\n        step\n        orMore\n        count\n      }\n      certificationFunnel(scope: $scope) {\n        started\n        paid\n        dispatched\n        approved\n        rejected\n        passRate\n      }\n      correctionsPerPeriod(granularity: $correctionGranularity, scope: $scope) {\n        period\n        count\n        changedCharacters\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          targetNodeId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actor {\n            id\n            email\n            displayName\n          }\n          action\n          targetType\n          targetId\n          targetNodeId\n          before\n          after\n          reason\n          requestId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCatalog {\n    auditCatalog {\n      actions\n      targetTypes\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditCatalog {\n    auditCatalog {\n      actions\n      targetTypes\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  query Rules($at: DateTime) {\n    rules(at: $at) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {\n    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          createdAt\n          subject {\n            id\n            name\n            kind\n          }\n          record {\n            region\n            filed\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          banned\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountOptions($first: Int, $filter: AccountFilter) {\n    accounts(first: $first, filter: $filter, orderBy: NAME) {\n      edges {\n        node {\n          id\n          name\n          kind\n          banned\n          subject {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountName($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      subject {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!, $articles: Int, $violations: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      badge\n      certification {\n        id\n        kind\n        status\n        nickname\n        badge\n        certificationNumber\n        startedAt\n        approvedAt\n        expiresAt\n      }\n      banned\n      activePenalty {\n        ...PenaltyFields\n      }\n      penalties {\n        ...PenaltyFields\n      }\n      violations(first: $violations) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccountViolation\n          }\n        }\n      }\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!, $articles: Int, $violations: Int) {\n    account(id: $id) {\n      id\n      name\n      kind\n      originalId\n      appId\n      intro\n      createdAt\n      followerCount\n      readCount\n      certified\n      badge\n      certification {\n        id\n        kind\n        status\n        nickname\n        badge\n        certificationNumber\n        startedAt\n        approvedAt\n        expiresAt\n      }\n      banned\n      activePenalty {\n        ...PenaltyFields\n      }\n      penalties {\n        ...PenaltyFields\n      }\n      violations(first: $violations) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...AccountViolation\n          }\n        }\n      }\n      capabilities\n      subject {\n        id\n        name\n        kind\n        organizationCategory\n        idNumber\n        quota\n        accountCount\n      }\n      operators {\n        id\n        displayName\n        email\n      }\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n      articles(first: $articles) {\n        totalCount\n        totalCountIsExact\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...ArticleRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {\n    recordAccountRegistration(accountId: $accountId, input: $input) {\n      id\n      record {\n        region\n        responsiblePerson\n        contactPhone\n        filingNumber\n        filedOn\n        filed\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      id\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n"): (typeof documents)["\n  fragment QuotaRequestFields on QuotaRequest {\n    id\n    status\n    requestedQuota\n    grantedQuota\n    reason\n    filedAt\n    filedBy {\n      displayName\n    }\n    preliminaryAt\n    preliminaryNote\n    preliminaryBy {\n      id\n      displayName\n    }\n    authorityAt\n    authorityName\n    authorityReference\n    rejectedAt\n    rejectionReason\n    subject {\n      id\n      name\n      kind\n      quota\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {\n    quotaRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuotaRequestFields\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Articles($first: Int, $after: String, $filter: ArticleFilter) {\n    articles(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAccounts($query: String!, $first: Int, $after: String) {\n    searchAccounts(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          subject {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAccounts($query: String!, $first: Int, $after: String) {\n    searchAccounts(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          originalId\n          certified\n          banned\n          subject {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArticles($query: String!, $first: Int, $after: String) {\n    searchArticles(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchArticles($query: String!, $first: Int, $after: String) {\n    searchArticles(query: $query, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleFields on Article {\n    id\n    title\n    summary\n    author\n    body\n    publishedAt\n    original\n    reprintPolicy\n    blocked\n    blockedReason\n    correctionsLeft\n    reprintCount\n    account {\n      id\n      name\n      kind\n      banned\n      operators {\n        id\n      }\n    }\n    reprintWhitelist {\n      id\n      name\n    }\n    reprintOf {\n      id\n      title\n      account {\n        id\n        name\n      }\n    }\n    correction {\n      changedCharacters\n      limit\n      correctedAt\n      correctedBy {\n        displayName\n      }\n      previousBody\n      operations {\n        kind\n        position\n        before\n        after\n      }\n    }\n    reprints(first: 10) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          publishedAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountIdentity on Account {\n    id\n    name\n    originalId\n    certified\n    badge\n    subject {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccountIdentity on Account {\n    id\n    name\n    originalId\n    certified\n    badge\n    subject {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountedViolation on Violation {\n    id\n    status\n    ordinal\n    decidedAt\n    account {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CountedViolation on Violation {\n    id\n    status\n    ordinal\n    decidedAt\n    account {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PenaltyExplanation on Violation {\n    id\n    type\n    ordinal\n    priorStrikes\n    ruleKey\n    ruleEffectiveFrom\n    countedViolations {\n      ...CountedViolation\n    }\n  }\n"): (typeof documents)["\n  fragment PenaltyExplanation on Violation {\n    id\n    type\n    ordinal\n    priorStrikes\n    ruleKey\n    ruleEffectiveFrom\n    countedViolations {\n      ...CountedViolation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViolationRow on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    claimedAt\n    claimExpiresAt\n    claimedBy {\n      id\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    article {\n      id\n      title\n    }\n    priorStrikes\n  }\n"): (typeof documents)["\n  fragment ViolationRow on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    claimedAt\n    claimExpiresAt\n    claimedBy {\n      id\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    article {\n      id\n      title\n    }\n    priorStrikes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViolationDetail on Violation {\n    ...ViolationRow\n    ...PenaltyExplanation\n    evidenceTitle\n    evidenceBody\n    decisionNote\n    notes {\n      at\n      text\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViolationDetail on Violation {\n    ...ViolationRow\n    ...PenaltyExplanation\n    evidenceTitle\n    evidenceBody\n    decisionNote\n    notes {\n      at\n      text\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ViolationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Violations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ViolationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModerationQueueChanged {\n    moderationQueueChanged {\n      kind\n      violationId\n      at\n      claimedBy {\n        id\n        displayName\n      }\n      violation {\n        ...ViolationRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ModerationQueueChanged {\n    moderationQueueChanged {\n      kind\n      violationId\n      at\n      claimedBy {\n        id\n        displayName\n      }\n      violation {\n        ...ViolationRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationDetail\n    }\n  }\n"): (typeof documents)["\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PenaltyPreview($violationId: ID!) {\n    penaltyPreview(violationId: $violationId) {\n      ordinal\n      step\n      days\n      permanent\n      endsAt\n      priorStrikes\n      ruleKey\n      ruleEffectiveFrom\n      countedViolations {\n        ...CountedViolation\n      }\n    }\n    rules {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  query PenaltyPreview($violationId: ID!) {\n    penaltyPreview(violationId: $violationId) {\n      ordinal\n      step\n      days\n      permanent\n      endsAt\n      priorStrikes\n      ruleKey\n      ruleEffectiveFrom\n      countedViolations {\n        ...CountedViolation\n      }\n    }\n    rules {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimViolation($id: ID!, $takeOver: Boolean) {\n    claimViolation(id: $id, takeOver: $takeOver) {\n      ...ViolationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimViolation($id: ID!, $takeOver: Boolean) {\n    claimViolation(id: $id, takeOver: $takeOver) {\n      ...ViolationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddViolationNote($id: ID!, $text: String!) {\n    addViolationNote(id: $id, text: $text) {\n      ...ViolationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddViolationNote($id: ID!, $text: String!) {\n    addViolationNote(id: $id, text: $text) {\n      ...ViolationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmViolation($id: ID!, $note: String, $takeOver: Boolean) {\n    confirmViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      type\n      status\n      ordinal\n      penalty {\n        id\n        startsAt\n        endsAt\n        permanent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmViolation($id: ID!, $note: String, $takeOver: Boolean) {\n    confirmViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      type\n      status\n      ordinal\n      penalty {\n        id\n        startsAt\n        endsAt\n        permanent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissViolation($id: ID!, $note: String!, $takeOver: Boolean) {\n    dismissViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      status\n      undoableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation DismissViolation($id: ID!, $note: String!, $takeOver: Boolean) {\n    dismissViolation(id: $id, note: $note, takeOver: $takeOver) {\n      id\n      status\n      undoableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissViolations($input: DismissViolationsInput!) {\n    dismissViolations(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DismissViolations($input: DismissViolationsInput!) {\n    dismissViolations(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      id\n      reportCount\n    }\n  }\n"): (typeof documents)["\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      id\n      reportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PenaltyFields on Penalty {\n    id\n    reason\n    startsAt\n    endsAt\n    permanent\n    active\n    liftable\n    liftedAt\n    liftReason\n    violation {\n      ...PenaltyExplanation\n    }\n    appeal {\n      id\n      status\n      text\n      filedAt\n      dueAt\n      deadlineUncertain\n      decidedAt\n      decisionReason\n      filedBy {\n        displayName\n      }\n      decidedBy {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PenaltyFields on Penalty {\n    id\n    reason\n    startsAt\n    endsAt\n    permanent\n    active\n    liftable\n    liftedAt\n    liftReason\n    violation {\n      ...PenaltyExplanation\n    }\n    appeal {\n      id\n      status\n      text\n      filedAt\n      dueAt\n      deadlineUncertain\n      decidedAt\n      decisionReason\n      filedBy {\n        displayName\n      }\n      decidedBy {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountViolation on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    ...PenaltyExplanation\n    ordinal\n    decidedAt\n    decisionNote\n    decidedBy {\n      displayName\n    }\n    article {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AccountViolation on Violation {\n    id\n    type\n    source\n    status\n    reportedAt\n    reportCount\n    evidence\n    ...PenaltyExplanation\n    ordinal\n    decidedAt\n    decisionNote\n    decidedBy {\n      displayName\n    }\n    article {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountViolations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountViolation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountViolations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {\n    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AccountViolation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftPenalty($id: ID!, $reason: String!) {\n    liftPenalty(id: $id, reason: $reason) {\n      ...PenaltyFields\n    }\n  }\n"): (typeof documents)["\n  mutation LiftPenalty($id: ID!, $reason: String!) {\n    liftPenalty(id: $id, reason: $reason) {\n      ...PenaltyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverturnViolation($id: ID!, $reason: String!) {\n    overturnViolation(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OverturnViolation($id: ID!, $reason: String!) {\n    overturnViolation(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileAppeal($penaltyId: ID!, $text: String!) {\n    fileAppeal(penaltyId: $penaltyId, text: $text) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FileAppeal($penaltyId: ID!, $text: String!) {\n    fileAppeal(penaltyId: $penaltyId, text: $text) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppealRow on Appeal {\n    id\n    status\n    text\n    filedAt\n    dueAt\n    deadlineUncertain\n    overdue\n    decidedAt\n    decisionReason\n    filedBy {\n      displayName\n    }\n    decidedBy {\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    penalty {\n      id\n      reason\n      startsAt\n      endsAt\n      permanent\n      active\n      liftable\n      liftedAt\n      violation {\n        ...PenaltyExplanation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AppealRow on Appeal {\n    id\n    status\n    text\n    filedAt\n    dueAt\n    deadlineUncertain\n    overdue\n    decidedAt\n    decisionReason\n    filedBy {\n      displayName\n    }\n    decidedBy {\n      displayName\n    }\n    account {\n      ...AccountIdentity\n    }\n    penalty {\n      id\n      reason\n      startsAt\n      endsAt\n      permanent\n      active\n      liftable\n      liftedAt\n      violation {\n        ...PenaltyExplanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Appeals($first: Int, $after: String, $filter: AppealFilter) {\n    appeals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppealRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Appeals($first: Int, $after: String, $filter: AppealFilter) {\n    appeals(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AppealRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAppeal($id: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(id: $id, grant: $grant, reason: $reason) {\n      ...AppealRow\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAppeal($id: ID!, $grant: Boolean!, $reason: String!) {\n    decideAppeal(id: $id, grant: $grant, reason: $reason) {\n      ...AppealRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          message\n          targetType\n          targetId\n          createdAt\n          readAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          title\n          message\n          targetType\n          targetId\n          createdAt\n          readAt\n          account {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationRow on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    startedAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    expiresAt\n    reviewCallOverdue\n    badge\n    certificationNumber\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n      }\n    }\n    reviewer {\n      id\n      displayName\n    }\n    account {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CertificationRow on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    startedAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    expiresAt\n    reviewCallOverdue\n    badge\n    certificationNumber\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n      }\n    }\n    reviewer {\n      id\n      displayName\n    }\n    account {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationFields on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    feeRefundable\n    badge\n    certificationNumber\n    startedAt\n    termsAcceptedAt\n    informationAt\n    invoiceAt\n    paidAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    approvedAt\n    expiresAt\n    startedBy {\n      id\n      displayName\n    }\n    contactName\n    contactPhone\n    profession\n    invoiceTitle\n    payment {\n      amountCents\n      paidAt\n      provider\n      reference\n      refundable\n    }\n    reviewer {\n      id\n      displayName\n    }\n    reviewCallOverdue\n    identityConfirmed\n    recordingPlayed\n    qualification\n    naming\n    decisionReason\n    suggestedNickname\n    previousAccountName\n    memberScale\n    supplementsUsed\n    materials {\n      uploadId\n      purpose\n      contentType\n      bytes\n      supplement\n      addedAt\n      url\n    }\n    renewalOf {\n      id\n      certificationNumber\n      expiresAt\n    }\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n    account {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CertificationFields on Certification {\n    id\n    kind\n    status\n    nickname\n    feeCents\n    feeRefundable\n    badge\n    certificationNumber\n    startedAt\n    termsAcceptedAt\n    informationAt\n    invoiceAt\n    paidAt\n    dispatchedAt\n    reviewCallAt\n    decidedAt\n    approvedAt\n    expiresAt\n    startedBy {\n      id\n      displayName\n    }\n    contactName\n    contactPhone\n    profession\n    invoiceTitle\n    payment {\n      amountCents\n      paidAt\n      provider\n      reference\n      refundable\n    }\n    reviewer {\n      id\n      displayName\n    }\n    reviewCallOverdue\n    identityConfirmed\n    recordingPlayed\n    qualification\n    naming\n    decisionReason\n    suggestedNickname\n    previousAccountName\n    memberScale\n    supplementsUsed\n    materials {\n      uploadId\n      purpose\n      contentType\n      bytes\n      supplement\n      addedAt\n      url\n    }\n    renewalOf {\n      id\n      certificationNumber\n      expiresAt\n    }\n    namingAdvice {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n    account {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certifications($first: Int, $after: String, $filter: CertificationFilter) {\n    certifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Certifications($first: Int, $after: String, $filter: CertificationFilter) {\n    certifications(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CertificationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Certification($id: ID!) {\n    certification(id: $id) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  query Certification($id: ID!) {\n    certification(id: $id) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCandidates($first: Int) {\n    certificationCandidates(first: $first) {\n      id\n      name\n      kind\n      followerCount\n      readCount\n      subject {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationCandidates($first: Int) {\n    certificationCandidates(first: $first) {\n      id\n      name\n      kind\n      followerCount\n      readCount\n      subject {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCandidateExclusions($first: Int) {\n    certificationCandidateExclusions(first: $first) {\n      reason\n      days\n      account {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationCandidateExclusions($first: Int) {\n    certificationCandidateExclusions(first: $first) {\n      reason\n      days\n      account {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckCertificationNickname($name: String!, $accountId: ID) {\n    checkCertificationNickname(name: $name, accountId: $accountId) {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n  }\n"): (typeof documents)["\n  query CheckCertificationNickname($name: String!, $accountId: ID) {\n    checkCertificationNickname(name: $name, accountId: $accountId) {\n      compliant\n      problems {\n        code\n        word\n        message\n      }\n      suggestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifyAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n      certification {\n        ...CertificationFields\n      }\n    }\n    rules {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  query CertifyAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      badge\n      certified\n      subject {\n        id\n        name\n        kind\n      }\n      operators {\n        id\n      }\n      certification {\n        ...CertificationFields\n      }\n    }\n    rules {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToCertification($accountId: ID!) {\n    inviteToCertification(accountId: $accountId)\n  }\n"): (typeof documents)["\n  mutation InviteToCertification($accountId: ID!) {\n    inviteToCertification(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificationInvitation($accountId: ID!) {\n    revokeCertificationInvitation(accountId: $accountId)\n  }\n"): (typeof documents)["\n  mutation RevokeCertificationInvitation($accountId: ID!) {\n    revokeCertificationInvitation(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCertification($input: StartCertificationInput!) {\n    startCertification(input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartCertification($input: StartCertificationInput!) {\n    startCertification(input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCertification($id: ID!) {\n    renewCertification(id: $id) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCertification($id: ID!) {\n    renewCertification(id: $id) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCertificationTerms($id: ID!) {\n    acceptCertificationTerms(id: $id) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCertificationTerms($id: ID!) {\n    acceptCertificationTerms(id: $id) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCertificationInformation($id: ID!, $input: CertificationInformationInput!) {\n    submitCertificationInformation(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCertificationInformation($id: ID!, $input: CertificationInformationInput!) {\n    submitCertificationInformation(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCertificationInvoice($id: ID!, $input: CertificationInvoiceInput!) {\n    submitCertificationInvoice(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCertificationInvoice($id: ID!, $input: CertificationInvoiceInput!) {\n    submitCertificationInvoice(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayCertificationFee($id: ID!) {\n    payCertificationFee(id: $id) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation PayCertificationFee($id: ID!) {\n    payCertificationFee(id: $id) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplementCertificationMaterial($id: ID!, $materialIds: [ID!]!) {\n    supplementCertificationMaterial(id: $id, materialIds: $materialIds) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupplementCertificationMaterial($id: ID!, $materialIds: [ID!]!) {\n    supplementCertificationMaterial(id: $id, materialIds: $materialIds) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCertificationReviewCall($id: ID!, $input: ReviewCallInput!) {\n    recordCertificationReviewCall(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCertificationReviewCall($id: ID!, $input: ReviewCallInput!) {\n    recordCertificationReviewCall(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCertification($id: ID!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCertification($id: ID!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleHistory($key: String!) {\n    ruleHistory(key: $key) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  query RuleHistory($key: String!) {\n    ruleHistory(key: $key) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRule($input: SetRuleInput!) {\n    setRule(input: $input) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation SetRule($input: SetRuleInput!) {\n    setRule(input: $input) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleDefinitions {\n    ruleDefinitions {\n      key\n      unit\n      min\n      max\n      minItems\n      maxItems\n      options\n      description {\n        zhCN\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleDefinitions {\n    ruleDefinitions {\n      key\n      unit\n      min\n      max\n      minItems\n      maxItems\n      options\n      description {\n        zhCN\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRuleChange($key: String!, $value: JSON!) {\n    previewRuleChange(key: $key, value: $value) {\n      key\n      value\n      currentValue\n      asOf\n      measurable\n      effects {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewRuleChange($key: String!, $value: JSON!) {\n    previewRuleChange(key: $key, value: $value) {\n      key\n      value\n      currentValue\n      asOf\n      measurable\n      effects {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRuleValue($key: String!, $effectiveFrom: DateTime!, $note: String!) {\n    withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRuleValue($key: String!, $effectiveFrom: DateTime!, $note: String!) {\n    withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) {\n      key\n      value\n      effectiveFrom\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingCalendarVersion on WorkingCalendarYear {\n    year\n    version\n    source\n    note\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n    holidays {\n      date\n      name\n    }\n    makeupDays {\n      date\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingCalendarVersion on WorkingCalendarYear {\n    year\n    version\n    source\n    note\n    editedAt\n    editedBy {\n      id\n      displayName\n    }\n    holidays {\n      date\n      name\n    }\n    makeupDays {\n      date\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      ...WorkingCalendarVersion\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendarYears {\n    workingCalendarYears {\n      ...WorkingCalendarVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendarYear(year: $year) {\n      ...WorkingCalendarVersion\n    }\n    workingCalendarHistory(year: $year) {\n      ...WorkingCalendarVersion\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendarYear($year: Int!) {\n    workingCalendarYear(year: $year) {\n      ...WorkingCalendarVersion\n    }\n    workingCalendarHistory(year: $year) {\n      ...WorkingCalendarVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingCalendarYear($input: SetWorkingCalendarYearInput!) {\n    setWorkingCalendarYear(input: $input) {\n      ...WorkingCalendarVersion\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkingCalendarYear($input: SetWorkingCalendarYearInput!) {\n    setWorkingCalendarYear(input: $input) {\n      ...WorkingCalendarVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReprintRequestFields on ReprintRequest {\n    id\n    status\n    note\n    reason\n    requestedAt\n    decidedAt\n    usedAt\n    source {\n      id\n      title\n    }\n    account {\n      id\n      name\n    }\n    sourceAccount {\n      id\n      name\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    reprint {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ReprintRequestFields on ReprintRequest {\n    id\n    status\n    note\n    reason\n    requestedAt\n    decidedAt\n    usedAt\n    source {\n      id\n      title\n    }\n    account {\n      id\n      name\n    }\n    sourceAccount {\n      id\n      name\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    reprint {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReprintRequests(\n    $accountId: ID!\n    $direction: ReprintRequestDirection!\n    $status: ReprintRequestStatus\n    $first: Int\n    $after: String\n  ) {\n    reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReprintRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReprintRequests(\n    $accountId: ID!\n    $direction: ReprintRequestDirection!\n    $status: ReprintRequestStatus\n    $first: Int\n    $after: String\n  ) {\n    reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ReprintRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReprint($sourceId: ID!, $accountId: ID!, $note: String) {\n    requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) {\n      ...ReprintRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReprint($sourceId: ID!, $accountId: ID!, $note: String) {\n    requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) {\n      ...ReprintRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReprintRequest($id: ID!, $grant: Boolean!, $reason: String) {\n    decideReprintRequest(id: $id, grant: $grant, reason: $reason) {\n      ...ReprintRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReprintRequest($id: ID!, $grant: Boolean!, $reason: String) {\n    decideReprintRequest(id: $id, grant: $grant, reason: $reason) {\n      ...ReprintRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccountOperator($accountId: ID!, $email: String!) {\n    addAccountOperator(accountId: $accountId, email: $email) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAccountOperator($accountId: ID!, $email: String!) {\n    addAccountOperator(accountId: $accountId, email: $email) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAccountOperator($accountId: ID!, $userId: ID!) {\n    removeAccountOperator(accountId: $accountId, userId: $userId) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAccountOperator($accountId: ID!, $userId: ID!) {\n    removeAccountOperator(accountId: $accountId, userId: $userId) {\n      id\n      operators {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    roles\n    active\n    passwordSet\n    createdAt\n    lastSignInAt\n    deactivatedAt\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    roles\n    active\n    passwordSet\n    createdAt\n    lastSignInAt\n    deactivatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetail on User {\n    ...UserRow\n    deactivationReason\n    operatedAccounts {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetail on User {\n    ...UserRow\n    deactivationReason\n    operatedAccounts {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        ...UserDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        ...UserDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasswordLinkFields on PasswordLink {\n    purpose\n    token\n    expiresAt\n    user {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  fragment PasswordLinkFields on PasswordLink {\n    purpose\n    token\n    expiresAt\n    user {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...PasswordLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...PasswordLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($id: ID!, $roles: [Role!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($id: ID!, $roles: [Role!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!, $reason: String!) {\n    deactivateUser(id: $id, reason: $reason) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      ...PasswordLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      ...PasswordLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      client\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      expiresAt\n      client\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(current: $current, next: $next)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(current: $current, next: $next)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      email\n      displayName\n      purpose\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      email\n      displayName\n      purpose\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithLink($token: String!, $password: String!) {\n    setPasswordWithLink(token: $token, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDirectoryAccounts {\n    viewer {\n      id\n      directoryAccounts {\n        id\n        name\n        kind\n        certified\n        subject {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDirectoryAccounts {\n    viewer {\n      id\n      directoryAccounts {\n        id\n        name\n        kind\n        certified\n        subject {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      certified\n      operators {\n        id\n        displayName\n        email\n      }\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      kind\n      certified\n      operators {\n        id\n        displayName\n        email\n      }\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    depth\n    position\n    directMemberCount\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    name\n    depth\n    position\n    directMemberCount\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($accountId: ID!) {\n    departments(accountId: $accountId) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  query Departments($accountId: ID!) {\n    departments(accountId: $accountId) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Member {\n    id\n    memberId\n    name\n    mobile\n    email\n    wechatId\n    position\n    departments {\n      id\n      name\n    }\n    follow {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow on Member {\n    id\n    memberId\n    name\n    mobile\n    email\n    wechatId\n    position\n    departments {\n      id\n      name\n    }\n    follow {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) {\n    members(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) {\n    members(accountId: $accountId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) {\n      ...MemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($accountId: ID!, $csv: String!) {\n    importMembers(accountId: $accountId, csv: $csv) {\n      rows\n      added\n      updated\n      refused {\n        line\n        memberId\n        field\n        code\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($accountId: ID!, $csv: String!) {\n    importMembers(accountId: $accountId, csv: $csv) {\n      rows\n      added\n      updated\n      refused {\n        line\n        memberId\n        field\n        code\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowRow on Follow {\n    id\n    wechatId\n    status\n    method\n    followedAt\n    verifiedAt\n    approvedAt\n    attemptsLeftToday\n    codeSentTo\n    member {\n      id\n      memberId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FollowRow on Follow {\n    id\n    wechatId\n    status\n    method\n    followedAt\n    verifiedAt\n    approvedAt\n    attemptsLeftToday\n    codeSentTo\n    member {\n      id\n      memberId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Follows($accountId: ID!, $status: FollowStatus, $first: Int, $after: String) {\n    follows(accountId: $accountId, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Follows($accountId: ID!, $status: FollowStatus, $first: Int, $after: String) {\n    follows(accountId: $accountId, status: $status, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FollowRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveFollow($followId: ID!) {\n    approveFollow(followId: $followId) {\n      ...FollowRow\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveFollow($followId: ID!) {\n    approveFollow(followId: $followId) {\n      ...FollowRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseSettings($accountId: ID!, $input: EnterpriseSettingsInput!) {\n    setEnterpriseSettings(accountId: $accountId, input: $input) {\n      id\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEnterpriseSettings($accountId: ID!, $input: EnterpriseSettingsInput!) {\n    setEnterpriseSettings(accountId: $accountId, input: $input) {\n      id\n      enterpriseSettings {\n        twoStepVerification\n        failureMessage\n        memberCap\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowEvents($accountId: ID!, $first: Int, $after: String) {\n    followEvents(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          kind\n          detail\n          follow {\n            id\n            wechatId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowEvents($accountId: ID!, $first: Int, $after: String) {\n    followEvents(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          kind\n          detail\n          follow {\n            id\n            wechatId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries($first: Int, $after: String) {\n    deliveries(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          channel\n          to\n          body\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliveries($first: Int, $after: String) {\n    deliveries(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          channel\n          to\n          body\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryScopes($accountId: ID!) {\n    directoryScopes(accountId: $accountId) {\n      permission\n      grantedAt\n      user {\n        id\n        displayName\n        email\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      departments {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryScopes($accountId: ID!) {\n    directoryScopes(accountId: $accountId) {\n      permission\n      grantedAt\n      user {\n        id\n        displayName\n        email\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      departments {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantDirectoryScope($input: GrantDirectoryScopeInput!) {\n    grantDirectoryScope(input: $input)\n  }\n"): (typeof documents)["\n  mutation GrantDirectoryScope($input: GrantDirectoryScopeInput!) {\n    grantDirectoryScope(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDirectoryScope($accountId: ID!, $userId: ID!) {\n    revokeDirectoryScope(accountId: $accountId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeDirectoryScope($accountId: ID!, $userId: ID!) {\n    revokeDirectoryScope(accountId: $accountId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CannedReasonFields on CannedReason {\n    id\n    type\n    text\n    position\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CannedReasonFields on CannedReason {\n    id\n    type\n    text\n    position\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedReasons($type: ViolationType) {\n    cannedReasons(type: $type) {\n      ...CannedReasonFields\n    }\n  }\n"): (typeof documents)["\n  query CannedReasons($type: ViolationType) {\n    cannedReasons(type: $type) {\n      ...CannedReasonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCannedReason($input: CreateCannedReasonInput!) {\n    createCannedReason(input: $input) {\n      ...CannedReasonFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCannedReason($input: CreateCannedReasonInput!) {\n    createCannedReason(input: $input) {\n      ...CannedReasonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCannedReason($id: ID!, $input: UpdateCannedReasonInput!) {\n    updateCannedReason(id: $id, input: $input) {\n      ...CannedReasonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCannedReason($id: ID!, $input: UpdateCannedReasonInput!) {\n    updateCannedReason(id: $id, input: $input) {\n      ...CannedReasonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCannedReason($id: ID!) {\n    deleteCannedReason(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCannedReason($id: ID!) {\n    deleteCannedReason(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountNoteFields on AccountNote {\n    id\n    text\n    at\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AccountNoteFields on AccountNote {\n    id\n    text\n    at\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNotes($id: ID!) {\n    account(id: $id) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountNotes($id: ID!) {\n    account(id: $id) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccountNote($accountId: ID!, $text: String!) {\n    addAccountNote(accountId: $accountId, text: $text) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAccountNote($accountId: ID!, $text: String!) {\n    addAccountNote(accountId: $accountId, text: $text) {\n      id\n      moderatorNotes {\n        ...AccountNoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationReversal($id: ID!) {\n    violation(id: $id) {\n      id\n      status\n      type\n      ordinal\n      decidedAt\n      undoableUntil\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViolationReversal($id: ID!) {\n    violation(id: $id) {\n      id\n      status\n      type\n      ordinal\n      decidedAt\n      undoableUntil\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoDismissal($id: ID!) {\n    undoDismissal(id: $id) {\n      id\n      status\n      undoableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation UndoDismissal($id: ID!) {\n    undoDismissal(id: $id) {\n      id\n      status\n      undoableUntil\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;