import { graphql } from './generated';

/**
 * The dashboard's operations (DashboardPage.vue). Every figure is one SQL aggregation on the server
 * (`stats`: ANALYST, MODERATOR, REVIEWER and ADMIN). Types come from `pnpm codegen`.
 */

/**
 * The work to do now, platform-wide and without a window (each card leads to its list, which
 * counts the same way), and the record regions for the charts' filter.
 */
export const dashboardCountsQuery = graphql(`
  query DashboardCounts($appealsWithinDays: Int!, $expiringWithinDays: Int!) {
    stats {
      pendingReports {
        type
        age
        count
      }
      activeBans {
        total
        endingToday
        endingThisWeek
        permanent
      }
      appealDeadlines(withinDays: $appealsWithinDays) {
        pending
        dueSoon
        overdue
        deadlineUncertain
      }
      certificationWork(expiringWithinDays: $expiringWithinDays) {
        overdueDispatches
        expiringSoon
      }
    }
    recordRegistrationByRegion {
      region
      accounts
    }
  }
`);

/**
 * The charts: one window, account kind and record region (`scope`) for all of them. A granularity
 * of AUTO lets the API pick the bucket by the window; `granularityFor` says which it picked.
 */
export const dashboardChartsQuery = graphql(`
  query DashboardCharts(
    $scope: StatsScope!
    $violationGranularity: Granularity!
    $correctionGranularity: Granularity!
  ) {
    stats {
      granularityFor(scope: $scope)
      violationsPerPeriod(granularity: $violationGranularity, scope: $scope) {
        period
        type
        count
      }
      ladderSteps(scope: $scope, type: LIKE_FARMING) {
        step
        orMore
        count
      }
      certificationFunnel(scope: $scope) {
        started
        paid
        dispatched
        approved
        rejected
        passRate
      }
      correctionsPerPeriod(granularity: $correctionGranularity, scope: $scope) {
        period
        count
        changedCharacters
      }
    }
  }
`);
