// A real SMTP server process (smtp-server) used as a sink by the mail tests. It prints one JSON line
// per event on stdout: {"type":"ready","port":N}, {"type":"message",...}, {"type":"rejected",...}.
// SINK_AUTH=user:pass requires authentication; SINK_REJECT_RCPT=n answers the first n RCPT TO with
// SINK_REJECT_CODE (default 451); SINK_REJECT_DATA=n does the same for the first n messages' DATA.
// Each line `sync` on stdin is answered with {"type":"synced"}: the events of every SMTP exchange the
// client saw answered before it wrote that line come first (each is written before its answer is sent).
import { SMTPServer } from 'smtp-server';
import { createInterface } from 'node:readline';

const auth = process.env.SINK_AUTH;
const rejectRcpt = Number(process.env.SINK_REJECT_RCPT ?? 0);
const rejectData = Number(process.env.SINK_REJECT_DATA ?? 0);
const code = Number(process.env.SINK_REJECT_CODE ?? 451);
let rcpts = 0;
let datas = 0;

const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const fail = (message) => Object.assign(new Error(message), { responseCode: code });

const server = new SMTPServer({
  logger: false,
  closeTimeout: 500,
  disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
  allowInsecureAuth: true,
  authOptional: !auth,
  onAuth(a, _session, cb) {
    const [user, pass] = auth.split(':');
    if (a.username === user && a.password === pass) return cb(null, { user });
    out({ type: 'rejected', stage: 'auth' });
    cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
  },
  onRcptTo(_addr, _session, cb) {
    if (rcpts++ < rejectRcpt) {
      out({ type: 'rejected', stage: 'rcpt' });
      return cb(fail('Mailbox busy, try again later'));
    }
    cb();
  },
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      if (datas++ < rejectData) {
        out({ type: 'rejected', stage: 'data' });
        return cb(fail('Temporary local problem, try again later'));
      }
      out({
        type: 'message',
        user: session.user ?? null,
        from: session.envelope.mailFrom && session.envelope.mailFrom.address,
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      cb();
    });
  },
});

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'sync') out({ type: 'synced' });
});
server.listen(0, '127.0.0.1', () => out({ type: 'ready', port: server.server.address().port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
