import 'graphiql/style.css';
import './playground.css';
import { GraphiQL } from 'graphiql';
import {
  type ChangeEvent,
  type ComponentProps,
  type FormEvent,
  createElement as h,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { storedLocale } from '../lib/locale';
import { EXAMPLES, exampleVariables, type PlaygroundExample } from './examples';
import { PLAYGROUND_MESSAGES } from './messages';
import { isMutation, resolveOperationName } from './operations';
import { deleteQuery, readSavedQueries, renameQuery, type SavedQuery, saveQuery, writeSavedQueries } from './saved';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const DEFAULT_QUERY = `# Runs as you (your session cookie): no token needed.
{ viewer { email roles } }
`;

const locale = storedLocale();
const text = PLAYGROUND_MESSAGES[locale];
document.documentElement.lang = locale;
document.title = `${text.title} · OAP`;

interface Viewer {
  email: string;
  roles: string[];
}

/** An account to prefill `$id` of the examples that need one. */
interface SampleAccount {
  id: string;
  name: string;
}

/** Only reading: ANALYST and no other role (the server refuses their mutations with FORBIDDEN). */
function isReadOnly(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.every((role) => role === 'ANALYST');
}

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

/**
 * GraphiQL's fetcher. Server errors (query limits, FORBIDDEN, …) are shown as returned: they
 * explain themselves. For read-only users a mutation is answered here, without a request.
 * The operation name is checked against the document first (see `resolveOperationName`).
 */
function createFetcher(readOnly: boolean): Fetcher {
  return (params, options) => {
    const operationName = resolveOperationName(params.query, params.operationName);
    if (readOnly && isMutation(params.query, operationName)) {
      return Promise.resolve({
        errors: [
          {
            message: text.readOnlyRefused,
            extensions: { code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE', refusedBy: 'playground' },
          },
        ],
      }) as ReturnType<Fetcher>;
    }
    return postGraphQL({ ...params, operationName }, options?.headers as Record<string, string>) as ReturnType<Fetcher>;
  };
}

/** An account with history for the "full history" example: one with a confirmed violation, else any. */
async function findSampleAccount(): Promise<SampleAccount | null> {
  type Edges<T> = { edges: Array<{ node: T }> };
  try {
    const confirmed = (await postGraphQL({
      query:
        '{ violations(filter: { status: CONFIRMED }, first: 1, newestFirst: true) { edges { node { account { id name } } } } }',
    })) as { data?: { violations?: Edges<{ account: SampleAccount }> } | null };
    const account = confirmed.data?.violations?.edges[0]?.node.account;
    if (account) return account;
    const any = (await postGraphQL({ query: '{ accounts(first: 1) { edges { node { id name } } } }' })) as {
      data?: { accounts?: Edges<SampleAccount> } | null;
    };
    return any.data?.accounts?.edges[0]?.node ?? null;
  } catch {
    return null;
  }
}

/** GraphiQL keeps the last editor contents in localStorage ("graphiql:" keys): what it restores. */
function restoredEditorText(key: 'query' | 'variables', fallback: string): string {
  try {
    return window.localStorage.getItem(`graphiql:${key}`) ?? fallback;
  } catch {
    return fallback;
  }
}

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

function page(email: string | null, body: ReactNode, banner: ReactNode = null): ReactNode {
  return h(
    'div',
    { className: 'oap-playground' },
    header(email),
    banner,
    h('main', { className: 'oap-playground-main' }, body),
  );
}

function readOnlyBanner(mutationInEditor: boolean): ReactNode {
  return h(
    'div',
    { className: 'oap-playground-banner', role: 'status', 'data-testid': 'playground-readonly' },
    h('strong', { 'data-testid': 'playground-readonly-title' }, text.readOnly),
    h('span', null, text.readOnlyDetail),
    mutationInEditor
      ? h(
          'span',
          { className: 'oap-playground-banner-blocked', 'data-testid': 'playground-mutation-blocked' },
          text.mutationBlocked,
        )
      : null,
  );
}

type Notice = { tone: 'ok' | 'error'; message: string } | null;

interface SidePanelProps {
  sampleAccount: SampleAccount | null;
  active: string | null;
  saved: SavedQuery[];
  notice: Notice;
  onLoadExample(example: PlaygroundExample): void;
  onLoadSaved(entry: SavedQuery): void;
  onSave(name: string): boolean;
  onRename(entry: SavedQuery, name: string): boolean;
  onDelete(entry: SavedQuery): void;
}

function exampleItem(example: PlaygroundExample, props: SidePanelProps): ReactNode {
  const note = example.needsAccountId
    ? props.sampleAccount
      ? text.accountFilled(props.sampleAccount.name)
      : text.accountPlaceholder
    : null;
  return h(
    'li',
    { key: example.id, className: 'oap-playground-item' },
    h(
      'button',
      {
        type: 'button',
        className: `oap-playground-entry${props.active === `example:${example.id}` ? ' is-active' : ''}`,
        'data-testid': `playground-example-${example.id}`,
        onClick: () => props.onLoadExample(example),
      },
      h('span', { className: 'oap-playground-entry-title' }, example.title[locale]),
      h('span', { className: 'oap-playground-entry-description' }, example.description[locale]),
      note ? h('span', { className: 'oap-playground-entry-note' }, note) : null,
    ),
  );
}

function SavedItem(props: { entry: SavedQuery; panel: SidePanelProps }): ReactNode {
  const { entry, panel } = props;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const renameInput = useRef<HTMLInputElement>(null);
  const isRenaming = renaming !== null;
  useEffect(() => {
    if (isRenaming) renameInput.current?.select();
  }, [isRenaming]);

  if (renaming !== null) {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      if (panel.onRename(entry, renaming)) setRenaming(null);
    };
    return h(
      'li',
      { className: 'oap-playground-item', 'data-testid': 'playground-saved-item' },
      h(
        'form',
        { className: 'oap-playground-rename', onSubmit: submit },
        h('input', {
          value: renaming,
          'aria-label': text.nameLabel,
          'data-testid': 'playground-saved-rename-input',
          ref: renameInput,
          maxLength: 80,
          onChange: (event: ChangeEvent<HTMLInputElement>) => setRenaming(event.target.value),
          onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Escape') setRenaming(null);
          },
        }),
        h('button', { type: 'submit', 'data-testid': 'playground-saved-rename-confirm' }, text.renameConfirm),
        h('button', { type: 'button', onClick: () => setRenaming(null) }, text.cancel),
      ),
    );
  }

  return h(
    'li',
    { className: 'oap-playground-item', 'data-testid': 'playground-saved-item' },
    h(
      'button',
      {
        type: 'button',
        className: `oap-playground-entry${panel.active === `saved:${entry.id}` ? ' is-active' : ''}`,
        title: text.load,
        'data-testid': 'playground-saved-load',
        onClick: () => panel.onLoadSaved(entry),
      },
      h('span', { className: 'oap-playground-entry-title', 'data-testid': 'playground-saved-name' }, entry.name),
    ),
    h(
      'div',
      { className: 'oap-playground-item-actions' },
      confirming
        ? [
            h(
              'button',
              {
                key: 'confirm',
                type: 'button',
                className: 'is-danger',
                'data-testid': 'playground-saved-delete-confirm',
                onClick: () => panel.onDelete(entry),
              },
              text.deleteConfirm,
            ),
            h('button', { key: 'cancel', type: 'button', onClick: () => setConfirming(false) }, text.cancel),
          ]
        : [
            h(
              'button',
              {
                key: 'rename',
                type: 'button',
                'data-testid': 'playground-saved-rename',
                onClick: () => setRenaming(entry.name),
              },
              text.rename,
            ),
            h(
              'button',
              {
                key: 'delete',
                type: 'button',
                'data-testid': 'playground-saved-delete',
                onClick: () => setConfirming(true),
              },
              text.delete,
            ),
          ],
    ),
  );
}

