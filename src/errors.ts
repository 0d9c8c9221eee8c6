/**
 * The one catalog of Custos errors. Every error a caller can see has a stable code, an HTTP status and a
 * CLI exit code, defined here and nowhere else. Messages never contain personal data: they name fields
 * and rules, not values.
 */

export interface ErrorSpec {
  status: number;
  exit: number;
  title: string;
}

export const ERRORS = {
  CUSTOS_INVALID_INPUT: { status: 400, exit: 2, title: 'Invalid input' },
  CUSTOS_POLICY_INVALID: { status: 422, exit: 1, title: 'Policy is invalid' },
  CUSTOS_UNKNOWN_PURPOSE: { status: 400, exit: 2, title: 'Unknown purpose' },
  CUSTOS_UNKNOWN_FIELD: { status: 400, exit: 2, title: 'Unknown field' },
  CUSTOS_UNDER_AGE: { status: 422, exit: 1, title: 'Subject is under the minimum age' },
  CUSTOS_SPECIAL_CARE: { status: 422, exit: 1, title: 'Special-care data is not collected' },
  CUSTOS_POLICY_VIOLATION: { status: 403, exit: 1, title: 'Policy violation' },
  CUSTOS_UNAUTHENTICATED: { status: 401, exit: 1, title: 'Authentication required' },
  CUSTOS_FORBIDDEN: { status: 403, exit: 1, title: 'Forbidden' },
  CUSTOS_NOT_FOUND: { status: 404, exit: 1, title: 'Not found' },
  CUSTOS_SUBJECT_ERASED: { status: 410, exit: 1, title: 'Subject has been erased' },
  CUSTOS_CONFLICT: { status: 409, exit: 1, title: 'Conflict' },
  CUSTOS_RATE_LIMITED: { status: 429, exit: 1, title: 'Too many requests' },
  CUSTOS_VERIFICATION_FAILED: { status: 400, exit: 1, title: 'Verification failed' },
  CUSTOS_REQUEST_STATE: { status: 409, exit: 1, title: 'Request is not in a state for this action' },
  CUSTOS_WRONG_MASTER_KEY: { status: 500, exit: 1, title: 'Master key does not match the key store' },
  CUSTOS_KEY_MISSING: { status: 500, exit: 1, title: 'No master key configured' },
  CUSTOS_CONFIG: { status: 500, exit: 2, title: 'Configuration error' },
  CUSTOS_STORE_UNAVAILABLE: { status: 503, exit: 1, title: 'Store unavailable' },
  CUSTOS_INTEGRITY: { status: 500, exit: 1, title: 'Integrity check failed' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetail {
  /** Dotted path of the offending field (`fields.email`, `categories.name.purposes[2]`). */
  field?: string;
  /** Machine-readable rule id (`email_syntax`, `unknown_purpose`). */
  rule: string;
  message: string;
  /** Source position, for errors in files. */
  file?: string;
  line?: number;
  column?: number;
}

export class CustosError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'CustosError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
  get title(): string {
    return ERRORS[this.code].title;
  }
}

/**
 * Several errors of one kind as one (each detail once, the messages joined), so that a request with more
 * than one bad value hears of all of them at once. Only errors of the first one's code are taken: the
 * others (another status) come up once those are mended.
 */
export function combinedErrors(errors: readonly CustosError[]): CustosError {
  if (errors.length === 1) return errors[0];
  const same = errors.filter((e) => e.code === errors[0].code);
  const seen = new Set<string>();
  const details = same.flatMap((e) => e.details).filter((d) => {
    const key = JSON.stringify([d.field, d.rule, d.message]);
    return !seen.has(key) && seen.add(key);
  });
  return new CustosError(errors[0].code, [...new Set(same.map((e) => e.message))].join('; '), details);
}

/** Runs `check` on every item, and throws the CustosErrors of those that failed as one (`combinedErrors`). */
export function checkEach<T>(items: Iterable<T>, check: (item: T) => void): void {
  const errors: CustosError[] = [];
  for (const item of items) {
    try {
      check(item);
    } catch (e) {
      if (!(e instanceof CustosError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) throw combinedErrors(errors);
}

export const invalidInput = (field: string, rule: string, message: string) =>
  new CustosError('CUSTOS_INVALID_INPUT', `${field}: ${message}`, [{ field, rule, message }]);

/** Something named by the request does not exist; `field` is the input that named it (default the path's id). */
export const notFound = (what: string, field = 'id') =>
  new CustosError('CUSTOS_NOT_FOUND', `${what} not found`, [{ field, rule: 'not_found', message: `${what} not found` }]);

/**
 * Runs `work`; an error it throws naming the input `core` names `field` instead: the name the caller
 * gave that input where the front end's differs from the core's (a subject id the core takes as `id`,
 * sent in a body as `subjectId`).
 */
export async function asField<T>(core: string, field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof CustosError) || !e.details.some((d) => d.field === core)) throw e;
    const message = e.message.startsWith(`${core}: `) ? `${field}: ${e.message.slice(core.length + 2)}` : e.message;
    throw new CustosError(e.code, message, e.details.map((d) => (d.field === core ? { ...d, field } : d)));
  }
}

export function isCustosError(e: unknown): e is CustosError {
  return e instanceof CustosError;
}

/** Why a file cannot be written (or, `reading`, read), in words (the path is the user's own). */
export function fileProblem(e: unknown, reading = false): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return reading ? 'it does not exist' : 'its directory does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTDIR') return 'a part of its path is not a directory';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  return code ?? (reading ? 'the file cannot be read' : 'the file cannot be written');
}
