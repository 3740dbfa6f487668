// Pure geometry of the viewers-over-the-day line chart: one point per UTC 5-minute slot ("HH:MM") in, SVG
// coordinates and axis ticks out. The x axis is always one whole day, 00:00 to 24:00.

const DAY_MINUTES = 24 * 60;

/** The smallest 1, 2 or 5 x 10^k at or above `value` (0 and below -> 1), so the y axis ends on a round number. */
export function niceCeiling(value) {
  if (!Number.isFinite(value) || value <= 0) {
    return 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5]) {
    if (step * magnitude >= value) {
      return step * magnitude;
    }
  }
  return 10 * magnitude;
}

/** "18:05" -> 1085; anything that is not HH:MM of a day -> NaN. */
export function minuteOfDay(time) {
  const match = /^(\d{2}):(\d{2})$/.exec(String(time ?? ''));
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return NaN;
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Lays out a day's curve in a box of `width` x `height` with `pad` around the plot.
 * points: [{time: "HH:MM", value}] in any order; unreadable points are skipped. Slots further apart than `gap`
 * minutes are not joined (the line breaks where data is missing).
 * Returns {path: "M x y L x y ...", top: the y-axis maximum, yTicks: [{value, y}], xTicks: [{label, x}] every
 * 6 hours, peak: {time, value} of the highest point, or null}; path is "" without points.
 */
export function dayChart(points, {width = 720, height = 240, pad = 40, ticks = 4, gap = 10} = {}) {
  const series = (points ?? [])
    .map(p => ({time: p?.time, minute: minuteOfDay(p?.time), value: Number(p?.value)}))
    .filter(p => Number.isFinite(p.minute) && Number.isFinite(p.value) && p.value >= 0)
    .sort((a, b) => a.minute - b.minute);
  const top = niceCeiling(Math.max(0, ...series.map(p => p.value)));
  const x = minute => round(pad + (minute / DAY_MINUTES) * (width - 2 * pad));
  const y = value => round(height - pad - (value / top) * (height - 2 * pad));
  const yTicks = Array.from({length: ticks + 1}, (_, i) => ({value: (top * i) / ticks, y: y((top * i) / ticks)}));
  const xTicks = [0, 6, 12, 18, 24].map(hour => ({label: `${String(hour).padStart(2, '0')}:00`, x: x(hour * 60)}));
  if (series.length === 0) {
    return {path: '', top, yTicks, xTicks, peak: null};
  }
  const path = series.map((p, i) => {
    const joined = i > 0 && p.minute - series[i - 1].minute <= gap;
    return `${joined ? 'L' : 'M'}${x(p.minute)} ${y(p.value)}`;
  }).join(' ');
  const peak = series.reduce((best, p) => (p.value > best.value ? p : best), series[0]);
  return {path, top, yTicks, xTicks, peak: {time: peak.time, value: peak.value}};
}

function round(value) {
  return Math.round(value * 10) / 10;
}
