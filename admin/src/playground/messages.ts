import type { AppLocale } from '../lib/locale';

export interface PlaygroundMessages {
  title: string;
  back: string;
  loading: string;
  signedOut: string;
  signIn: string;
  failed: string;
  signedInAs: string;
  /** The read-only banner's headline (analysts). */
  readOnly: string;
  readOnlyDetail: string;
  /** The result of a mutation the playground did not send (read-only users). */
  readOnlyRefused: string;
  /** Next to the banner while the operation in the editor is a mutation. */
  mutationBlocked: string;
  examples: string;
  examplesHint: string;
  accountFilled: (name: string) => string;
  accountPlaceholder: string;
  mine: string;
  mineEmpty: string;
  nameLabel: string;
  namePlaceholder: string;
  save: string;
  savedAs: (name: string) => string;
  replaced: (name: string) => string;
  nameRequired: string;
  nameTaken: string;
  storageRefused: string;
  load: string;
  rename: string;
  renameConfirm: string;
  cancel: string;
  delete: string;
  deleteConfirm: string;
  deleted: (name: string) => string;
}

/** The playground's own words (it is a React page, outside the Vue app and its vue-i18n). */
export const PLAYGROUND_MESSAGES: Record<AppLocale, PlaygroundMessages> = {
  'zh-CN': {
    title: 'GraphQL 调试台',
    back: '返回管理后台',
    loading: '加载中…',
    signedOut: '调试台使用你的登录会话：请先登录。',
    signIn: '登录',
    failed: '无法连接服务器，请稍后重试。',
    signedInAs: '当前用户',
    readOnly: '只读：分析员不能执行变更',
    readOnlyDetail: '查询可以照常运行；变更（mutation）不会发送，服务器也会以 FORBIDDEN 拒绝。',
    readOnlyRefused: '只读：分析员不能执行变更。调试台没有发送这个变更（服务器也会以 FORBIDDEN 拒绝）。',
    mutationBlocked: '编辑器里是一个变更：不能运行。',
    examples: '示例查询',
    examplesHint: '点击载入编辑器，再点 ▶ 运行。',
    accountFilled: (name) => `变量 $id 已填入「${name}」的 id。`,
    accountPlaceholder: '请把变量 $id 换成一个公众号的 id。',
    mine: '我的查询',
    mineEmpty: '还没有保存的查询：在上方输入名称，保存编辑器中的内容。',
    nameLabel: '名称',
    namePlaceholder: '给当前查询起个名字',
    save: '保存',
    savedAs: (name) => `已保存为「${name}」。`,
    replaced: (name) => `已更新「${name}」。`,
    nameRequired: '请输入名称。',
    nameTaken: '已有同名的查询。',
    storageRefused: '浏览器不允许本地存储：无法保存。',
    load: '载入',
    rename: '重命名',
    renameConfirm: '确定',
    cancel: '取消',
    delete: '删除',
    deleteConfirm: '确认删除',
    deleted: (name) => `已删除「${name}」。`,
  },
  en: {
    title: 'GraphQL playground',
    back: 'Back to the admin',
    loading: 'Loading…',
    signedOut: 'The playground uses your session: sign in first.',
    signIn: 'Sign in',
    failed: 'Cannot reach the server: try again later.',
    signedInAs: 'Signed in as',
    readOnly: 'Read-only: analysts cannot run mutations',
    readOnlyDetail: 'Queries run as usual; mutations are not sent, and the server would refuse them (FORBIDDEN).',
    readOnlyRefused:
      'Read-only: analysts cannot run mutations. The playground did not send this mutation (the server would refuse it with FORBIDDEN).',
    mutationBlocked: 'The editor holds a mutation: it cannot run.',
    examples: 'Example queries',
    examplesHint: 'Click to load into the editor, then ▶ to run.',
    accountFilled: (name) => `The variable $id holds the id of “${name}”.`,
    accountPlaceholder: 'Replace the variable $id with an account’s id.',
    mine: 'My queries',
    mineEmpty: 'No saved queries yet: name the editor’s content above and save it.',
    nameLabel: 'Name',
    namePlaceholder: 'A name for the current query',
    save: 'Save',
    savedAs: (name) => `Saved as “${name}”.`,
    replaced: (name) => `Updated “${name}”.`,
    nameRequired: 'Enter a name.',
    nameTaken: 'A query with that name exists.',
    storageRefused: 'This browser refuses local storage: cannot save.',
    load: 'Load',
    rename: 'Rename',
    renameConfirm: 'OK',
    cancel: 'Cancel',
    delete: 'Delete',
    deleteConfirm: 'Confirm delete',
    deleted: (name) => `Deleted “${name}”.`,
  },
};
