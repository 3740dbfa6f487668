// Pure model of the schedule heatmap: weekday (Monday first) x hour (UTC) cells, each with the share of weeks
// the channel was live then (0..1) and a level 0..4 for its colour.

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const LEVELS = 4;

/**
 * Colour level of a share: 0 only when never live, then 1..4 in equal steps of a quarter
 * (0.01 -> 1, 0.25 -> 1, 0.26 -> 2, 1 -> 4). Out-of-range values are clamped; not a number -> 0.
 */
export function level(share) {
  const value = Number(share);
  if (!Number.isFinite(value) || value <= 0) {
    return 0;
  }
  return Math.min(LEVELS, Math.ceil(Math.min(value, 1) * LEVELS));
}

/**
 * Index 0..6 (Monday..Sunday) of a weekday given as a name ("MONDAY", "monday", "Mon") or an ISO number
 * (1 = Monday .. 7 = Sunday); -1 when it is neither.
 */
export function weekdayIndex(weekday) {
  if (typeof weekday === 'number') {
    return Number.isInteger(weekday) && weekday >= 1 && weekday <= 7 ? weekday - 1 : -1;
  }
  const name = String(weekday ?? '').toLowerCase();
  if (name.length < 3) {
    return -1;
  }
  return WEEKDAYS.findIndex(day => day.toLowerCase().startsWith(name));
}

/**
 * The 7 x 24 grid from a list of {weekday, hour, share} cells (missing cells are 0; unreadable ones are
 * ignored): [{weekday: 'Monday', cells: [{hour: 0, share: 0, level: 0}, ...24]}, ...7].
 */
export function scheduleGrid(cells) {
  const shares = WEEKDAYS.map(() => new Array(24).fill(0));
  for (const cell of cells ?? []) {
    const day = weekdayIndex(cell?.weekday);
    const hour = Number(cell?.hour);
    const share = Number(cell?.share);
    if (day >= 0 && Number.isInteger(hour) && hour >= 0 && hour < 24 && Number.isFinite(share)) {
      shares[day][hour] = Math.max(0, Math.min(1, share));
    }
  }
  return WEEKDAYS.map((weekday, day) => ({
    weekday,
    cells: shares[day].map((share, hour) => ({hour, share, level: level(share)})),
  }));
}
