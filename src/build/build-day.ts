/**
 * The day of the build, YYYY-MM-DD in UTC, which the single-file article prints: the day of
 * SOURCE_DATE_EPOCH when it is set (seconds since 1970, the reproducible-builds convention), so
 * the same sources build the same file; else the day the build runs.
 */
export function buildDay(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  if (!/^\d{1,12}$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970; it is "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
