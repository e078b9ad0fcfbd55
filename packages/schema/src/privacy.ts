/**
 * Small groups in shared statistics (UU 27/2022). Every count that crosses a tenant boundary — an
 * agreement's aggregates, a partner's directory, a dashboard that includes another tenant's data —
 * goes through `protectCount`, on the server, before it leaves; the web shows a suppressed count as
 * `SMALL_GROUP_LABEL`. The rule, explained in docs/privacy.md:
 *
 * - a count of 1 to MIN_GROUP_SIZE − 1 people is suppressed (null, shown as "<5");
 * - every other count is rounded to the nearest multiple of ROUNDING_BASE (0 stays 0), totals
 *   included, and rates are computed from the rounded counts, so a total less its visible groups
 *   is known only to within several people and no suppressed group can be subtracted back out.
 */
export const MIN_GROUP_SIZE = 5;

/** Published (unsuppressed) shared counts are multiples of this. */
export const ROUNDING_BASE = 5;

/** How a suppressed count is written on screen and in downloads, in every language. */
export const SMALL_GROUP_LABEL = `<${MIN_GROUP_SIZE}`;

/** A count as it may be shown across a tenant boundary: null when the group is too small. */
export function protectCount(count: number): number | null {
  if (count <= 0) return 0;
  if (count < MIN_GROUP_SIZE) return null;
  return Math.max(MIN_GROUP_SIZE, Math.round(count / ROUNDING_BASE) * ROUNDING_BASE);
}

/** A share of two protected counts: null when either is suppressed or there is nobody. */
export function protectedRate(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole <= 0) return null;
  return Math.min(1, part / whole);
}

/** Whether a protected count was suppressed. */
export const isSuppressed = (count: number | null): boolean => count === null;
