import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonWriter, send } from './streaming';

async function* pages<T>(...lists: T[][]): AsyncGenerator<T[]> {
  for (const list of lists) yield list;
}

async function written(build: (json: JsonWriter) => Promise<void>): Promise<{ text: string; chunks: number }> {
  let text = '';
  let chunks = 0;
  const json = new JsonWriter(async (chunk) => {
    text += chunk;
    chunks += 1;
  });
  await build(json);
  return { text, chunks };
}

describe('JsonWriter', () => {
  it('writes what JSON.stringify(object, null, 2) writes, arrays a page at a time', async () => {
    const when = new Date('2026-01-02T03:04:05.678Z');
    const object = {
      exportedAt: when.toISOString(),
      account: { id: 'A', name: '星河 "quoted"\nline', nested: { list: [1, 2], empty: [] }, gone: undefined },
      subject: null,
      articles: [{ id: 1, at: when, corrections: [] }, { id: 2 }, { id: 3, text: 'x\ny' }],
      violations: [],
      penalties: [{ id: 'p' }],
    };
    const { text, chunks } = await written(async (json) => {
      await json.open();
      await json.value('exportedAt', object.exportedAt);
      await json.value('account', object.account);
      await json.value('missing', undefined);
      await json.value('subject', object.subject);
      await json.array('articles', pages(object.articles.slice(0, 2), [], object.articles.slice(2)));
      await json.array('violations', pages());
      await json.array('penalties', pages([], object.penalties));
      await json.close();
    });
    expect(text).toBe(JSON.stringify(object, null, 2));
    expect(JSON.parse(text)).toMatchObject({ articles: [{ id: 1 }, { id: 2 }, { id: 3 }] });
    // One chunk per page that had rows, not one for the whole array.
    expect(chunks).toBeGreaterThan(8);
  });

  it('writes an empty object as {}', async () => {
    const { text } = await written(async (json) => {
      await json.open();
      await json.close();
    });
    expect(text).toBe(JSON.stringify({}, null, 2));
  });
});

describe('send', () => {
  it('waits for the buffer to drain when write says it is full', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    let settled = false;
    const pending = send(out, 'more than four bytes').then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    out.read();
    await pending;
    expect(settled).toBe(true);
  });

  it('stops waiting when the response closes instead of draining', async () => {
    const out = new Writable({ highWaterMark: 1, write: () => {} });
    const pending = send(out, 'stuck');
    out.destroy();
    await expect(pending).resolves.toBeUndefined();
  });
});
