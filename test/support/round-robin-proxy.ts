import http from 'node:http';
import type net from 'node:net';

/** A backend the proxy forwards to: where it listens. */
export interface Backend {
  host: string;
  port: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Requests forwarded, per backend index (tries that were refused are not counted). */
  forwarded: number[];
  /** Connection attempts a backend refused, per backend index (each then tried on the next one). */
  refused: number[];
  close(): Promise<void>;
}

/** Headers that describe one hop's connection, not the request (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/**
 * A small HTTP load balancer for the scale-out bench (node:http, no dependency): each request goes
 * to the next backend in turn. When a backend refuses the TCP connection (ECONNREFUSED: the process
 * is down, nothing was sent), the request is tried on the next backend — that request never reached
 * any backend, so it cannot have been processed. Any other failure (a reset or a close after the
 * request was written, a timeout) may come after the backend processed the request, so it is NEVER
 * retried: the client gets a 502 and must treat the write as unknown. Retrying those would turn one
 * lost response into a duplicated write, which is exactly what the bench checks the API never does.
 */
export async function startRoundRobinProxy(backends: Backend[], port = 0): Promise<RoundRobinProxy> {
  if (backends.length === 0) throw new Error('the proxy needs at least one backend');
  let next = 0;
  const forwarded = backends.map(() => 0);
  const refused = backends.map(() => 0);
  // Its own agent with keep-alive: reused connections are how a real balancer talks to backends.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const server = http.createServer((request, response) => {
    // The body is buffered so a refused connection can be tried elsewhere with the same bytes.
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const start = next;
      next = (next + 1) % backends.length;
      forward(start, 0, body);
    });

    function forward(index: number, tries: number, body: Buffer): void {
      const backend = backends[index] as Backend;
      let sent = false;
      const headers = endToEnd(request.headers);
      headers['content-length'] = String(body.length);
      headers['x-forwarded-for'] = request.socket.remoteAddress ?? '127.0.0.1';
      const upstream = http.request(
        { host: backend.host, port: backend.port, method: request.method, path: request.url, headers, agent },
        (answer) => {
          forwarded[index] = (forwarded[index] ?? 0) + 1;
          response.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
          answer.pipe(response);
          answer.on('error', () => response.destroy());
        },
      );
      // "Reached a backend" means a socket connected: from then on the backend may have read it.
      upstream.on('socket', (socket: net.Socket) => {
        if (!socket.connecting) sent = true;
        else socket.once('connect', () => (sent = true));
      });
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (!sent && error.code === 'ECONNREFUSED' && tries + 1 < backends.length) {
          refused[index] = (refused[index] ?? 0) + 1;
          forward((index + 1) % backends.length, tries + 1, body);
          return;
        }
        if (error.code === 'ECONNREFUSED') refused[index] = (refused[index] ?? 0) + 1;
        if (response.headersSent) {
          response.destroy();
          return;
        }
        // 502 with what happened: the client decides whether its write is unknown.
        response.writeHead(502, { 'content-type': 'application/json', 'x-proxy-error': error.code ?? 'ERROR' });
        response.end(
          JSON.stringify({
            errors: [
              {
                message: `proxy: backend ${backend.port} failed (${error.code ?? error.message})`,
                extensions: {
                  code: 'BAD_GATEWAY',
                  reason: error.code === 'ECONNREFUSED' ? 'REFUSED' : 'UPSTREAM_FAILED',
                },
              },
            ],
          }),
        );
      });
      upstream.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}`,
    forwarded,
    refused,
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
