/** Every command group of the `custos` CLI. Add one line per group. */
import type { Register } from './program.js';
import { registerInit, registerServe } from './serve.js';
import { registerPolicy } from './policy.js';
import { registerScan } from './scan.js';
import { registerKeys } from './keys.js';
import { registerAudit } from './audit.js';
import { registerSubjects } from './subjects.js';
import { registerRetention } from './retention.js';
import { registerBackup } from './backup.js';
import { registerConsents } from './consents.js';
import { registerVisits } from './visits.js';
import { registerDisclosures } from './disclosures.js';
import { registerOutbox } from './outbox.js';
import { registerAdmin } from './admin.js';
import { registerRequests } from './requests.js';

export const COMMANDS: Register[] = [registerInit, registerServe, registerPolicy, registerKeys, registerAudit, registerConsents, registerVisits, registerScan, registerDisclosures, registerSubjects, registerRetention, registerBackup, registerOutbox, registerAdmin, registerRequests];
