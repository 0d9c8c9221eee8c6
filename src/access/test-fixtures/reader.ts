// Test fixture: audited reads in a loop, printing each one that returned, until killed.
import { Custos } from '../../custos.js';

const custos = await Custos.open({
  policy: new URL('../../../examples/tutoring-marketplace.policy.yaml', import.meta.url).pathname,
  dataDir: process.env.FIXTURE_DATA_DIR!,
  database: process.env.FIXTURE_DATABASE!,
  schema: process.env.FIXTURE_SCHEMA!,
  keys: { masterKey: Buffer.from(process.env.FIXTURE_KEY!, 'hex') },
});
const actor = { keyId: 'fixture-reader', role: 'support' };
let n = 0;
for (;;) {
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      await custos.subjects.read(process.env.FIXTURE_SUBJECT!, { actor, purpose: 'support', fields: ['name'] });
      process.stdout.write(`read ${n++}\n`);
    }),
  );
}
