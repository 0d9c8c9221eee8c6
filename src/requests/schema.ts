import type { Migration } from '../store/migrate.js';

/**
 * Requests are workflow records keyed by request id: they hold no personal data in clear (details and
 * results are sealed with the subject's data key, so erasure shreds them too). Intakes are short-lived
 * (until verified or expired) and hold only a blind index of the identifier and a keyed hash of the code.
 */
export const REQUEST_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'requests',
    sql: `
CREATE TABLE request_intakes (
  intake_id TEXT PRIMARY KEY,
  request_type TEXT NOT NULL,
  language TEXT NOT NULL,
  identifier_digest TEXT NOT NULL,
  ip_prefix TEXT NOT NULL,
  subject_id TEXT,
  code_hash BLOB NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  code_expires_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  verified_at BIGINT,
  details BLOB,
  agent BLOB,
  created_at BIGINT NOT NULL
);
CREATE INDEX request_intakes_by_identifier ON request_intakes (identifier_digest, created_at);
CREATE INDEX request_intakes_by_ip ON request_intakes (ip_prefix, created_at);
CREATE TABLE requests (
  request_id TEXT PRIMARY KEY,
  subject_id TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  channel TEXT NOT NULL,
  language TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  due_at BIGINT NOT NULL,
  acknowledge_by BIGINT,
  due_rule TEXT NOT NULL,
  extended_until BIGINT,
  assignee TEXT,
  approved_by TEXT,
  completed_at BIGINT,
  refusal_code TEXT,
  fee_amount DOUBLE PRECISION,
  fee_currency TEXT,
  fee_paid_at BIGINT,
  export_expires_at BIGINT,
  details BLOB,
  result BLOB
);
CREATE INDEX requests_by_subject ON requests (subject_id, type, status);
CREATE INDEX requests_by_due ON requests (status, due_at);
CREATE TABLE request_events (
  request_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  event TEXT NOT NULL,
  note BLOB,
  PRIMARY KEY (request_id, seq)
);
-- data under a legal hold, kept after erasure (seed 002: tax records), sealed with a hold key of its own
CREATE TABLE held_data (
  subject_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  hold TEXT NOT NULL,
  category TEXT NOT NULL,
  ciphertext BLOB NOT NULL,
  held_until BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, item_id)
);
CREATE INDEX held_data_by_end ON held_data (held_until);
-- public content kept without its author after erasure (seed 002: reviews are de-attributed)
CREATE TABLE deattributed_content (
  content_id TEXT PRIMARY KEY,
  category TEXT NOT NULL,
  ciphertext BLOB NOT NULL,
  created_at BIGINT NOT NULL
);`,
  },
  {
    version: 2,
    name: 'intake code resends',
    // resending a code gives no new attempts; resends per intake are counted and capped
    sql: 'ALTER TABLE request_intakes ADD COLUMN resends INTEGER NOT NULL DEFAULT 0;',
  },
  {
    version: 3,
    name: 'request claims',
    // an approval, fulfilment or refusal claims the request first: two at once cannot both act on it
    sql: 'ALTER TABLE requests ADD COLUMN claimed_until BIGINT;',
  },
  {
    version: 4,
    name: 'requests detached from erased persons',
    // set at erasure: when the retention run detaches the request from the subject id (see Requests.forget)
    sql: 'ALTER TABLE requests ADD COLUMN detach_at BIGINT; CREATE INDEX requests_to_detach ON requests (detach_at);',
  },
  {
    version: 5,
    name: 'verification codes counted per identifier and network',
    // one row per code sent (or that would have been, for an identifier not on file), kept an hour: the
    // blind index of the identifier, the client network (/24 or /48), the time. See Intakes.codeAllowed.
    sql: `CREATE TABLE intake_codes (identifier_digest TEXT NOT NULL, ip_prefix TEXT NOT NULL, sent_at BIGINT NOT NULL);
CREATE INDEX intake_codes_by_identifier ON intake_codes (identifier_digest, sent_at);
CREATE INDEX intake_codes_by_time ON intake_codes (sent_at);`,
  },
  {
    version: 6,
    name: 'proof of control of a new email or phone',
    // An intake of purpose `new_identifier` carries a code sent to the NEW email or phone of a correction:
    // tied to the person from the start, to the filed request it is for (staff) if any, and the new value
    // sealed (`target`) so a new code can be sent to it. A correction request records which identifier it
    // changes (a category name), and when and how control of the new value was proven.
    sql: `ALTER TABLE request_intakes ADD COLUMN purpose TEXT NOT NULL DEFAULT 'identity';
ALTER TABLE request_intakes ADD COLUMN request_id TEXT;
ALTER TABLE request_intakes ADD COLUMN target BLOB;
ALTER TABLE requests ADD COLUMN identifier_change TEXT;
ALTER TABLE requests ADD COLUMN identifier_proof TEXT;
ALTER TABLE requests ADD COLUMN identifier_confirmed_at BIGINT;`,
  },
  {
    version: 7,
    name: 'codes sent for a request',
    // codes staff sent to the new email or phone of a filed correction: capped per request (the
    // confirmations themselves are purged once expired, so they cannot be counted)
    sql: 'ALTER TABLE requests ADD COLUMN identifier_codes INTEGER NOT NULL DEFAULT 0;',
  },
  {
    version: 8,
    name: 'time zone of the deadlines, fixed at filing',
    // The zone the deadlines were counted in when the request was filed (IANA): its due day is a day
    // there for good, whatever the policy says later (for EU, controller.country chooses the member
    // state). Rows filed before have none, and SQL cannot work it out (it depends on the policy): they
    // keep the zone of the policy in force when they are read (see Requests.timeZone).
    sql: 'ALTER TABLE requests ADD COLUMN time_zone TEXT;',
  },
  {
    version: 9,
    name: 'what set the due date, and the extension the law allowed, fixed at filing',
    // `due_basis`: 'law' or 'promise' (a policy promise shorter than the law); `extension_until`: the due
    // date the law's extension gives (null: none). Both as counted at filing, on the calendar of that day
    // (the policy's extra holidays may change later). Rows filed before have neither: an extension is
    // worked out on the calendar of the policy in force (see Requests.extend).
    sql: 'ALTER TABLE requests ADD COLUMN due_basis TEXT;\nALTER TABLE requests ADD COLUMN extension_until BIGINT;',
  },
];
