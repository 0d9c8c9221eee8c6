/**
 * `Custos.open(...)`: opens the stores, checks the master key, runs migrations and wires the services.
 * The SDK, the HTTP server and the CLI all stand on this object.
 */
import { mkdirSync, chmodSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Db } from './store/db.js';
import { SqliteDb } from './store/sqlite.js';
import { openPostgres } from './store/postgres.js';
import { migrate } from './store/migrate.js';
import { DATA_MIGRATIONS, SUBJECT_VERSION_MIGRATIONS } from './store/schema.js';
import { Keyring } from './crypto/keyring.js';
import { resolveMasterKey, parseMasterKey } from './crypto/master-key.js';
import { loadPolicyFile, parsePolicy } from './policy/load.js';
import type { Policy } from './policy/schema.js';
import { Vault, type SpecialCareCheck } from './vault/vault.js';
import { CustosError, fileProblem } from './errors.js';
import type { Actor } from './access/keys.js';
import { PolicyVersions, type PolicyVersion } from './policy/versions.js';
import { ConsentStore } from './consent/store.js';
import { Receipts } from './consent/receipts.js';
import { Preferences } from './consent/preferences.js';
import { CookieConsent } from './consent/cookies.js';
import { Visits } from './telemetry/visits.js';
import { Restrictions } from './access/restrictions.js';
import { ApiKeys } from './access/keys.js';
import { ACCESS_MIGRATIONS } from './access/schema.js';
import { Subjects } from './access/subjects.js';
import { AuditLog } from './audit/log.js';
import { specialCareKinds } from './detect/special-care.js';
import { SubjectTokens, TOKEN_MIGRATIONS } from './requests/tokens.js';
import { Intakes, type SmsSender } from './requests/intake.js';
import { LegalHolds } from './requests/holds.js';
import { Requests } from './requests/service.js';
import type { ExportSection } from './requests/export.js';
import { REQUEST_MIGRATIONS } from './requests/schema.js';
import { AccessMonitor, type MonitorOptions } from './audit/monitor.js';
import { keyFileOf, redactUrl, settingsFromEnv } from './config.js';
import { Disclosures } from './disclosures/disclosures.js';
import { Incidents, consentLanguage } from './incidents/incidents.js';
import { AdminPassword } from './access/admin-password.js';
import type { OutboxWriter } from './mail/types.js';
import { Retention } from './retention/retention.js';
import { Outbox, type OutboxOptions } from './mail/outbox.js';
import { transportFromEnv } from './mail/transports.js';
import type { MailTransport } from './mail/types.js';
import { Jobs } from './jobs/jobs.js';
import { assertAnnounced } from './policy/publish.js';
import { finishPendingRestore, type FinishedRestore } from './backup/reconcile.js';
import { pendingDirOf, storeTarget } from './backup/pending.js';

