/**
 * The source of the current time. Inject a fake one in tests instead of mocking `Date`.
 */
export interface Clock {
  /** The current instant. MUST be monotonic enough that expiry checks never go backwards by more than clock skew. */
  now(): Date;
}
