/**
 * Polls for due jobs every few seconds in the server process. One pass at a time: the next poll is
 * set when the current pass ends, so a slow pass never overlaps the next. `stop()` cancels the timer
 * and waits for the pass in progress; the timer does not keep the process alive by itself.
 */
export interface SchedulerOptions {
  /** Poll interval. Default 5 s. */
  intervalMs?: number;
  /** Called when a pass throws (a store error); the scheduler keeps polling. Gets the error, never personal data from Custos. */
  onError?: (e: unknown) => void;
  /** Called after each pass with its report. */
  onPass?: (report: unknown) => void;
}

export class Scheduler {
  private timer?: NodeJS.Timeout;
  private current?: Promise<void>;
  private running = false;
  readonly intervalMs: number;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly opts: SchedulerOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 5000;
    if (!Number.isFinite(this.intervalMs) || this.intervalMs < 10) throw new RangeError('intervalMs must be at least 10');
  }

  get started(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.arm(0);
  }

  private arm(delay: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.current = this.tick().finally(() => {
        this.current = undefined;
        this.arm(this.intervalMs);
      });
    }, delay);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const report = await this.pass();
      this.opts.onPass?.(report);
    } catch (e) {
      this.opts.onError?.(e);
    }
  }

  /** Stops polling and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }
}
