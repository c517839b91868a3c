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
      totalCountIsExact
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
          targetNodeId
          before
          after
          reason
          requestId
        }
      }
    }
  }
`);

/** The audit log's filter choices: the API's registry of actions and object types, and the staff. */
export const auditCatalogQuery = graphql(`
  query AuditCatalog {
    auditCatalog {
      actions
      targetTypes
      actors {
        id
        displayName
        email
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

/* Accounts, subjects and record registration (issue 3). */

export const accountsQuery = graphql(`
  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {
    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          originalId
          certified
          banned
          createdAt
          subject {
            id
            name
            kind
          }
          record {
            region
            filed
          }
        }
      }
    }
  }
`);

/** Accounts by name, for pickers (whitelists, the article filter). */
export const accountOptionsQuery = graphql(`
  query AccountOptions($first: Int, $filter: AccountFilter) {
    accounts(first: $first, filter: $filter, orderBy: NAME) {
      edges {
        node {
          id
          name
          kind
          banned
          subject {
            name
          }
        }
      }
    }
  }
`);

/** One account's name, for a picker whose value came from the URL. */
export const accountNameQuery = graphql(`
  query AccountName($id: ID!) {
    account(id: $id) {
      id
      name
      kind
      subject {
        name
      }
    }
  }
`);

export const accountQuery = graphql(`
  query Account($id: ID!, $articles: Int, $violations: Int) {
    account(id: $id) {
      id
      name
      kind
      originalId
      appId
      intro
      createdAt
      followerCount
      readCount
      certified
      badge
      certification {
        id
        kind
        status
        nickname
        badge
        certificationNumber
        startedAt
        approvedAt
        expiresAt
      }
      banned
      activePenalty {
        ...PenaltyFields
      }
      penalties {
        ...PenaltyFields
      }
      violations(first: $violations) {
        totalCount
        totalCountIsExact
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountViolation
          }
        }
      }
      capabilities
      subject {
        id
        name
        kind
        organizationCategory
        idNumber
        quota
        accountCount
      }
      operators {
        id
        displayName
        email
      }
      record {
        region
        responsiblePerson
        contactPhone
        filingNumber
        filedOn
        filed
        updatedAt
      }
      articles(first: $articles) {
        totalCount
        totalCountIsExact
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ArticleRow
          }
        }
      }
    }
  }
`);

export const recordAccountRegistrationMutation = graphql(`
  mutation RecordAccountRegistration($accountId: ID!, $input: AccountRecordInput!) {
    recordAccountRegistration(accountId: $accountId, input: $input) {
      id
      record {
        region
        responsiblePerson
        contactPhone
        filingNumber
        filedOn
        filed
        updatedAt
      }
    }
  }
`);

/* Quota increase requests. */

export const quotaRequestFields = graphql(`
  fragment QuotaRequestFields on QuotaRequest {
    id
    status
    requestedQuota
    grantedQuota
    reason
    filedAt
    filedBy {
      displayName
    }
    preliminaryAt
    preliminaryNote
    preliminaryBy {
      id
      displayName
    }
    authorityAt
    authorityName
    authorityReference
    rejectedAt
    rejectionReason
    subject {
      id
      name
      kind
      quota
    }
  }
`);

export const quotaRequestsQuery = graphql(`
  query QuotaRequests($first: Int, $after: String, $filter: QuotaRequestFilter) {
    quotaRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...QuotaRequestFields
        }
      }
    }
  }
`);

export const passQuotaPreliminaryMutation = graphql(`
  mutation PassQuotaPreliminary($id: ID!, $note: String) {
    passQuotaPreliminaryExamination(id: $id, note: $note) {
      ...QuotaRequestFields
    }
  }
`);

export const recordQuotaAuthorityApprovalMutation = graphql(`
  mutation RecordQuotaAuthorityApproval($id: ID!, $input: AuthorityApprovalInput!) {
    recordQuotaAuthorityApproval(id: $id, input: $input) {
      ...QuotaRequestFields
    }
  }
`);

export const rejectQuotaRequestMutation = graphql(`
  mutation RejectQuotaRequest($id: ID!, $reason: String!) {
    rejectQuotaRequest(id: $id, reason: $reason) {
      ...QuotaRequestFields
    }
  }
`);

/* Articles (issue 4). */

export const articleRowFields = graphql(`
  fragment ArticleRow on Article {
    id
    title
    author
    publishedAt
    original
    reprintPolicy
    blocked
    reprintCount
    correction {
      changedCharacters
    }
    reprintOf {
      id
    }
    account {
      id
      name
    }
  }
`);

export const articlesQuery = graphql(`
  query Articles($first: Int, $after: String, $filter: ArticleFilter) {
    articles(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ArticleRow
        }
      }
    }
  }
`);

/* Search (issue 15): no totalCount, which counts every match of a common word. */

export const searchAccountsQuery = graphql(`
  query SearchAccounts($query: String!, $first: Int, $after: String) {
    searchAccounts(query: $query, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          originalId
          certified
          banned
          subject {
            id
            name
          }
        }
      }
    }
  }
`);

export const searchArticlesQuery = graphql(`
  query SearchArticles($query: String!, $first: Int, $after: String) {
    searchArticles(query: $query, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ArticleRow
        }
      }
    }
  }
`);

export const articleFields = graphql(`
  fragment ArticleFields on Article {
    id
    title
    summary
    author
    body
    publishedAt
    original
    reprintPolicy
    blocked
    blockedReason
    correctionsLeft
    reprintCount
    account {
      id
      name
      kind
      banned
      operators {
        id
      }
    }
    reprintWhitelist {
      id
      name
    }
    reprintOf {
      id
      title
      account {
        id
        name
      }
    }
    correction {
      changedCharacters
      limit
      correctedAt
      correctedBy {
        displayName
      }
      previousBody
      operations {
        kind
        position
        before
        after
      }
    }
    reprints(first: 10) {
      totalCount
      totalCountIsExact
      edges {
        node {
          id
          publishedAt
          account {
            id
            name
          }
        }
      }
    }
  }
`);

export const articleQuery = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleFields
    }
  }
`);

export const publishArticleMutation = graphql(`
  mutation PublishArticle($input: PublishArticleInput!) {
    publishArticle(input: $input) {
      id
    }
  }
`);

export const correctArticleMutation = graphql(`
  mutation CorrectArticle($input: CorrectArticleInput!) {
    correctArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const reprintArticleMutation = graphql(`
  mutation ReprintArticle($input: ReprintArticleInput!) {
    reprintArticle(input: $input) {
      id
    }
  }
`);

export const blockArticleMutation = graphql(`
  mutation BlockArticle($id: ID!, $reason: String!) {
    blockArticle(id: $id, reason: $reason) {
      ...ArticleFields
    }
  }
`);

export const unblockArticleMutation = graphql(`
  mutation UnblockArticle($id: ID!, $reason: String!) {
    unblockArticle(id: $id, reason: $reason) {
      ...ArticleFields
    }
  }
`);

/* Violations, penalties, appeals and notifications (issue 5). */

/** A violation as a row of the moderation queue. */
/** An account told from its twins (names are not unique): original id, badge, subject. */
export const accountIdentityFields = graphql(`
  fragment AccountIdentity on Account {
    id
    name
    originalId
    certified
    badge
    subject {
      id
      name
    }
  }
`);

/** An earlier violation named in an explanation: its ordinal and decision, a link to its account. */
export const countedViolationFields = graphql(`
  fragment CountedViolation on Violation {
    id
    status
    ordinal
    decidedAt
    account {
      id
    }
  }
`);

/** Why a confirmed violation's penalty is what it is: the earlier ones counted and the rule version. */
export const penaltyExplanationFields = graphql(`
  fragment PenaltyExplanation on Violation {
    id
    type
    ordinal
    priorStrikes
    ruleKey
    ruleEffectiveFrom
    countedViolations {
      ...CountedViolation
    }
  }
`);

export const violationRowFields = graphql(`
  fragment ViolationRow on Violation {
    id
    type
    source
    status
    reportedAt
    reportCount
    evidence
    claimedAt
    claimExpiresAt
    claimedBy {
      id
      displayName
    }
    account {
      ...AccountIdentity
    }
    article {
      id
      title
    }
    priorStrikes
  }
`);

/** A violation in the detail drawer: the row, the frozen evidence and the notes. */
export const violationDetailFields = graphql(`
  fragment ViolationDetail on Violation {
    ...ViolationRow
    ...PenaltyExplanation
    evidenceTitle
    evidenceBody
    decisionNote
    notes {
      at
      text
      author {
        displayName
      }
    }
  }
`);

export const violationsQuery = graphql(`
  query Violations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {
    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ViolationRow
        }
      }
    }
  }
`);

/** The moderation queue, live: new reports, claims and decisions as they happen (over WebSocket). */
export const moderationQueueChangedSubscription = graphql(`
  subscription ModerationQueueChanged {
    moderationQueueChanged {
      kind
      violationId
      at
      claimedBy {
        id
        displayName
      }
      violation {
        ...ViolationRow
      }
    }
  }
`);

export const violationQuery = graphql(`
  query Violation($id: ID!) {
    violation(id: $id) {
      ...ViolationDetail
    }
  }
`);

/** What confirming would give, and the rule that says whether a permanent ban of the type can be lifted. */
export const penaltyPreviewQuery = graphql(`
  query PenaltyPreview($violationId: ID!) {
    penaltyPreview(violationId: $violationId) {
      ordinal
      step
      days
      permanent
      endsAt
      priorStrikes
      ruleKey
      ruleEffectiveFrom
      countedViolations {
        ...CountedViolation
      }
    }
    rules {
      key
      value
    }
  }
`);

export const claimViolationMutation = graphql(`
  mutation ClaimViolation($id: ID!, $takeOver: Boolean) {
    claimViolation(id: $id, takeOver: $takeOver) {
      ...ViolationDetail
    }
  }
`);

export const addViolationNoteMutation = graphql(`
  mutation AddViolationNote($id: ID!, $text: String!) {
    addViolationNote(id: $id, text: $text) {
      ...ViolationDetail
    }
  }
`);

export const confirmViolationMutation = graphql(`
  mutation ConfirmViolation($id: ID!, $note: String, $takeOver: Boolean) {
    confirmViolation(id: $id, note: $note, takeOver: $takeOver) {
      id
      type
      status
      ordinal
      penalty {
        id
        startsAt
        endsAt
        permanent
      }
    }
  }
`);

export const dismissViolationMutation = graphql(`
  mutation DismissViolation($id: ID!, $note: String!, $takeOver: Boolean) {
    dismissViolation(id: $id, note: $note, takeOver: $takeOver) {
      id
      status
      undoableUntil
    }
  }
`);

export const dismissViolationsMutation = graphql(`
  mutation DismissViolations($input: DismissViolationsInput!) {
    dismissViolations(input: $input) {
      id
      status
    }
  }
`);

export const reportViolationMutation = graphql(`
  mutation ReportViolation($input: ReportViolationInput!) {
    reportViolation(input: $input) {
      id
      reportCount
    }
  }
`);

/** A penalty on the account page: the ban, how it ended, its violation and its appeal. */
export const penaltyFields = graphql(`
  fragment PenaltyFields on Penalty {
    id
    reason
    startsAt
    endsAt
    permanent
    active
    liftable
    liftedAt
    liftReason
    violation {
      ...PenaltyExplanation
    }
    appeal {
      id
      status
      text
      filedAt
      dueAt
      deadlineUncertain
      decidedAt
      decisionReason
      filedBy {
        displayName
      }
      decidedBy {
        displayName
      }
    }
  }
`);

/** A violation in an account's history. */
export const accountViolationFields = graphql(`
  fragment AccountViolation on Violation {
    id
    type
    source
    status
    reportedAt
    reportCount
    evidence
    ...PenaltyExplanation
    ordinal
    decidedAt
    decisionNote
    decidedBy {
      displayName
    }
    article {
      id
      title
    }
  }
`);

/** An account's violations, newest first (the history's later pages). */
export const accountViolationsQuery = graphql(`
  query AccountViolations($first: Int, $after: String, $filter: ViolationFilter, $newestFirst: Boolean) {
    violations(first: $first, after: $after, filter: $filter, newestFirst: $newestFirst) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccountViolation
        }
      }
    }
  }
`);

export const liftPenaltyMutation = graphql(`
  mutation LiftPenalty($id: ID!, $reason: String!) {
    liftPenalty(id: $id, reason: $reason) {
      ...PenaltyFields
    }
  }
`);

export const overturnViolationMutation = graphql(`
  mutation OverturnViolation($id: ID!, $reason: String!) {
    overturnViolation(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const fileAppealMutation = graphql(`
  mutation FileAppeal($penaltyId: ID!, $text: String!) {
    fileAppeal(penaltyId: $penaltyId, text: $text) {
      id
    }
  }
`);

export const appealRowFields = graphql(`
  fragment AppealRow on Appeal {
    id
    status
    text
    filedAt
    dueAt
    deadlineUncertain
    overdue
    decidedAt
    decisionReason
    filedBy {
      displayName
    }
    decidedBy {
      displayName
    }
    account {
      ...AccountIdentity
    }
    penalty {
      id
      reason
      startsAt
      endsAt
      permanent
      active
      liftable
      liftedAt
      violation {
        ...PenaltyExplanation
      }
    }
  }
`);

export const appealsQuery = graphql(`
  query Appeals($first: Int, $after: String, $filter: AppealFilter) {
    appeals(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AppealRow
        }
      }
    }
  }
`);

export const decideAppealMutation = graphql(`
  mutation DecideAppeal($id: ID!, $grant: Boolean!, $reason: String!) {
    decideAppeal(id: $id, grant: $grant, reason: $reason) {
      ...AppealRow
    }
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      edges {
        node {
          id
          kind
          title
          message
          targetType
          targetId
          createdAt
          readAt
          account {
            id
            name
          }
        }
      }
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/* Certifications (微信认证): the reviewer's queue, the certification page and the applicant's flow. */

export const certificationRowFields = graphql(`
  fragment CertificationRow on Certification {
    id
    kind
    status
    nickname
    feeCents
    startedAt
    dispatchedAt
    reviewCallAt
    decidedAt
    expiresAt
    reviewCallOverdue
    badge
    certificationNumber
    namingAdvice {
      compliant
      problems {
        code
        word
      }
    }
    reviewer {
      id
      displayName
    }
    account {
      id
      name
      kind
    }
  }
`);

export const certificationFields = graphql(`
  fragment CertificationFields on Certification {
    id
    kind
    status
    nickname
    feeCents
    feeRefundable
    badge
    certificationNumber
    startedAt
    termsAcceptedAt
    informationAt
    invoiceAt
    paidAt
    dispatchedAt
    reviewCallAt
    decidedAt
    approvedAt
    expiresAt
    startedBy {
      id
      displayName
    }
    contactName
    contactPhone
    profession
    invoiceTitle
    payment {
      amountCents
      paidAt
      provider
      reference
      refundable
    }
    reviewer {
      id
      displayName
    }
    reviewCallOverdue
    identityConfirmed
    recordingPlayed
    qualification
    naming
    decisionReason
    suggestedNickname
    previousAccountName
    memberScale
    supplementsUsed
    materials {
      uploadId
      purpose
      contentType
      bytes
      supplement
      addedAt
      url
    }
    renewalOf {
      id
      certificationNumber
      expiresAt
    }
    namingAdvice {
      compliant
      problems {
        code
        word
        message
      }
      suggestions
    }
    account {
      id
      name
      kind
      badge
      certified
      subject {
        id
        name
        kind
      }
      operators {
        id
      }
    }
  }
`);

export const certificationsQuery = graphql(`
  query Certifications($first: Int, $after: String, $filter: CertificationFilter) {
    certifications(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CertificationRow
        }
      }
    }
  }
`);

export const certificationQuery = graphql(`
  query Certification($id: ID!) {
    certification(id: $id) {
      ...CertificationFields
    }
  }
`);

export const certificationCandidatesQuery = graphql(`
  query CertificationCandidates($first: Int) {
    certificationCandidates(first: $first) {
      id
      name
      kind
      followerCount
      readCount
      subject {
        id
        name
      }
    }
  }
`);

export const certificationCandidateExclusionsQuery = graphql(`
  query CertificationCandidateExclusions($first: Int) {
    certificationCandidateExclusions(first: $first) {
      reason
      days
      account {
        id
        name
        kind
      }
    }
  }
`);

export const checkCertificationNicknameQuery = graphql(`
  query CheckCertificationNickname($name: String!, $accountId: ID) {
    checkCertificationNickname(name: $name, accountId: $accountId) {
      compliant
      problems {
        code
        word
        message
      }
      suggestions
    }
  }
`);

/** The applicant's page: the account, its latest certification, and the rules (fees, limits). */
export const certifyAccountQuery = graphql(`
  query CertifyAccount($id: ID!) {
    account(id: $id) {
      id
      name
      kind
      badge
      certified
      subject {
        id
        name
        kind
      }
      operators {
        id
      }
      certification {
        ...CertificationFields
      }
    }
    rules {
      key
      value
      effectiveFrom
      note
    }
  }
`);

export const inviteToCertificationMutation = graphql(`
  mutation InviteToCertification($accountId: ID!) {
    inviteToCertification(accountId: $accountId)
  }
`);

export const revokeCertificationInvitationMutation = graphql(`
  mutation RevokeCertificationInvitation($accountId: ID!) {
    revokeCertificationInvitation(accountId: $accountId)
  }
`);

export const startCertificationMutation = graphql(`
  mutation StartCertification($input: StartCertificationInput!) {
    startCertification(input: $input) {
      ...CertificationFields
    }
  }
`);

export const renewCertificationMutation = graphql(`
  mutation RenewCertification($id: ID!) {
    renewCertification(id: $id) {
      ...CertificationFields
    }
  }
`);

export const acceptCertificationTermsMutation = graphql(`
  mutation AcceptCertificationTerms($id: ID!) {
    acceptCertificationTerms(id: $id) {
      ...CertificationFields
    }
  }
`);

export const submitCertificationInformationMutation = graphql(`
  mutation SubmitCertificationInformation($id: ID!, $input: CertificationInformationInput!) {
    submitCertificationInformation(id: $id, input: $input) {
      ...CertificationFields
    }
  }
`);

export const submitCertificationInvoiceMutation = graphql(`
  mutation SubmitCertificationInvoice($id: ID!, $input: CertificationInvoiceInput!) {
    submitCertificationInvoice(id: $id, input: $input) {
      ...CertificationFields
    }
  }
`);

export const payCertificationFeeMutation = graphql(`
  mutation PayCertificationFee($id: ID!) {
    payCertificationFee(id: $id) {
      ...CertificationFields
    }
  }
`);

export const supplementCertificationMaterialMutation = graphql(`
  mutation SupplementCertificationMaterial($id: ID!, $materialIds: [ID!]!) {
    supplementCertificationMaterial(id: $id, materialIds: $materialIds) {
      ...CertificationFields
    }
  }
`);

export const recordCertificationReviewCallMutation = graphql(`
  mutation RecordCertificationReviewCall($id: ID!, $input: ReviewCallInput!) {
    recordCertificationReviewCall(id: $id, input: $input) {
      ...CertificationFields
    }
  }
`);

export const decideCertificationMutation = graphql(`
  mutation DecideCertification($id: ID!, $input: CertificationDecisionInput!) {
    decideCertification(id: $id, input: $input) {
      ...CertificationFields
    }
  }
`);

/* Platform rules: history and scheduled values (ADMIN). */

export const ruleHistoryQuery = graphql(`
  query RuleHistory($key: String!) {
    ruleHistory(key: $key) {
      key
      value
      effectiveFrom
      note
    }
  }
`);

export const setRuleMutation = graphql(`
  mutation SetRule($input: SetRuleInput!) {
    setRule(input: $input) {
      key
      value
      effectiveFrom
      note
    }
  }
`);

/** The rule editor's registry: every key the platform reads, its unit, bounds and meaning. */
export const ruleDefinitionsQuery = graphql(`
  query RuleDefinitions {
    ruleDefinitions {
      key
      unit
      min
      max
      minItems
      maxItems
      options
      description {
        zhCN
        en
      }
    }
  }
`);

/** What a value would change today (the dialog shows it before scheduling). */
export const previewRuleChangeQuery = graphql(`
  query PreviewRuleChange($key: String!, $value: JSON!) {
    previewRuleChange(key: $key, value: $value) {
      key
      value
      currentValue
      asOf
      measurable
      effects {
        kind
        count
      }
    }
  }
`);

export const withdrawRuleValueMutation = graphql(`
  mutation WithdrawRuleValue($key: String!, $effectiveFrom: DateTime!, $note: String!) {
    withdrawRuleValue(key: $key, effectiveFrom: $effectiveFrom, note: $note) {
      key
      value
      effectiveFrom
      note
    }
  }
`);

export const workingCalendarVersionFields = graphql(`
  fragment WorkingCalendarVersion on WorkingCalendarYear {
    year
    version
    source
    note
    editedAt
    editedBy {
      id
      displayName
    }
    holidays {
      date
      name
    }
    makeupDays {
      date
      name
    }
  }
`);

export const workingCalendarYearsQuery = graphql(`
  query WorkingCalendarYears {
    workingCalendarYears {
      ...WorkingCalendarVersion
    }
  }
`);

export const workingCalendarYearQuery = graphql(`
  query WorkingCalendarYear($year: Int!) {
    workingCalendarYear(year: $year) {
      ...WorkingCalendarVersion
    }
    workingCalendarHistory(year: $year) {
      ...WorkingCalendarVersion
    }
  }
`);

export const setWorkingCalendarYearMutation = graphql(`
  mutation SetWorkingCalendarYear($input: SetWorkingCalendarYearInput!) {
    setWorkingCalendarYear(input: $input) {
      ...WorkingCalendarVersion
    }
  }
`);

export const reprintRequestFields = graphql(`
  fragment ReprintRequestFields on ReprintRequest {
    id
    status
    note
    reason
    requestedAt
    decidedAt
    usedAt
    source {
      id
      title
    }
    account {
      id
      name
    }
    sourceAccount {
      id
      name
    }
    requestedBy {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
    reprint {
      id
    }
  }
`);

export const reprintRequestsQuery = graphql(`
  query ReprintRequests(
    $accountId: ID!
    $direction: ReprintRequestDirection!
    $status: ReprintRequestStatus
    $first: Int
    $after: String
  ) {
    reprintRequests(accountId: $accountId, direction: $direction, status: $status, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReprintRequestFields
        }
      }
    }
  }
`);

export const requestReprintMutation = graphql(`
  mutation RequestReprint($sourceId: ID!, $accountId: ID!, $note: String) {
    requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) {
      ...ReprintRequestFields
    }
  }
`);

export const decideReprintRequestMutation = graphql(`
  mutation DecideReprintRequest($id: ID!, $grant: Boolean!, $reason: String) {
    decideReprintRequest(id: $id, grant: $grant, reason: $reason) {
      ...ReprintRequestFields
    }
  }
`);

/* Account operators (issue 13): added by email, removed (never the last). */

export const addAccountOperatorMutation = graphql(`
  mutation AddAccountOperator($accountId: ID!, $email: String!) {
    addAccountOperator(accountId: $accountId, email: $email) {
      id
      operators {
        id
        displayName
        email
      }
    }
  }
`);

export const removeAccountOperatorMutation = graphql(`
  mutation RemoveAccountOperator($accountId: ID!, $userId: ID!) {
    removeAccountOperator(accountId: $accountId, userId: $userId) {
      id
      operators {
        id
        displayName
        email
      }
    }
  }
`);

/* People (issue 13): users and their roles, password links, one's own password and sessions. */

export const userRowFields = graphql(`
  fragment UserRow on User {
    id
    email
    displayName
    roles
    active
    passwordSet
    createdAt
    lastSignInAt
    deactivatedAt
  }
`);

/** ADMIN only: deactivation fields are hidden from everyone else (a non-null field would be FORBIDDEN). */
export const usersQuery = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const userDetailFields = graphql(`
  fragment UserDetail on User {
    ...UserRow
    deactivationReason
    operatedAccounts {
      id
      name
      kind
    }
  }
`);

export const userQuery = graphql(`
  query User($id: ID!) {
    node(id: $id) {
      ... on User {
        ...UserDetail
      }
    }
  }
`);

/** A one-time password link, returned once: the token is never shown again. */
export const passwordLinkFields = graphql(`
  fragment PasswordLinkFields on PasswordLink {
    purpose
    token
    expiresAt
    user {
      ...UserRow
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const inviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...PasswordLinkFields
    }
  }
`);

export const setUserRolesMutation = graphql(`
  mutation SetUserRoles($id: ID!, $roles: [Role!]!) {
    setUserRoles(id: $id, roles: $roles) {
      ...UserDetail
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $reason: String!) {
    deactivateUser(id: $id, reason: $reason) {
      ...UserDetail
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserDetail
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      ...PasswordLinkFields
    }
  }
`);

export const sessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      createdAt
      expiresAt
      client
      userAgent
      current
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(current: $current, next: $next)
  }
`);

export const signOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const endSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

/** Public: whom a password link is for (null once expired or used). */
export const passwordLinkQuery = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      email
      displayName
      purpose
      expiresAt
    }
  }
`);

