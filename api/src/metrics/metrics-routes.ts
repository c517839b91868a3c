import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'express';
import { refusalBody, sendRefusal } from '../common/errors';
import { log } from '../common/log';
import { bearerMatches } from './access';
import type { Metrics } from './metrics';

async function answer(metrics: Metrics, res: http.ServerResponse): Promise<void> {
  try {
    const text = await metrics.scrape();
    res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
    res.end(text);
  } catch (error) {
    log.error('metrics scrape failed', { message: (error as Error).message });
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(refusalBody('INTERNAL_SERVER_ERROR', 'UNEXPECTED', 'The metrics could not be gathered.')));
  }
}

/**
 * `/metrics` on the main port: only with the configured token. Without one configured it is not
 * there (404, as any unknown path), so an unconfigured server says nothing about itself.
 */
export function metricsOnMainPort(metrics: Metrics, token: string | undefined) {
  return (req: Request, res: Response) => {
    if (!token) {
      sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ROUTE', 'Not found.');
      return;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res.set('WWW-Authenticate', 'Bearer realm="metrics"');
      sendRefusal(res, 401, 'UNAUTHENTICATED', 'METRICS_TOKEN', 'Send the metrics token as a bearer token.');
      return;
    }
    void answer(metrics, res);
  };
}

/**
 * A second, tiny listener that serves `/metrics` and nothing else, without a token: its address is
 * the access control (bind it to an interface only the scraper reaches).
 */
export async function startMetricsListener(
  metrics: Metrics,
  port: number,
  host: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      void answer(metrics, res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(refusalBody('NOT_FOUND', 'UNKNOWN_ROUTE', 'Not found.')));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