export interface OpenOptions {
  /** A policy file path, YAML text (`{ yaml }`), or an already parsed policy. Default: CUSTOS_POLICY or the example. */
  policy?: string | { yaml: string; file?: string } | Policy;
  /** `postgres://...` for PostgreSQL; otherwise the SQLite file (default `<dataDir>/custos.db`). */
  database?: string;
  /**
   * Directory for the SQLite stores and the key file. Default CUSTOS_DATA_DIR or ./custos-data. Also where
   * a restore leaves its pending reconcile (`restore-pending/`), which `open` finishes before anything is
   * served: open restored stores with the data directory the restore was given, PostgreSQL ones too.
   */
  dataDir?: string;
  /** PostgreSQL schema for the data store; the key store uses `<schema>_keys`. Default `custos`. */
  schema?: string;
  keys?: {
    /** 32-byte master key (Buffer, base64 or hex). Default CUSTOS_MASTER_KEY, then the key file. */
    masterKey?: Buffer | string;
    /** Key file path. Default `<dataDir>/master.key`. */
    keyFile?: string;
    /** Create the key file when neither key nor file exists (what `custos init` does). */
    create?: boolean;
    /** Key store location: a SQLite file, or `postgres://...`. Default: beside the data store. */
    database?: string;
  };
  /** Free-text checker for special-care data (default: the multilingual detector in src/detect). */
  specialCare?: SpecialCareCheck;
  /** Clock, for tests of deadlines and ages. */
  now?: () => Date;
  /** Sends verification codes to phones (the privacy center falls back to the email on file without it). */
  sms?: SmsSender;
  /** Called with every SQL statement sent to the PostgreSQL data store (tracing, the Citus-readiness test). */
  traceSql?: (sql: string) => void;
  /** Access monitoring (rules from the policy's `monitoring` section); `false` turns it off. */
  monitor?: MonitorOptions | false;
  /**
   * Mail: the transport (default from CUSTOS_SMTP_URL / CUSTOS_MAIL_TRANSPORT; `null`: none, mail stays
   * queued), the one when the environment names none (`defaultTransport`: `files`, as `custos serve --demo`
   * has it), and retry settings.
   */
  mail?: OutboxOptions & { transport?: MailTransport | null; defaultTransport?: 'files' };
  /**
   * Open a policy with material changes that subjects have not been told about (since the last announced
   * version). Without it such a policy is refused as `custos serve` refuses it (CUSTOS_POLICY_VIOLATION,
   * rule `policy_change_not_announced`): no new use starts without notice. Only for announcing the policy
   * (`publishPolicy`, what `custos policy publish` does) and for tools that use no personal data.
   */
  allowUnannouncedChanges?: boolean;
}

export interface OpenInfo {
  dataDir: string;
  /** Cookies carry `Secure` (set CUSTOS_SECURE_COOKIES=1 when served over HTTPS behind a proxy). */
  secureCookies: boolean;
  database: string;
  keyStore: string;
  keySource: 'env' | 'file' | 'option';
  keyFile?: string;
  keyCreated: boolean;
  policyFile?: string;
}

/** The data directory (mode 0700), made if it is not there; `field` names where it was given. */
function makeDataDir(dir: string, field: string): void {
  const refuse = (problem: string) => new CustosError('CUSTOS_CONFIG', `${field}: ${dir} cannot be the data directory: ${problem}`, [{ field, rule: 'data_directory', message: problem }]);
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      return;
    } catch (e) {
      throw refuse(fileProblem(e));
    }
  }
  if (!isDir) throw refuse('it is not a directory');
}