export const setPasswordWithLinkMutation = graphql(`
  mutation SetPasswordWithLink($token: String!, $password: String!) {
    setPasswordWithLink(token: $token, password: $password) {
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

/* Enterprise accounts (seed 003): the address book, follows and their verification, administrators. */

/** The enterprise accounts where the viewer is a hierarchical administrator (read with the session). */
export const myDirectoryAccountsQuery = graphql(`
  query MyDirectoryAccounts {
    viewer {
      id
      directoryAccounts {
        id
        name
        kind
        certified
        subject {
          name
        }
      }
    }
  }
`);

/** An enterprise account's heading: its system administrators (operators) and, for them, its settings. */
export const enterpriseAccountQuery = graphql(`
  query EnterpriseAccount($id: ID!) {
    account(id: $id) {
      id
      name
      kind
      certified
      operators {
        id
        displayName
        email
      }
      enterpriseSettings {
        twoStepVerification
        failureMessage
        memberCap
        memberCount
      }
    }
  }
`);

export const departmentFields = graphql(`
  fragment DepartmentFields on Department {
    id
    name
    depth
    position
    directMemberCount
    parent {
      id
    }
  }
`);

export const departmentsQuery = graphql(`
  query Departments($accountId: ID!) {
    departments(accountId: $accountId) {
      ...DepartmentFields
    }
  }
`);

export const memberRowFields = graphql(`
  fragment MemberRow on Member {
    id
    memberId
    name
    mobile
    email
    wechatId
    position
    departments {
      id
      name
    }
    follow {
      id
      status
    }
  }
`);

export const membersQuery = graphql(`
  query Members($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) {
    members(accountId: $accountId, first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MemberRow
        }
      }
    }
  }
