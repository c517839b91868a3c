import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RoundRobinProxy, startRoundRobinProxy } from '../support/round-robin-proxy';

/**
 * The scale-out bench's proxy (test/support/round-robin-proxy.ts) must never turn one request into
 * two: it tries another backend only when the first refused the connection, never after a backend
 * may have read the request.
 */
interface FakeBackend {
  port: number;
  received: string[];
  server: http.Server;
}

async function backend(behaviour: 'answer' | 'reset'): Promise<FakeBackend> {
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push(body);
      // "reset": the request was read (and, for an API, maybe committed), then the process died.
      if (behaviour === 'reset') request.socket.destroy();
      else response.end(JSON.stringify({ port: (server.address() as net.AddressInfo).port, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, received, server };
}

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: response.status, text: await response.text() };
}

describe('the round-robin proxy', () => {
  const proxies: RoundRobinProxy[] = [];
  const backends: FakeBackend[] = [];
  let first: FakeBackend;
  let second: FakeBackend;
  let resetting: FakeBackend;

  beforeAll(async () => {
    first = await backend('answer');
    second = await backend('answer');
    resetting = await backend('reset');
    backends.push(first, second, resetting);
  });

  afterAll(async () => {
    for (const proxy of proxies) await proxy.close();
    for (const each of backends) await new Promise<void>((resolve) => each.server.close(() => resolve()));
  });

  it('sends each request to the next backend in turn, body and all', async () => {
    const proxy = await startRoundRobinProxy([
      { host: '127.0.0.1', port: first.port },
      { host: '127.0.0.1', port: second.port },
    ]);
    proxies.push(proxy);
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(JSON.parse((await post(proxy.url, `{"n":${i}}`)).text));
    expect(answers.map((answer) => answer.port)).toEqual([first.port, second.port, first.port, second.port]);
    expect(answers.map((answer) => answer.body)).toEqual(['{"n":0}', '{"n":1}', '{"n":2}', '{"n":3}']);
    expect(proxy.forwarded).toEqual([2, 2]);
  });

  it('tries the next backend when one refuses the connection (the request reached no one)', async () => {
    const down = await closedPort();
    const proxy = await startRoundRobinProxy([
      { host: '127.0.0.1', port: down },
      { host: '127.0.0.1', port: second.port },
    ]);
    proxies.push(proxy);
    const before = second.received.length;
    const answers = [await post(proxy.url, '{"a":1}'), await post(proxy.url, '{"a":2}')];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(second.received.slice(before)).toEqual(['{"a":1}', '{"a":2}']);
    expect(proxy.refused[0]).toBe(1);
  });

  it('answers 502 and never retries a request a backend read before its connection broke', async () => {
    const proxy = await startRoundRobinProxy([
      { host: '127.0.0.1', port: resetting.port },
      { host: '127.0.0.1', port: second.port },
    ]);
    proxies.push(proxy);
    const before = second.received.length;
    const answer = await post(proxy.url, '{"write":"once"}');
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'BAD_GATEWAY', reason: 'UPSTREAM_FAILED' });
    expect(resetting.received).toEqual(['{"write":"once"}']);
    // The other backend never saw it: one request, at most one write.
    expect(second.received.slice(before)).toEqual([]);
  });

  it('answers 502 REFUSED when every backend refuses', async () => {
    const proxy = await startRoundRobinProxy([
      { host: '127.0.0.1', port: await closedPort() },
      { host: '127.0.0.1', port: await closedPort() },
    ]);
    proxies.push(proxy);
    const answer = await post(proxy.url, '{}');
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.text).errors[0].extensions.reason).toBe('REFUSED');
    expect(proxy.refused).toEqual([1, 1]);
  });
});
