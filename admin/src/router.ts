import { createRouter, createWebHistory, type RouteLocationRaw, type Router } from 'vue-router';
import { loadViewer } from './composables/use-viewer';
import { translate } from './i18n';
import { homeRouteName, PAGE_ROLES, type Role } from './lib/access';
import { connection, isChunkLoadError } from './lib/connection';

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in (the sign-in page, a password link's page). */
    public?: boolean;
    /**
     * A public page a signed-in visitor may still open (not sent home): a password link may be for
     * someone else, and the page says whom it signs in.
     */
    signedInToo?: boolean;
    /** Roles that may see the page; none: everyone signed in. */
    roles?: readonly Role[];
    /** The i18n key of the page's title. */
    titleKey?: string;
    /** The navigation entry to highlight, for a page not in the navigation (a detail page). */
    nav?: string;
  }
}

/** Pages the server serves itself (not SPA routes): reached with a full page load. */
const SERVER_PAGES = ['/playground'];

/** The `redirect` query of the sign-in page, when it is a path on this site; otherwise undefined. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) {
    return undefined;
  }
  return value;
}

/** Where to go once signed in: the page asked for, or the home page of the user's roles. */
export function afterSignIn(router: Router, roles: readonly Role[], redirect: unknown): Promise<unknown> | undefined {
  const target = safeRedirect(redirect);
  if (target && SERVER_PAGES.some((page) => target === page || target.startsWith(`${page}?`))) {
    window.location.assign(target);
    return undefined;
  }
  return router.replace(target ?? { name: homeRouteName(roles) });
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/LoginPage.vue'),
      meta: { public: true, titleKey: 'login.title' },
    },
    {
      // The token is the URL's fragment (`#…`): browsers never send it to the server.
      path: '/set-password',
      name: 'set-password',
      component: () => import('./pages/SetPasswordPage.vue'),
      meta: { public: true, signedInToo: true, titleKey: 'setPassword.title' },
    },
    {
      path: '/',
      component: () => import('./layouts/AppShell.vue'),
      children: [
        // Never shown: the guard sends `/` to the first page the user's roles may see.
        { path: '', name: 'home', component: () => import('./pages/NotFoundPage.vue') },
        {
          path: 'reprint-requests',
          name: 'reprint-requests',
          component: () => import('./pages/ReprintRequestsPage.vue'),
          meta: { roles: PAGE_ROLES.reprintRequests, titleKey: 'reprintRequests.title' },
        },
        {
          path: 'audit',
          name: 'audit',
          component: () => import('./pages/AuditLogPage.vue'),
          meta: { roles: PAGE_ROLES.audit, titleKey: 'audit.title' },
        },
        {
          path: 'users',
          name: 'users',
          component: () => import('./pages/UsersPage.vue'),
          meta: { roles: PAGE_ROLES.users, titleKey: 'users.title' },
        },
        {
          path: 'users/:id',
          name: 'user',
          component: () => import('./pages/UserPage.vue'),
          meta: { roles: PAGE_ROLES.users, titleKey: 'userPage.title', nav: 'users' },
        },
        {
          // Everyone signed in: their own password and sessions.
          path: 'profile',
          name: 'profile',
          component: () => import('./pages/ProfilePage.vue'),
          meta: { titleKey: 'profile.title' },
        },
        {
          // The header's search box writes the query here (?q=…), so a search can be shared and reloaded.
          path: 'search',
          name: 'search',
          component: () => import('./pages/SearchPage.vue'),
          meta: { roles: PAGE_ROLES.search, titleKey: 'search.title' },
        },
        {
          path: 'accounts',
          name: 'accounts',
          component: () => import('./pages/AccountsPage.vue'),
          meta: { titleKey: 'accounts.title' },
        },
        {
          path: 'accounts/:id',
          name: 'account',
          component: () => import('./pages/AccountPage.vue'),
          meta: { titleKey: 'account.title', nav: 'accounts' },
        },
        {
          path: 'accounts/:id/certify',
          name: 'account-certify',
          component: () => import('./pages/CertifyPage.vue'),
          meta: { roles: PAGE_ROLES.certify, titleKey: 'certify.title', nav: 'accounts' },
        },
        {
          // Everyone signed in: the list holds what the viewer administers (none: an empty list).
          path: 'enterprise',
          name: 'enterprise',
          component: () => import('./pages/EnterpriseAccountsPage.vue'),
          meta: { titleKey: 'enterprise.title' },
        },
        {
          // System administrators (operators, ADMIN) and hierarchical administrators (their scope).
          path: 'enterprise/:accountId/address-book',
          name: 'enterprise-address-book',
          component: () => import('./pages/AddressBookPage.vue'),
          meta: { titleKey: 'addressBook.title', nav: 'enterprise' },
        },
        {
          path: 'enterprise/:accountId/follows',
          name: 'enterprise-follows',
          component: () => import('./pages/FollowsPage.vue'),
          meta: { roles: PAGE_ROLES.enterprise, titleKey: 'follows.title', nav: 'enterprise' },
        },
        {
          path: 'enterprise/:accountId/verification-log',
          name: 'enterprise-verification-log',
          component: () => import('./pages/VerificationLogPage.vue'),
          meta: { roles: PAGE_ROLES.enterprise, titleKey: 'verificationLog.title', nav: 'enterprise' },
        },
        {
          path: 'enterprise/:accountId/administrators',
          name: 'enterprise-administrators',
          component: () => import('./pages/AdministratorsPage.vue'),
          meta: { roles: PAGE_ROLES.enterprise, titleKey: 'administrators.title', nav: 'enterprise' },
        },
        {
          path: 'deliveries',
          name: 'deliveries',
          component: () => import('./pages/DeliveriesPage.vue'),
          meta: { roles: PAGE_ROLES.deliveries, titleKey: 'deliveries.title', nav: 'enterprise' },
        },
        {
          path: 'certifications',
          name: 'certifications',
          component: () => import('./pages/CertificationsPage.vue'),
          meta: { roles: PAGE_ROLES.certifications, titleKey: 'certifications.title' },
        },
        {
          // Open to everyone signed in: the API shows publishers their own accounts' only.
          path: 'certifications/:id',
          name: 'certification',
          component: () => import('./pages/CertificationPage.vue'),
          meta: { titleKey: 'certification.title', nav: 'certifications' },
        },
        {
          path: 'articles',
          name: 'articles',
          component: () => import('./pages/ArticlesPage.vue'),
          meta: { titleKey: 'articles.title' },
        },
        {
          path: 'articles/:id',
          name: 'article',
          component: () => import('./pages/ArticlePage.vue'),
          meta: { titleKey: 'article.title', nav: 'articles' },
        },
        {
          path: 'quota-requests',
          name: 'quota-requests',
          component: () => import('./pages/QuotaRequestsPage.vue'),
          meta: { roles: PAGE_ROLES.quotaRequests, titleKey: 'quota.title' },
        },
        {
          path: 'moderation',
          name: 'moderation',
          component: () => import('./pages/ModerationPage.vue'),
          meta: { roles: PAGE_ROLES.moderation, titleKey: 'moderation.title' },
        },
        {
          path: 'dashboard',
          name: 'dashboard',
          component: () => import('./pages/DashboardPage.vue'),
          meta: { roles: PAGE_ROLES.dashboard, titleKey: 'dashboard.title' },
        },
        {
          path: 'appeals',
          name: 'appeals',
          component: () => import('./pages/AppealsPage.vue'),
          meta: { roles: PAGE_ROLES.appeals, titleKey: 'appeals.title' },
        },
        {
          path: 'rules',
          name: 'rules',
          component: () => import('./pages/RulesPage.vue'),
          meta: { titleKey: 'rules.title' },
        },
        {
          path: 'rules/canned-reasons',
          name: 'canned-reasons',
          component: () => import('./pages/CannedReasonsPage.vue'),
          meta: { roles: PAGE_ROLES.cannedReasons, titleKey: 'tools.cannedTitle', nav: 'rules' },
        },
        {
          path: 'rules/calendar',
          name: 'working-calendar',
          component: () => import('./pages/WorkingCalendarPage.vue'),
          meta: { roles: PAGE_ROLES.calendar, titleKey: 'calendar.title', nav: 'rules' },
        },
        {
          path: ':pathMatch(.*)*',
          name: 'not-found',
          component: () => import('./pages/NotFoundPage.vue'),
          meta: { titleKey: 'notFound.title' },
        },
      ],
    },
  ],
});