`);

export const createDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const updateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
    updateDepartment(id: $id, input: $input) {
      ...DepartmentFields
    }
  }
`);

export const deleteDepartmentMutation = graphql(`
  mutation DeleteDepartment($id: ID!) {
    deleteDepartment(id: $id)
  }
`);

export const addMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      ...MemberRow
    }
  }
`);

export const updateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberRow
    }
  }
`);

export const removeMemberMutation = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export const importMembersMutation = graphql(`
  mutation ImportMembers($accountId: ID!, $csv: String!) {
    importMembers(accountId: $accountId, csv: $csv) {
      rows
      added
      updated
      refused {
        line
        memberId
        field
        code
        reason
        message
      }
    }
  }
`);

export const followRowFields = graphql(`
  fragment FollowRow on Follow {
    id
    wechatId
    status
    method
    followedAt
    verifiedAt
    approvedAt
    attemptsLeftToday
    codeSentTo
    member {
      id
      memberId
      name
    }
  }
`);

export const followsQuery = graphql(`
  query Follows($accountId: ID!, $status: FollowStatus, $first: Int, $after: String) {
    follows(accountId: $accountId, status: $status, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FollowRow
        }
      }
    }
  }
`);

export const approveFollowMutation = graphql(`
  mutation ApproveFollow($followId: ID!) {
    approveFollow(followId: $followId) {
      ...FollowRow
    }
  }
`);

