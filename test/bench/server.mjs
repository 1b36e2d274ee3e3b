// A Bot API stand-in for the benchmarks: node:http on loopback, keep-alive, one fixed
// sendMessage result for every request. Run as its own process so that its CPU is not
// counted against the clients. Prints {"port": N} on its first line of stdout.
import { createServer } from 'node:http';

const result = JSON.stringify({
  ok: true,
  result: {
    message_id: 4242,
    message_thread_id: 42,
    date: 1_767_225_600,
    chat: { id: -1001234567890, title: 'Bench forum', type: 'supergroup', is_forum: true },
    from: { id: 123456, is_bot: true, first_name: 'Bench', username: 'bench_bot' },
    is_topic_message: true,
    text: 'Build #42 passed',
    reply_markup: {
      inline_keyboard: [
        [
          { text: 'Approve', callback_data: 'ok' },
          { text: 'Reject', callback_data: 'no' },
        ],
      ],
    },
  },
});
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(result) };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(result);
  });
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 61_000;
server.maxRequestsPerSocket = 0;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
