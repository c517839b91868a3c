/**
 * The dashboard's strings, under `dashboard.` in both languages. DashboardPage.vue merges them into
 * the app's i18n instance when its module loads (the page is lazy: its strings come with it).
 * vue-i18n treats { } @ $ | as syntax: write them as {'@'} etc. when text needs them.
 */
const zhCN = {
  dashboard: {
    title: '数据看板',
    refresh: '刷新',
    updatedAt: '更新于 {time}',
    workNow: '当前待办',
    workNowHint: '全平台此刻的数字：点击进入对应的列表',
    noAccessHint: '你的角色无法打开这个列表',
    pending: {
      title: '待处理举报',
      total: '全部待处理',
      type: '类型',
      sum: '合计',
      empty: '没有待处理的举报',
      ages: {
        UNDER_1_DAY: '1 天内',
        DAYS_1_TO_3: '1–3 天',
        DAYS_3_TO_7: '3–7 天',
        OVER_7_DAYS: '7 天以上',
      },
    },
    bans: {
      title: '生效中的封禁',
      total: '全部生效中',
      endingToday: '今天结束',
      endingThisWeek: '7 天内结束',
      permanent: '永久封禁',
    },
    appeals: {
      title: '待处理申诉',
      pending: '待处理',
      dueSoon: '{days} 天内到期',
      overdue: '已逾期',
      uncertain: '期限待定',
      uncertainHint: '处理期限跨入尚无工作日历的年份（只按周末计算），补充该年日历后以实际为准',
    },
    certifications: {
      overdueTitle: '回访超时的认证',
      overdueHint: '已派给审核员，超过规定时间仍未回访',
      expiringTitle: '即将到期的认证',
      expiringHint: '{days} 天内到期',
    },
    filters: {
      title: '趋势',
      hint: '以下图表按所选时间范围、账号类型与备案地区统计',
      range: '时间范围',
      rangeStart: '开始日期',
      rangeEnd: '结束日期',
      rangeSeparator: '至',
      granularity: '统计粒度',
      granularityDefault: '自动（两个月内按日，一年内按周，更长按月）',
      kind: '账号类型',
      region: '备案地区',
      rangeTooLong: '时间范围最多 {days} 天：请缩短后再看',
    },
    granularity: {
      DAY: '按日',
      WEEK: '按周',
      MONTH: '按月',
    },
    periods: '图表的日、周、月按中国时间（UTC+8）划分，每周从周一开始',
    weekOf: '{date} 起的一周',
    noData: '暂无数据',
    charts: {
      violations: '违规数量（按类型）',
      violationsHint: '按举报时间统计，含待处理与已处理',
      drillDownHint: '；点击柱形查看该类型、该时段的违规',
      ladder: '集赞违规达到的处罚阶梯',
      ladderHint: '按确认时间统计：第几次违规',
      funnel: '认证漏斗',
      corrections: '文章更正',
      correctionsHint: '每期的更正次数',
    },
    ladder: {
      step: '第 {step} 次',
      orMore: '第 {step} 次及以上（永久封号）',
      count: '违规数',
    },
    funnel: {
      started: '已发起',
      paid: '已付费',
      approved: '已通过',
      passRate: '通过率 {rate}',
      decided: '已通过 {approved}，未通过 {rejected}',
      noDecision: '尚无审核结论，暂无通过率',
      freeNote: '免费的个人认证没有付费环节',
    },
    corrections: {
      count: '更正次数',
    },
  },
};

export type DashboardMessages = typeof zhCN;

/** English: typed by the Chinese messages, so a missing or extra key fails the typecheck. */
const en: DashboardMessages = {
  dashboard: {
    title: 'Dashboard',
    refresh: 'Refresh',
    updatedAt: 'Updated {time}',
    workNow: 'Work now',
    workNowHint: 'Platform-wide figures at this moment: click one to open its list',
    noAccessHint: 'Your role cannot open this list',
    pending: {
      title: 'Pending reports',
      total: 'All pending',
      type: 'Type',
      sum: 'Total',
      empty: 'No pending reports',
      ages: {
        UNDER_1_DAY: '< 1 day',
        DAYS_1_TO_3: '1–3 days',
        DAYS_3_TO_7: '3–7 days',
        OVER_7_DAYS: '> 7 days',
      },
    },
    bans: {
      title: 'Active bans',
      total: 'All active',
      endingToday: 'Ending today',
      endingThisWeek: 'Ending within 7 days',
      permanent: 'Permanent',
    },
    appeals: {
      title: 'Pending appeals',
      pending: 'Pending',
      dueSoon: 'Due within {days} days',
      overdue: 'Overdue',
      uncertain: 'Deadline uncertain',
      uncertainHint: 'The due date runs into a year with no working calendar (only weekends were skipped there)',
    },
    certifications: {
      overdueTitle: 'Review calls overdue',
      overdueHint: 'Dispatched to a reviewer, no review call within the time allowed',
      expiringTitle: 'Certifications expiring',
      expiringHint: 'Within {days} days',
    },
    filters: {
      title: 'Trends',
      hint: 'The charts below cover the date range, account kind and record region chosen here',
      range: 'Date range',
      rangeStart: 'From',
      rangeEnd: 'To',
      rangeSeparator: 'to',
      granularity: 'Granularity',
      granularityDefault: 'Automatic (by day up to two months, by week up to a year, else by month)',
      kind: 'Account kind',
      region: 'Record region',
      rangeTooLong: 'Choose at most {days} days',
    },
    granularity: {
      DAY: 'By day',
      WEEK: 'By week',
      MONTH: 'By month',
    },
    periods: 'Days, weeks and months of the charts are in China time (UTC+8); weeks start on Monday',
    weekOf: 'Week of {date}',
    noData: 'No data',
    charts: {
      violations: 'Violations by type',
      violationsHint: 'By report time, pending and decided',
      drillDownHint: '; click a bar for those violations of that type and period',
      ladder: 'Like-farming penalty ladder reached',
      ladderHint: 'By confirmation time: which offence it was',
      funnel: 'Certification funnel',
      corrections: 'Article corrections',
      correctionsHint: 'Corrections per period',
    },
    ladder: {
      step: 'Offence {step}',
      orMore: 'Offence {step} or later (permanent ban)',
      count: 'Violations',
    },
    funnel: {
      started: 'Started',
      paid: 'Paid',
      approved: 'Approved',
      passRate: 'Pass rate {rate}',
      decided: '{approved} approved, {rejected} rejected',
      noDecision: 'Nothing decided yet: no pass rate',
      freeNote: 'Free personal certifications have no payment step',
    },
    corrections: {
      count: 'Corrections',
    },
  },
};

/** Both languages, keyed like the app's locales (`mergeLocaleMessage(locale, messages[locale])`). */
export const dashboardMessages = { 'zh-CN': zhCN, en } as const satisfies Record<string, DashboardMessages>;

export default dashboardMessages;
