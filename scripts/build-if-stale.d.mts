/** What {@link checkBuild} decided, and why (for the log). */
export interface BuildCheck {
  isStale: boolean;
  reason: string;
}

/** Decides whether the build under `root` is stale (see build-if-stale.mjs). */
export function checkBuild(root: string): BuildCheck;
