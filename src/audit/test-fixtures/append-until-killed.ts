/**
 * Appends audit entries until killed, printing each acknowledged sequence number on its own line.
 * Argument: a JSON StoreLocation. Used by the durability test, which kills it with SIGKILL.
 */
import { AuditLog } from '../log.js';
import { openStores, type StoreLocation } from './stores.js';

const at = JSON.parse(process.argv[2]) as StoreLocation;
const stores = await openStores(at);
const log = await AuditLog.open(stores.db, stores.keyDb, { checkpointEvery: 500 });
process.stdout.write('ready\n');
let i = 0;
for (;;) {
  await Promise.all(
    Array.from({ length: 25 }, () =>
      log
        .append({ actor: { keyId: 'durability', role: 'support' }, action: 'subject.read', purpose: 'support', subjectId: `s${i++ % 1000}`, fields: ['email'], outcome: 'allowed' })
        .then(({ seq }) => void process.stdout.write(`${seq}\n`)),
    ),
  );
}