function isPostgres(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export { redactUrl };

function loadPolicy(p: OpenOptions['policy'], fallback: string): { policy: Policy; file?: string } {
  if (p === undefined) return { policy: loadPolicyFile(fallback).policy, file: fallback };
  if (typeof p === 'string') return { policy: loadPolicyFile(p).policy, file: p };
  if ('yaml' in p && typeof p.yaml === 'string') return { policy: parsePolicy(p.yaml, p.file ?? 'policy.yaml'), file: p.file };
  return { policy: p as Policy };
}

async function openStore(location: string, schema: string, trace?: (sql: string) => void): Promise<Db> {
  if (isPostgres(location)) return openPostgres({ url: location, schema, trace });
  const db = new SqliteDb(location);
  return db;
}

export interface CustosParts {
  db: Db;
  keyDb: Db;
  keyring: Keyring;
  vault: Vault;
  versions: PolicyVersions;
  consents: ConsentStore;
  receipts: Receipts;
  visits: Visits;
  restrictions: Restrictions;
  audit: AuditLog;
  outbox: Outbox;
  jobs: Jobs;
  now: () => Date;
  sms?: SmsSender;
}

export class Custos {
  private closed = false;
  readonly db: Db;
  readonly keyDb: Db;
  readonly keyring: Keyring;
  /** Raw encrypted storage. Internal: applications use `subjects`, which enforces the policy. */
  readonly vault: Vault;
  readonly versions: PolicyVersions;
  readonly consents: ConsentStore;
  readonly restrictions: Restrictions;
  readonly audit: AuditLog;
  readonly keys: ApiKeys;
  /** The controller's consent-receipt key: signs receipts (ISO/IEC TS 27560 fields, JWS) and verifies them. */
  readonly receipts: Receipts;
  /** Consent actions with receipts, history, marketing preferences per channel, `maySend`. */
  readonly preferences: Preferences;
  /** Cookie categories from the policy, banner choices, subject tokens, GPC. */
  readonly cookieConsent: CookieConsent;
  /** The visit log: collect, report, retention purge. */
  readonly visits: Visits;
  /** Purpose-bound, audited access to personal data. */
  readonly subjects: Subjects;
  /** Watches the audit stream for bulk reads, denial bursts, out-of-hours and maintenance reads. */
  readonly monitor?: AccessMonitor;
  /** Recipients registry, provision with basis check, ledger, received-data records, anonymised statistics, records of processing. */
  readonly disclosures: Disclosures;
  /** Breach register: regulator deadlines, notices to the persons, reminders. */
  readonly incidents: Incidents;
  /** The admin console's password sign-in and sessions (`custos admin set-password`). */
  readonly admin: AdminPassword;
  /** Retention runs (`retention.run({ dryRun })`); modules register their purges with `retention.register`. */
  readonly retention: Retention;
  /** Durable mail queue with delivery through the configured transport. */
  readonly outbox: Outbox;
  /** Durable scheduled work (deadline reminders, purges, mail delivery); modules register handlers by kind. */
  readonly jobs: Jobs;
  /** Short-lived signed sessions for verified people (privacy center) and applications' signed-in users. */
  readonly subjectTokens: SubjectTokens;
  /** Identity first: request intakes and their verification codes. */
  readonly intakes: Intakes;
  /** Data kept after erasure under a legal hold, and de-attributed public content. */
  readonly holds: LegalHolds;
  /** Data-subject requests: filing, deadlines, fulfilment, extension, refusal, the staff queue. */
  readonly requests: Requests;
  /** Sections other modules add to every access export (disclosures ledger, received data). */
  readonly exportSections: ExportSection[] = [];
  /**
   * The reconcile `open` finished of restores pending in the data directory (a restore just made, or one
   * stopped half way): erasures made since the backup were made again before anything was served.
   * Undefined when none was pending.
   */
  finishedRestore: FinishedRestore | undefined;
  private current: PolicyVersion;

  private constructor(
    parts: CustosParts,
    version: PolicyVersion,
    readonly info: OpenInfo,
    monitor: MonitorOptions | false | undefined,
  ) {
    this.db = parts.db;
    this.keyDb = parts.keyDb;
    this.keyring = parts.keyring;
    this.vault = parts.vault;
    this.versions = parts.versions;
    this.consents = parts.consents;
    this.restrictions = parts.restrictions;
    this.audit = parts.audit;
    this.outbox = parts.outbox;
    this.jobs = parts.jobs;
    this.jobs.register('mail.deliver', async () => {
      await this.outbox.deliver();
    });
    this.current = version;
    this.keys = new ApiKeys(this.db, () => this.policy, this.audit, this.keyring.derive('api-key-mac/v1'), parts.now);
    this.subjects = new Subjects(
      this.vault,
      () => this.policy,
      this.consents,
      this.restrictions,
      this.audit,
      (category, purpose) => this.versions.coveredSince(category, purpose, this.current.ordinal),
      [
        (ids) => this.consents.forget(ids),
        (ids) => this.incidents.forget(ids),
        (ids) => this.restrictions.forget(ids),
        (ids) => this.outbox.forgetSubjects(ids),
        (ids) => this.intakes.forget(ids),
        (ids) => this.requests.forget(ids),
      ],
      (category, purpose) => this.versions.newUseSince(category, purpose, this.current.ordinal),
    );
    this.subjectTokens = new SubjectTokens(this.keyring.derive('subject-token/v1'), parts.now, this.db);
    this.intakes = new Intakes(this.db, this.keyring, this.vault, () => this.policy, this.outbox, parts.sms, parts.now);
    this.holds = new LegalHolds(this.db, this.keyring, this.vault, this.audit, () => this.policy);
    // (a marketing objection withdraws through the preferences service, made below: receipted and audited)
    const withdraw = { withdraw: (subjectId: string, purposes: string[], actor: Actor) => this.preferences.record(subjectId, { event: 'withdraw', purposes, method: 'privacy_center' }, actor) };
    this.requests = new Requests(this.db, this.vault, this.subjects, withdraw, this.restrictions, this.holds, this.audit, this.outbox, () => this.policy, parts.now, this.intakes);
    // every erasure keeps what a legal hold covers first (an erasure request reports it to the person)
    this.subjects.keepBeforeErasure((ids) => this.requests.keepHeldFor(ids));
    this.retention = new Retention(this.vault, () => this.policy, this.subjects, this.audit);
    // Daily in the server (custos serve schedules it); a failed purge fails the job, which is retried.
    // Reminders before a request's due date and escalation when overdue, to the privacy contact.
    this.jobs.register('requests.remind', async () => {
      await this.requests.remind(this.policy.controller.contact.email, async (count, oldestDue) => {
        await this.monitor?.raise('requests_overdue', count, { start: oldestDue, end: new Date().toISOString() });
      });
    });
    this.jobs.register('retention.run', async () => {
      const r = await this.retention.run();
      if (r.failures.length > 0) throw new Error(`retention purges failed: ${r.failures.map((f) => f.hook).join(', ')}`);
    });
    this.retention.register('visits', (now, dryRun) => (dryRun ? this.visits.countExpired(now) : this.visits.purgeExpired(now)));
    this.retention.register('cookie_choices', (now, dryRun) => this.cookieConsent.purgeExpired(now, dryRun));
    const disclosures = (this.disclosures = new Disclosures({ db: this.db, policy: () => this.policy, vault: this.vault, subjects: this.subjects, restrictions: this.restrictions, audit: this.audit }));
    this.retention.register('disclosure_ledger', this.disclosures.retentionPurge);
    this.retention.register('interrupted_erasures', (_now, dryRun) => this.subjects.finishInterruptedErasures(dryRun));
    this.retention.register('erased_record_ciphertext', (_now, dryRun) => this.vault.purgeErasedRecords(dryRun));
    this.retention.register('revoked_sessions', (now, dryRun) => this.subjectTokens.purgeExpired(now, dryRun));
    this.retention.register('admin_sign_outs', (now, dryRun) => this.admin.purgeExpired(now, dryRun));
    this.retention.register('request_intakes', (now, dryRun) => this.intakes.purgeExpired(now, dryRun));
    this.retention.register('requests_of_erased', (now, dryRun) => this.requests.detachErased(now, dryRun));
    this.retention.register('legal_holds_ended', (now, dryRun) => this.holds.purgeExpired(now, dryRun));
    // APPI Art. 29/30: the person's access export includes provisions to third parties and data received about them.
    this.exportSections.push(
      {
        name: 'disclosures',
        columns: ['recordedAt', 'recipient', 'recipientAddress', 'recipientRepresentative', 'recipientCountry', 'categories', 'purpose', 'basis', 'reference', 'periodFrom', 'periodTo'],
        rows: async function* (this: void, subjectId: string) {
          for (const e of await disclosures.forSubject(subjectId))
            yield { recordedAt: e.recordedAt, recipient: e.recipient.name, recipientAddress: e.recipient.address ?? null, recipientRepresentative: e.recipient.representative ?? null, recipientCountry: e.recipient.country ?? null, categories: e.categories.join(' '), purpose: e.purpose, basis: e.basisText, reference: e.reference ?? null, periodFrom: e.period.from, periodTo: e.period.to };
        },
      },
      {
        name: 'received_data',
        columns: ['receivedAt', 'provider', 'providerAddress', 'acquisition', 'categories', 'purpose'],
        rows: async function* (this: void, subjectId: string) {
          for (const r of await disclosures.receivedForSubject(subjectId))
            yield { receivedAt: r.receivedAt, provider: r.provider.name, providerAddress: r.provider.address, acquisition: r.acquisition, categories: r.categories.join(' '), purpose: r.purpose ?? null };
        },
      },
    );
    this.admin = new AdminPassword(this.db, this.keyring.derive('admin-session/v1'), this.keyring.derive('admin-password-mac/v1'), () => this.policy, this.audit, this.keys, parts.now);
    this.incidents = new Incidents({ db: this.db, policy: () => this.policy, vault: this.vault, audit: this.audit, outbox: () => (this as unknown as { outbox?: OutboxWriter }).outbox, jobs: () => this.jobs, languageOf: consentLanguage(this.consents), now: parts.now });
    this.receipts = parts.receipts;
    this.visits = parts.visits;
    this.preferences = new Preferences({
      policy: () => this.policy,
      version: () => this.current,
      store: this.consents,
      vault: this.vault,
      coveredSince: (category, purpose) => this.versions.coveredSince(category, purpose, this.current.ordinal),
      newUseSince: (category, purpose) => this.versions.newUseSince(category, purpose, this.current.ordinal),
      audit: this.audit,
      receipts: this.receipts,
      subjects: this.subjects,
    });
    this.cookieConsent = new CookieConsent({
      policy: () => this.policy,
      version: () => this.current,
      store: this.consents,
      preferences: this.preferences,
      tokenKey: this.keyring.derive('cookie-subject-token/v1'),
    });
    if (monitor !== false) this.monitor = new AccessMonitor(() => this.policy, this.audit, monitor ?? {});
  }

  /** The policy in force. */
  get policy(): Policy {
    return this.current.policy;
  }

  /** The version (ordinal) of the policy in force: consents record it. */
  get policyVersion(): PolicyVersion {
    return this.current;
  }

  static async open(opts: OpenOptions = {}): Promise<Custos> {
    const env = settingsFromEnv();
    const dataDir = opts.dataDir ?? env.dataDir;
    const { policy, file: policyFile } = loadPolicy(opts.policy, env.policyFile);
    const database = opts.database ?? env.databaseUrl ?? join(dataDir, 'custos.db');
    const pg = isPostgres(database);
    const schema = opts.schema ?? 'custos';
    const keyStoreLocation = opts.keys?.database ?? (pg ? database : join(dataDir, 'keys.db'));
    const keyFile = opts.keys?.keyFile ?? keyFileOf(dataDir);

    // The key comes first: a wrong or missing key stops here, before any store is touched; a key given
    // (the option, CUSTOS_MASTER_KEY) is checked before the data directory is made.
    let master: Buffer | undefined;
    let keySource: OpenInfo['keySource'] = 'option';
    let keyCreated = false;
    if (opts.keys?.masterKey !== undefined) {
      master = Buffer.isBuffer(opts.keys.masterKey) ? opts.keys.masterKey : parseMasterKey(opts.keys.masterKey, 'keys.masterKey');
      if (master.length !== 32) throw new CustosError('CUSTOS_CONFIG', 'keys.masterKey must be 32 bytes');
    } else if (env.masterKey) ({ key: master, source: keySource } = resolveMasterKey({ env: env.masterKey, file: keyFile }));
    if (!pg || !isPostgres(keyStoreLocation) || opts.keys?.create) makeDataDir(dataDir, opts.dataDir !== undefined ? 'dataDir' : 'CUSTOS_DATA_DIR');
    if (!master) {
      const r = resolveMasterKey({ file: keyFile, create: opts.keys?.create });
      master = r.key;
      keySource = r.source;
      keyCreated = r.created;
    }

    const keyDb = await openStore(keyStoreLocation, `${schema}_keys`);
    let db: Db | undefined;
    let audit: AuditLog | undefined;
    let outbox: Outbox | undefined;
    let opened: Custos | undefined;
    try {
      const keyring = await Keyring.open(keyDb, master);
      db = await openStore(database, schema, opts.traceSql);
      await migrate(db, 'vault', DATA_MIGRATIONS);
      await migrate(db, 'access', ACCESS_MIGRATIONS);
      // rows that grant power carry a MAC under a key derived from the master key (one label per use)
      await ApiKeys.migrate(db, keyring.derive('api-key-mac/v1'));
      await Disclosures.migrate(db);
      await Incidents.migrate(db);
      await AdminPassword.migrate(db, keyring.derive('admin-password-mac/v1'));
      const versions = await PolicyVersions.open(db);
      await migrate(db, 'subject-versions', SUBJECT_VERSION_MIGRATIONS);
      // The policy in force is always a recorded version (publishing the same policy again is a no-op).
      const { version } = await versions.publish(policy);
      const vault = new Vault(db, keyring, policy, opts.specialCare ?? specialCareKinds, opts.now, version.ordinal);
      // blind-index entries from before entries named their category (vault migrations 4, 5)
      await vault.indexLookupCategories();
      const consents = await ConsentStore.open(db);
      const receipts = await Receipts.open(keyDb, keyring.derive('receipt-signing/v1'), keyring.derive('receipt-signing-key-mac/v1'));
      const visits = await Visits.open(db, () => policy, {
        now: opts.now,
        analyticsGranted: async (visitorId) => (await consents.cookieChoices({ visitorId })).at(-1)?.analytics === true,
      });
      audit = await AuditLog.open(db, keyDb, {
        signingKeyEncryption: keyring.derive('audit-signing/v1'),
        signingKeyMac: keyring.derive('audit-signing-key-mac/v1'),
        now: opts.now,
      });
      const { transport: mailTransport, defaultTransport, ...mailOptions } = opts.mail ?? {};
      outbox = await Outbox.open(
        db,
        { keyring, vault, audit, policy: () => policy, transport: mailTransport === undefined ? transportFromEnv(policy.controller.contact.email, dataDir, process.env, defaultTransport) : (mailTransport ?? undefined), now: opts.now },
        mailOptions,
      );
      const jobs = await Jobs.open(db, { now: opts.now });
      await migrate(db, 'requests', REQUEST_MIGRATIONS);
      await migrate(db, 'subject-tokens', TOKEN_MIGRATIONS);
      const parts: CustosParts = {
        ...{ db, keyDb, keyring, vault, versions, consents, receipts, visits, restrictions: new Restrictions(db, audit, () => policy), audit, outbox, jobs },
        now: opts.now ?? (() => new Date()),
        sms: opts.sms,
      };
      const custos = new Custos(parts, version, {
        dataDir,
        secureCookies: process.env.CUSTOS_SECURE_COOKIES === '1' || process.env.CUSTOS_SECURE_COOKIES === 'true',
        database: pg ? `${redactUrl(database)} (schema ${schema})` : database,
        keyStore: isPostgres(keyStoreLocation) ? `${redactUrl(keyStoreLocation)} (schema ${schema}_keys)` : keyStoreLocation,
        keySource,
        keyFile: keySource === 'file' ? keyFile : undefined,
        keyCreated,
        policyFile,
        // on PostgreSQL several processes may share the store: one at a time follows the whole log
      }, opts.monitor === false ? false : { shared: !!pg, ...opts.monitor });
      opened = custos;
      // A restore leaves the list of the subjects the replaced stores held as erased pending in the data
      // directory (src/backup/pending.ts); they are erased again here, before anything is served, also when
      // the restore was stopped half way. A reconcile that fails stops the open and stays pending.
      custos.finishedRestore = await finishPendingRestore(custos, pendingDirOf(dataDir), storeTarget(pg ? { kind: 'postgres', url: database, schema } : { kind: 'sqlite', file: resolve(database) }));
      // A policy with material changes subjects were not told about does not go into service (as in serve).
      if (!opts.allowUnannouncedChanges) await assertAnnounced(custos);
      // the access monitor's windows carry on across a restart (read from the log before any new work)
      await custos.monitor?.start().catch(() => void custos.monitor!.stats.errors++);
      return custos;
    } catch (e) {
      if (opened) {
        await opened.close().catch(() => undefined);
        throw e;
      }
      // everything opened so far, last first: the audit log's writer thread and the mail transport would
      // otherwise keep the process alive after the error is printed
      await outbox?.close().catch(() => undefined);
      await audit?.close().catch(() => undefined);
      await db?.close().catch(() => undefined);
      await keyDb.close().catch(() => undefined);
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.jobs.stop();
    this.monitor?.stop();
    await this.monitor?.settled();
    await this.outbox.close();
    await this.audit.close();
    await this.vault.stopThread();
    await this.db.close();
    await this.keyDb.close();
  }
}