export const setEnterpriseSettingsMutation = graphql(`
  mutation SetEnterpriseSettings($accountId: ID!, $input: EnterpriseSettingsInput!) {
    setEnterpriseSettings(accountId: $accountId, input: $input) {
      id
      enterpriseSettings {
        twoStepVerification
        failureMessage
        memberCap
        memberCount
      }
    }
  }
`);

export const followEventsQuery = graphql(`
  query FollowEvents($accountId: ID!, $first: Int, $after: String) {
    followEvents(accountId: $accountId, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          kind
          detail
          follow {
            id
            wechatId
          }
        }
      }
    }
  }
`);

/** ADMIN: the built-in delivery provider's outbox. */
export const deliveriesQuery = graphql(`
  query Deliveries($first: Int, $after: String) {
    deliveries(first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          channel
          to
          body
          sentAt
        }
      }
    }
  }
`);

export const directoryScopesQuery = graphql(`
  query DirectoryScopes($accountId: ID!) {
    directoryScopes(accountId: $accountId) {
      permission
      grantedAt
      user {
        id
        displayName
        email
      }
      grantedBy {
        id
        displayName
      }
      departments {
        id
        name
      }
    }
  }
`);

export const grantDirectoryScopeMutation = graphql(`
  mutation GrantDirectoryScope($input: GrantDirectoryScopeInput!) {
    grantDirectoryScope(input: $input)
  }
`);

