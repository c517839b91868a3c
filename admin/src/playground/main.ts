import 'graphiql/style.css';
import './playground.css';
import { GraphiQL } from 'graphiql';
import { type ComponentProps, createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLocale } from '../lib/locale';
import { PLAYGROUND_MESSAGES } from './messages';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const DEFAULT_QUERY = `# Runs as you (your session cookie): no token needed.
{ viewer { email roles } }
`;

const locale = storedLocale();
const text = PLAYGROUND_MESSAGES[locale];
document.documentElement.lang = locale;
document.title = `${text.title} · OAP`;

/** POSTs JSON to /graphql with the session cookie; headers typed in the editor are added. */
async function postGraphQL(body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(body),
  });
  const raw = await response.text();
  try {
    return JSON.parse(raw);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${raw.slice(0, 500)}` }] };
  }
}

const fetcher: Fetcher = (params, options) =>
  postGraphQL(params, options?.headers as Record<string, string>) as ReturnType<Fetcher>;

function header(email: string | null): ReactNode {
  return h(
    'header',
    { className: 'oap-playground-header' },
    h('strong', null, `OAP · ${text.title}`),
    email
      ? h(
          'span',
          { className: 'oap-playground-user', 'data-testid': 'playground-user' },
          `${text.signedInAs}: ${email}`,
        )
      : null,
    h('a', { href: '/', 'data-testid': 'playground-back' }, text.back),
  );
}

function page(email: string | null, body: ReactNode): ReactNode {
  return h(
    'div',
    { className: 'oap-playground' },
    header(email),
    h('main', { className: 'oap-playground-main' }, body),
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('playground');
  if (!container) return;
  const root = createRoot(container);
  root.render(page(null, h('p', { className: 'oap-playground-note' }, text.loading)));

  let email: string | null = null;
  try {
    const result = (await postGraphQL({ query: '{ viewer { email } }' })) as {
      data?: { viewer: { email: string } | null };
    };
    email = result.data?.viewer?.email ?? null;
  } catch {
    root.render(
      page(null, h('p', { className: 'oap-playground-note', 'data-testid': 'playground-error' }, text.failed)),
    );
    return;
  }

  if (!email) {
    root.render(
      page(
        null,
        h(
          'p',
          { className: 'oap-playground-note', 'data-testid': 'playground-signed-out' },
          `${text.signedOut} `,
          h('a', { href: '/login?redirect=/playground', 'data-testid': 'playground-sign-in' }, text.signIn),
        ),
      ),
    );
    return;
  }

  root.render(page(email, h(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: false })));
}

void start();
