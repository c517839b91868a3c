// Opens a graphql-ws socket on <base>/graphql with the given Origin and bearer token, subscribes
// to the moderation queue and prints one line: `refused <status>`, or `ack` followed by `open` if
// the subscription is still running after a second (an error or a completion is printed instead).
//   node .ci/live-socket-probe.cjs http://127.0.0.1:8080 http://127.0.0.1:8080 <token>
const path = require('node:path');
const { createRequire } = require('node:module');

// ws is a dependency of the test package (Node 20 has no WebSocket client of its own).
const WebSocket = createRequire(path.join(__dirname, '..', 'test', 'package.json'))('ws');
const [base, origin, token] = process.argv.slice(2);

const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
  headers: { origin, authorization: `Bearer ${token}` },
});
const done = (line) => {
  process.stdout.write(`${line}\n`);
  socket.terminate();
  process.exit(0);
};
socket.on('unexpected-response', (_request, response) => done(`refused ${response.statusCode}`));
socket.on('error', (error) => done(`error ${error.message}`));
socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
socket.on('message', (raw) => {
  const message = JSON.parse(String(raw));
  if (message.type === 'connection_ack') {
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: 'subscription { moderationQueueChanged { kind } }' },
      }),
    );
    setTimeout(() => done('ack open'), 1000);
  } else if (message.type !== 'ping' && message.type !== 'pong') {
    done(`ack ${message.type} ${JSON.stringify(message.payload ?? null).slice(0, 300)}`);
  }
});
socket.on('close', (code) => done(`closed ${code}`));