export const revokeDirectoryScopeMutation = graphql(`
  mutation RevokeDirectoryScope($accountId: ID!, $userId: ID!) {
    revokeDirectoryScope(accountId: $accountId, userId: $userId)
  }
`);

/* Moderation tools (issue 15): canned reasons, moderators' notes on accounts, undoing a dismissal. */

export const cannedReasonFields = graphql(`
  fragment CannedReasonFields on CannedReason {
    id
    type
    text
    position
    updatedAt
  }
`);

/** One type's canned reasons in key order (all types when none is given). */
export const cannedReasonsQuery = graphql(`
  query CannedReasons($type: ViolationType) {
    cannedReasons(type: $type) {
      ...CannedReasonFields
    }
  }
`);

export const createCannedReasonMutation = graphql(`
  mutation CreateCannedReason($input: CreateCannedReasonInput!) {
    createCannedReason(input: $input) {
      ...CannedReasonFields
    }
  }
`);

export const updateCannedReasonMutation = graphql(`
  mutation UpdateCannedReason($id: ID!, $input: UpdateCannedReasonInput!) {
    updateCannedReason(id: $id, input: $input) {
      ...CannedReasonFields
    }
  }
`);

export const deleteCannedReasonMutation = graphql(`
  mutation DeleteCannedReason($id: ID!) {
    deleteCannedReason(id: $id)
  }
`);

export const accountNoteFields = graphql(`
  fragment AccountNoteFields on AccountNote {
    id
    text
    at
    author {
      id
      displayName
    }
  }
`);

/** An account's moderator notes (staff only: the API gives others an empty list). */
export const accountNotesQuery = graphql(`
  query AccountNotes($id: ID!) {
    account(id: $id) {
      id
      moderatorNotes {
        ...AccountNoteFields
      }
    }
  }
`);

export const addAccountNoteMutation = graphql(`
  mutation AddAccountNote($accountId: ID!, $text: String!) {
    addAccountNote(accountId: $accountId, text: $text) {
      id
      moderatorNotes {
        ...AccountNoteFields
      }
    }
  }
`);

/** What the drawer needs to offer undoing a dismissal or overturning a confirmation. */
export const violationReversalQuery = graphql(`
  query ViolationReversal($id: ID!) {
    violation(id: $id) {
      id
      status
      type
      ordinal
      decidedAt
      undoableUntil
      account {
        id
        name
      }
    }
  }
`);

export const undoDismissalMutation = graphql(`
  mutation UndoDismissal($id: ID!) {
    undoDismissal(id: $id) {
      id
      status
      undoableUntil
    }
  }
`);
