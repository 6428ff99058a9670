import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of a {@link CountdownController}. */
export interface CountdownOptions {
  /** Called every second while it runs, with the seconds since it started. */
  onTick?: (ticks: number) => void;
  /** Called once when it reaches zero. */
  onEnd?: () => void;
}

/**
 * A countdown to a moment (a resend cooldown, a code's expiry): re-renders its element every
 * second while it runs, and stops when it reaches zero or the element leaves the page.
 */
export class CountdownController implements ReactiveController {
  private endsAt = 0;
  private ticks = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CountdownOptions = {},
  ) {
    host.addController(this);
  }

  /** Whole seconds left (rounded up; 0 once it ended). */
  get seconds(): number {
    return Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
  }

  /** Whether it is counting. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Counts down `seconds` from now. */
  start(seconds: number): void {
    this.until(Date.now() + seconds * 1000);
  }

  /** Counts down to `endsAt` (ms since the epoch). */
  until(endsAt: number): void {
    this.stop();
    this.endsAt = endsAt;
    this.ticks = 0;
    this.host.requestUpdate();
    if (this.seconds === 0) return;
    this.timer = setInterval(() => {
      this.ticks += 1;
      this.options.onTick?.(this.ticks);
      this.host.requestUpdate();
      if (this.seconds === 0) {
        this.stop();
        this.options.onEnd?.();
      }
    }, 1000);
  }

  /** Stops the ticks and re-renders (`seconds` still reads the time to the end). */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** @internal */
  hostDisconnected(): void {
    this.stop();
  }
}
