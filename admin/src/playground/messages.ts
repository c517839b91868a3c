import type { AppLocale } from '../lib/locale';

/** The playground's own few words (it is a React page, outside the Vue app and its vue-i18n). */
export const PLAYGROUND_MESSAGES: Record<
  AppLocale,
  {
    title: string;
    back: string;
    loading: string;
    signedOut: string;
    signIn: string;
    failed: string;
    signedInAs: string;
  }
> = {
  'zh-CN': {
    title: 'GraphQL 调试台',
    back: '返回管理后台',
    loading: '加载中…',
    signedOut: '调试台使用你的登录会话：请先登录。',
    signIn: '登录',
    failed: '无法连接服务器，请稍后重试。',
    signedInAs: '当前用户',
  },
  en: {
    title: 'GraphQL playground',
    back: 'Back to the admin',
    loading: 'Loading…',
    signedOut: 'The playground uses your session: sign in first.',
    signIn: 'Sign in',
    failed: 'Cannot reach the server: try again later.',
    signedInAs: 'Signed in as',
  },
};
