import type http from 'node:http';
import net, { type Socket } from 'node:net';

/**
 * Graceful shutdown of an HTTP server, so every request it has received is answered.
 *
 * Node's `server.close()` also destroys connections that have no request in progress — including
 * ones just accepted whose request bytes have not been parsed yet — and closing the listener resets
 * connections still waiting in the kernel's accept queue. On a busy, freshly started server that
 * reset most of 35 in-flight requests. So: first keep serving for a moment while answering every
 * request with `Connection: close` (and `/readyz` 503, see `draining`), then stop listening, close
 * the connections that are idle, wait for the rest, and cut what is left after the grace period.
 */
export function trackConnections(server: http.Server) {
  const active = new Map<Socket, number>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    socket.once('close', () => active.delete(socket));
  });
  // Before the app's own listener, which may answer at once.
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    active.set(socket, (active.get(socket) ?? 0) + 1);
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      const left = (active.get(socket) ?? 1) - 1;
      if (!active.has(socket)) return;
      active.set(socket, left);
      if (draining && left === 0) socket.end();
    });
  });

  const idleSockets = () => [...active].filter(([, requests]) => requests === 0).map(([socket]) => socket);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  return {
    get draining() {
      return draining;
    },
    async drain(options: { delayMs: number; graceMs: number }): Promise<void> {
      draining = true;
      await wait(options.delayMs);
      // Stop listening without Node's own idle-connection sweep (http.Server#close does one).
      const closed = new Promise<void>((resolve) => {
        net.Server.prototype.close.call(server, () => resolve());
      });
      for (const socket of idleSockets()) socket.end();
      const deadline = Date.now() + options.graceMs;
      while ([...active.values()].some((requests) => requests > 0) && Date.now() < deadline) await wait(25);
      for (const socket of active.keys()) socket.destroy();
      await closed;
    },
  };
}