router.beforeEach(async (to): Promise<boolean | RouteLocationRaw> => {
  const viewer = await loadViewer();
  if (to.meta.public) {
    if (!viewer || to.meta.signedInToo) return true;
    // Already signed in: skip the sign-in page.
    const target = safeRedirect(to.query.redirect);
    if (target && SERVER_PAGES.includes(target)) {
      window.location.assign(target);
      return false;
    }
    return target ?? { name: homeRouteName(viewer.roles) };
  }
  if (!viewer) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  if (to.name === 'home') return { name: homeRouteName(viewer.roles) };
  // A role without access stays on the URL and sees "no access" (AppShell).
  return true;
});

/** The browser tab's title follows the page and the language. */
export function updateDocumentTitle(): void {
  const key = router.currentRoute.value.meta.titleKey;
  const app = translate('app.name');
  document.title = key ? `${translate(key)} · ${app}` : app;
}

router.afterEach(() => updateDocumentTitle());

// A page's code that fails to load (network down, or a new release replaced the old chunks): the
// navigation stops where it was, and the frame says so with a reload of the page asked for. Vite's
// failed preloads of a chunk's CSS or shared modules reject the same import, so they end here too.
router.onError((error, to) => {
  if (isChunkLoadError(error)) connection.failedPage = to.fullPath;
});
router.afterEach((_to, _from, failure) => {
  if (!failure) connection.failedPage = null;
});
