/** The Custos SDK. */
export { Custos, type OpenOptions, type OpenInfo } from './custos.js';
export { CustosError, ERRORS, type ErrorCode, type ErrorDetail } from './errors.js';
export { parsePolicy, loadPolicyFile } from './policy/load.js';
// announcing a changed policy (Custos.open refuses one with unannounced material changes)
export { publishPolicy, pendingAnnouncement, type PublishOptions, type PublishReport } from './policy/publish.js';
export type { Policy, Category, Purpose, Role, Recipient, Jurisdiction, Language } from './policy/schema.js';
export type { SubjectRecord, CreateSubjectInput, StoredRecord } from './vault/vault.js';
