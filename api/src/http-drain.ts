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
 *
 * The listener closes only once connections have stopped arriving for a moment: those the kernel
 * has completed but a busy event loop has not accepted yet are reset by the close. On a loaded
 * machine the last 7 of 35 requests, still arriving one connection every 40–70 ms a second after
 * SIGTERM, were reset so; a quiet window of 250 ms (bounded by the grace period) lets them in.
 */
/** How long no new connection may have arrived before the listener closes. */
const ACCEPT_QUIET_MS = 250;

export function trackConnections(server: http.Server) {
  const active = new Map<Socket, number>();
  let draining = false;
  let lastConnectionAt = 0;

  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    lastConnectionAt = Date.now();
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
      const deadline = Date.now() + options.graceMs;
      // Each round ends after a poll phase (setImmediate), so connections waiting to be accepted
      // have been seen before the quiet window is judged.
      do {
        await wait(ACCEPT_QUIET_MS);
        await new Promise((resolve) => setImmediate(resolve));
      } while (Date.now() - lastConnectionAt < ACCEPT_QUIET_MS && Date.now() < deadline);
      // Stop listening without Node's own idle-connection sweep (http.Server#close does one).
      const closed = new Promise<void>((resolve) => {
        net.Server.prototype.close.call(server, () => resolve());
      });
      for (const socket of idleSockets()) socket.end();
      while ([...active.values()].some((requests) => requests > 0) && Date.now() < deadline) await wait(25);
      for (const socket of active.keys()) socket.destroy();
      await closed;
    },
  };
}
