/**
 * Chinese (the default language). Every other language has exactly these keys.
 * vue-i18n treats { } @ $ | as syntax: write them as {'@'} etc. when text needs them.
 */
export const zhCN = {
  app: {
    name: 'OAP 公众号治理平台',
    loading: '加载中…',
  },
  language: {
    label: '语言',
  },
  nav: {
    label: '导航',
    audit: '审计日志',
    rules: '平台规则',
    playground: 'GraphQL 调试台',
  },
  roles: {
    ADMIN: '管理员',
    MODERATOR: '内容审核',
    REVIEWER: '认证审核',
    ANALYST: '数据分析',
    PUBLISHER: '运营者',
  },
  user: {
    signOut: '退出登录',
    signedOut: '已退出登录',
  },
  login: {
    title: '登录',
    subtitle: '使用员工账号登录管理后台',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    emailRequired: '请输入邮箱',
    emailInvalid: '邮箱格式不正确',
    passwordRequired: '请输入密码',
    wrongCredentials: '邮箱或密码错误',
  },
  errors: {
    unauthenticated: '登录已失效，请重新登录',
    forbidden: '你的角色无权执行此操作',
    badInput: '输入有误，请检查后重试',
    badInputField: '字段 {field} 的输入有误，请检查后重试',
    notFound: '要找的内容不存在，或你无权查看',
    rateLimited: '尝试次数过多，请稍后再试',
    rateLimitedMinutes: '尝试次数过多，请 {minutes} 分钟后再试',
    internal: '服务器出错了，请稍后再试',
    internalWithId: '服务器出错了，请稍后再试（请求编号 {requestId}）',
    network: '无法连接服务器，请检查网络后重试',
    unexpected: '出现意外错误（{code}）',
  },
  noAccess: {
    title: '无权访问',
    description: '你的角色无权查看此页面。',
    home: '返回首页',
  },
  notFound: {
    title: '页面不存在',
    home: '返回首页',
  },
  common: {
    none: '—',
    system: '系统',
    readOnly: '只读',
  },
  audit: {
    title: '审计日志',
    total: '共 {count} 条',
    action: '操作',
    targetType: '对象类型',
    targetId: '对象 ID',
    search: '筛选',
    reset: '重置',
    time: '时间',
    actor: '操作人',
    target: '对象',
    reason: '原因',
    requestId: '请求编号',
    before: '变更前',
    after: '变更后',
    loadMore: '加载更多',
    allLoaded: '已全部加载',
    empty: '没有符合条件的记录',
  },
  rules: {
    title: '平台规则',
    description: '当前生效的规则，每个键一个值。',
    key: '键',
    value: '值',
    effectiveFrom: '生效时间',
    note: '备注',
    empty: '暂无规则',
  },
};

export type Messages = typeof zhCN;
