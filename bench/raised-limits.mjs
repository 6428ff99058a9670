// Shared by the benchmarks that run many flows: the policy's budgets raised to their maximum.
/**
 * Every per-account and per-tenant budget of the policy at its maximum, so that thousands of
 * flows an hour spend none of them out: each numeric `limits` field named like a budget
 * ("...Per...", "max...") is set to the maximum `parsePolicy` reports for it (its `too_big`
 * issue). Durations (`blockHours`) and lists stay as they are. `parsePolicy` is core's (the
 * benchmark's build of it).
 */
export function raisedLimits(parsePolicy) {
  const limits = {};
  for (const [name, value] of Object.entries(parsePolicy({}).limits)) {
    if (typeof value !== 'number' || !/Per|^max/.test(name)) continue;
    try {
      parsePolicy({ limits: { [name]: Number.MAX_SAFE_INTEGER } });
      limits[name] = 1_000_000_000;
    } catch (error) {
      const issue = error.issues?.find((i) => i.path === `limits.${name}` && i.maximum);
      if (issue === undefined) throw error;
      limits[name] = issue.maximum;
    }
  }
  return limits;
}
