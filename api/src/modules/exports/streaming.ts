import type { Writable } from 'node:stream';

/**
 * Writes a chunk and, when the socket's buffer is full (`write` returned false), waits for it to
 * drain, or for the response to close (a client that went away must not keep the export waiting
 * for ever, with its page in memory).
 */
export async function send(out: Writable, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return;
  if (out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

const indented = (text: string, pad: string) => text.replace(/\n/g, `\n${pad}`);

/**
 * Writes one JSON object, key by key, with arrays written a page at a time as their rows are read:
 * the text is exactly what `JSON.stringify(object, null, 2)` gives for the same object, without the
 * object ever being whole in memory.
 */
export class JsonWriter {
  private empty = true;

  constructor(private readonly write: (chunk: string) => Promise<void>) {}

  open(): Promise<void> {
    return this.write('{');
  }

  private key(name: string): string {
    const separator = this.empty ? '\n' : ',\n';
    this.empty = false;
    return `${separator}  ${JSON.stringify(name)}: `;
  }

  /** A member (left out when undefined, as JSON.stringify leaves it out). */
  async value(name: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text === undefined) return;
    await this.write(this.key(name) + indented(text, '  '));
  }

  /** An array member, its items arriving in pages; each page is written once read. */
  async array(name: string, pages: AsyncIterable<readonly unknown[]>): Promise<void> {
    let head = `${this.key(name)}[`;
    let count = 0;
    for await (const page of pages) {
      let chunk = head;
      for (const item of page) {
        const text = (JSON.stringify(item, null, 2) as string | undefined) ?? 'null';
        chunk += `${count === 0 ? '\n' : ',\n'}    ${indented(text, '    ')}`;
        count += 1;
      }
      if (count === 0) continue;
      await this.write(chunk);
      head = '';
    }
    await this.write(count === 0 ? `${head}]` : '\n  ]');
  }

  close(): Promise<void> {
    return this.write(this.empty ? '}' : '\n}');
  }
}