function SidePanel(props: SidePanelProps): ReactNode {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.onSave(name)) setName('');
  };
  return h(
    'aside',
    { className: 'oap-playground-side', 'data-testid': 'playground-side' },
    h('h2', null, text.examples),
    h('p', { className: 'oap-playground-hint' }, text.examplesHint),
    h(
      'ul',
      { className: 'oap-playground-list', 'data-testid': 'playground-examples' },
      EXAMPLES.map((example) => exampleItem(example, props)),
    ),
    h('h2', null, text.mine),
    h(
      'form',
      { className: 'oap-playground-save', onSubmit: submit },
      h('input', {
        value: name,
        placeholder: text.namePlaceholder,
        'aria-label': text.nameLabel,
        maxLength: 80,
        'data-testid': 'playground-save-name',
        onChange: (event: ChangeEvent<HTMLInputElement>) => setName(event.target.value),
      }),
      h('button', { type: 'submit', 'data-testid': 'playground-save' }, text.save),
    ),
    props.notice
      ? h(
          'p',
          {
            className: `oap-playground-notice is-${props.notice.tone}`,
            role: props.notice.tone === 'error' ? 'alert' : 'status',
            'data-testid': 'playground-notice',
          },
          props.notice.message,
        )
      : null,
    props.saved.length === 0
      ? h('p', { className: 'oap-playground-hint', 'data-testid': 'playground-saved-empty' }, text.mineEmpty)
      : h(
          'ul',
          { className: 'oap-playground-list', 'data-testid': 'playground-saved' },
          props.saved.map((entry) => h(SavedItem, { key: entry.id, entry, panel: props })),
        ),
  );
}

