// Pure formatting (no DOM, no clock of its own): numbers, durations, times. Deterministic, so the browser
// test can check each function on whole values.

const UNITS = [
  {limit: 1e9, suffix: 'B'},
  {limit: 1e6, suffix: 'M'},
  {limit: 1e3, suffix: 'K'},
];

/** 950 -> "950", 1234 -> "1.2K", 15300 -> "15K", 2500000 -> "2.5M"; not a number -> "–". */
export function compactNumber(value) {
  if (!Number.isFinite(value)) {
    return '–';
  }
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (let i = 0; i < UNITS.length; i++) {
    const {limit, suffix} = UNITS[i];
    if (abs >= limit) {
      const scaled = abs / limit;
      const text = trimZeros(scaled.toFixed(scaled < 10 ? 1 : 0));
      // 999,999 rounds to "1000K": say "1M" instead
      return Number(text) >= 1000 && i > 0 ? `${sign}1${UNITS[i - 1].suffix}` : `${sign}${text}${suffix}`;
    }
  }
  return `${sign}${Math.round(abs)}`;
}

/** 1234567 -> "1,234,567" (grouping with commas, whatever the browser's locale, so pages read the same). */
export function groupedNumber(value) {
  if (!Number.isFinite(value)) {
    return '–';
  }
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** 45 -> "45 min", 60 -> "1 h", 185 -> "3 h 05 min", 1500 -> "25 h"; negative or not a number -> "–". */
export function duration(minutes) {
  if (!Number.isFinite(minutes) || minutes < 0) {
    return '–';
  }
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** 12.345 -> "12.3 h", 3 -> "3 h". */
export function hours(value) {
  if (!Number.isFinite(value) || value < 0) {
    return '–';
  }
  return `${trimZeros(value.toFixed(1))} h`;
}

/** 0.375 -> "38 %". */
export function percent(share) {
  if (!Number.isFinite(share)) {
    return '–';
  }
  return `${Math.round(share * 100)} %`;
}

/**
 * How long ago an RFC 3339 instant was, seen from `now` (a Date or epoch millis):
 * "just now" (< 1 min or in the future), "5 min ago", "3 h ago", "2 d ago"; unreadable -> "".
 */
export function timeAgo(instant, now) {
  const then = Date.parse(instant);
  const at = now instanceof Date ? now.getTime() : now;
  if (!Number.isFinite(then) || !Number.isFinite(at)) {
    return '';
  }
  const minutes = Math.floor((at - then) / 60000);
  if (minutes < 1) {
    return 'just now';
  }
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const wholeHours = Math.floor(minutes / 60);
  return wholeHours < 48 ? `${wholeHours} h ago` : `${Math.floor(wholeHours / 24)} d ago`;
}

/** "2026-03-02T18:05:00Z" -> "2026-03-02 18:05 UTC" (UTC, like every time the API gives); unreadable -> "". */
export function utcDateTime(instant) {
  const millis = Date.parse(instant);
  if (!Number.isFinite(millis)) {
    return '';
  }
  const iso = new Date(millis).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "2026-03-02T18:05:00Z" -> "18:05" (UTC). */
export function utcTime(instant) {
  const text = utcDateTime(instant);
  return text === '' ? '' : text.slice(11, 16);
}

function trimZeros(text) {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