interface PlaygroundProps {
  viewer: Viewer;
  readOnly: boolean;
  fetcher: Fetcher;
  sampleAccount: SampleAccount | null;
}

function Playground({ viewer, readOnly, fetcher, sampleAccount }: PlaygroundProps): ReactNode {
  // What GraphiQL is told to show: undefined leaves the editors alone (GraphiQL restores its own
  // last contents at start); a string replaces the editor's contents whenever it changes.
  const [shown, setShown] = useState<{ query?: string; variables?: string }>({});
  // What the editors hold now (GraphiQL reports edits, debounced).
  const [current, setCurrent] = useState(() => ({
    query: restoredEditorText('query', DEFAULT_QUERY),
    variables: restoredEditorText('variables', ''),
  }));
  const [operationName, setOperationName] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedQuery[]>(() => readSavedQueries());
  const [active, setActive] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const editorArea = useRef<HTMLDivElement>(null);
  // The text of the entry highlighted in the list: editing it away clears the highlight.
  const activeQuery = useRef<string | null>(null);

  const blocked = readOnly && isMutation(current.query, operationName);

  // The run button greys out while a read-only user has a mutation in the editor. GraphiQL owns
  // the button, so the state is set on its element (and styled from the wrapper's class); a click
  // still reaches the fetcher, which answers with the reason.
  useEffect(() => {
    const button = editorArea.current?.querySelector('.graphiql-execute-button');
    if (!button) return;
    if (blocked) {
      button.setAttribute('aria-disabled', 'true');
      button.setAttribute('title', text.mutationBlocked);
    } else {
      button.removeAttribute('aria-disabled');
      button.removeAttribute('title');
    }
  });

  const load = useCallback((key: string, query: string, variables: string) => {
    // Through "nothing" first, so loading the same text again still replaces edits made since.
    flushSync(() => setShown({}));
    setShown({ query, variables });
    setCurrent({ query, variables });
    activeQuery.current = query;
    setActive(key);
    setNotice(null);
    if (variables) {
      // Show the variables editor (GraphiQL hides the editor tools by default here).
      requestAnimationFrame(() => {
        editorArea.current?.querySelector<HTMLElement>('.graphiql-editor-tools [data-name="variables"]')?.click();
      });
    }
  }, []);

  const store = (list: SavedQuery[]): boolean => {
    if (!writeSavedQueries(list)) {
      setNotice({ tone: 'error', message: text.storageRefused });
      return false;
    }
    setSaved(list);
    return true;
  };

  const panel: SidePanelProps = {
    sampleAccount,
    active,
    saved,
    notice,
    onLoadExample: (example) =>
      load(`example:${example.id}`, example.query, exampleVariables(example, sampleAccount?.id ?? null)),
    onLoadSaved: (entry) => load(`saved:${entry.id}`, entry.query, entry.variables),
    onSave: (name) => {
      if (!name.trim()) {
        setNotice({ tone: 'error', message: text.nameRequired });
        return false;
      }
      const result = saveQuery(saved, name, current.query, current.variables);
      if (!store(result.list)) return false;
      const entry = result.list[0];
      if (entry) {
        activeQuery.current = entry.query;
        setActive(`saved:${entry.id}`);
      }
      setNotice({ tone: 'ok', message: (result.replaced ? text.replaced : text.savedAs)(name.trim()) });
      return true;
    },
    onRename: (entry, name) => {
      const trimmed = name.trim();
      if (!trimmed) {
        setNotice({ tone: 'error', message: text.nameRequired });
        return false;
      }
      if (saved.some((other) => other.id !== entry.id && other.name === trimmed)) {
        setNotice({ tone: 'error', message: text.nameTaken });
        return false;
      }
      setNotice(null);
      return store(renameQuery(saved, entry.id, trimmed));
    },
    onDelete: (entry) => {
      if (store(deleteQuery(saved, entry.id))) setNotice({ tone: 'ok', message: text.deleted(entry.name) });
    },
  };

  const onEditQuery = useCallback((query: string) => {
    setCurrent((before) => ({ ...before, query }));
    if (query !== activeQuery.current) setActive(null);
  }, []);
  const onEditVariables = useCallback((variables: string) => setCurrent((before) => ({ ...before, variables })), []);
  const onEditOperationName = useCallback((name: string) => setOperationName(name || null), []);

  const graphiql = useMemo(
    () =>
      h(GraphiQL, {
        fetcher,
        defaultQuery: DEFAULT_QUERY,
        defaultEditorToolsVisibility: false,
        query: shown.query,
        variables: shown.variables,
        onEditQuery,
        onEditVariables,
        onEditOperationName,
      }),
    [fetcher, shown, onEditQuery, onEditVariables, onEditOperationName],
  );

  return page(
    viewer.email,
    h(
      'div',
      { className: 'oap-playground-workspace' },
      h(SidePanel, panel),
      h(
        'div',
        {
          ref: editorArea,
          className: `oap-playground-editor${blocked ? ' is-mutation-blocked' : ''}`,
          'data-testid': 'playground-editor',
        },
        graphiql,
      ),
    ),
    readOnly ? readOnlyBanner(blocked) : null,
  );
}

async function start(): Promise<void> {
  const container = document.getElementById('playground');
  if (!container) return;
  const root = createRoot(container);
  root.render(page(null, h('p', { className: 'oap-playground-note' }, text.loading)));

  let viewer: Viewer | null = null;
  try {
    const result = (await postGraphQL({ query: '{ viewer { email roles } }' })) as {
      data?: { viewer: Viewer | null };
    };
    viewer = result.data?.viewer ?? null;
  } catch {
    root.render(
      page(null, h('p', { className: 'oap-playground-note', 'data-testid': 'playground-error' }, text.failed)),
    );
    return;
  }

  if (!viewer) {
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

  const readOnly = isReadOnly(viewer.roles);
  const sampleAccount = await findSampleAccount();
  root.render(h(Playground, { viewer, readOnly, fetcher: createFetcher(readOnly), sampleAccount }));
}

void start();
