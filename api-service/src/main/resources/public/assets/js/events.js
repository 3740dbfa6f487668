// Pure logic of the channel event list: merging what GET /events returned with what Server-Sent Events push
// (the two overlap and may arrive in any order), and saying in words what an event was.

/** The identity of an event: its event_id (the Twitch message id, the same on every re-delivery). */
export function eventKey(event) {
  return String(event?.event_id ?? event?.id ?? '');
}

/**
 * The `limit` most recent events of `current` and `incoming` together, newest first, each event once
 * (by event_id; the first copy seen wins, so a re-delivered event never moves or flickers).
 * Events without an id are dropped. Neither input is changed.
 */
export function mergeEvents(current, incoming, limit = 10) {
  const byKey = new Map();
  for (const event of [...(current ?? []), ...(incoming ?? [])]) {
    const key = eventKey(event);
    if (key !== '' && !byKey.has(key)) {
      byKey.set(key, event);
    }
  }
  return [...byKey.values()].sort(newestFirst).slice(0, Math.max(0, limit));
}

function newestFirst(a, b) {
  const byTime = (Date.parse(b.occurred_at) || 0) - (Date.parse(a.occurred_at) || 0);
  return byTime !== 0 ? byTime : eventKey(b).localeCompare(eventKey(a));
}

const TIERS = {'1000': 'Tier 1', '2000': 'Tier 2', '3000': 'Tier 3'};

/** "Tier 1" for "1000"; the raw value for anything else. */
export function tierName(tier) {
  return TIERS[String(tier)] ?? String(tier ?? '');
}

/**
 * The facts of an event whichever shape it comes in: an item of GET /events ({actor_name, amount, tier}) or a
 * pushed event in the contract's JSON (user_name, bits, total, viewers, cumulative_months, title...).
 */
export function eventFacts(event) {
  const e = event ?? {};
  const raid = e.event_type === 'channel.raid';
  const outgoing = raid && e.from_broadcaster_id !== undefined ? e.from_broadcaster_id === e.broadcaster_id : null;
  const other = outgoing === null ? null
    : outgoing ? (e.to_broadcaster_name || e.to_broadcaster_login) : (e.from_broadcaster_name || e.from_broadcaster_login);
  return {
    type: String(e.event_type ?? ''),
    who: e.actor_name || e.actor_login || e.user_name || e.user_login || other || null,
    amount: e.amount ?? e.bits ?? e.total ?? e.viewers ?? e.cumulative_months ?? null,
    tier: e.tier ?? null,
    outgoing,
    title: e.title ?? null,
    category: e.category_name ?? null,
  };
}

/** What happened, in one plain-text sentence (never markup: it is shown as text). Unknown types say their type. */
export function describeEvent(event) {
  const f = eventFacts(event);
  const who = f.who ?? 'Anonymous';
  switch (f.type) {
    case 'channel.follow':
      return `${who} followed`;
    case 'channel.subscribe':
      return `${who} subscribed (${tierName(f.tier)})`;
    case 'channel.subscription.gift':
      return `${who} gifted ${plural(f.amount, 'sub')} (${tierName(f.tier)})`;
    case 'channel.subscription.message':
      return `${who} resubscribed (${tierName(f.tier)}), ${plural(f.amount, 'month')} in total`;
    case 'channel.cheer':
      return `${who} cheered ${plural(f.amount, 'bit')}`;
    case 'channel.raid':
      if (f.outgoing === null) {
        return `Raid with ${who}: ${plural(f.amount, 'viewer')}`;
      }
      return f.outgoing ? `Raided ${who} with ${plural(f.amount, 'viewer')}`
        : `${who} raided with ${plural(f.amount, 'viewer')}`;
    case 'channel.update':
      return `Stream info updated${f.title ? `: ${f.title}` : ''}${f.category ? ` · ${f.category}` : ''}`;
    default:
      return f.type || 'Event';
  }
}

function plural(count, word) {
  const n = count === null || count === undefined || count === '' ? NaN : Number(count);
  if (!Number.isFinite(n)) {
    return `some ${word}s`;
  }
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A short label of the type for badges: "Follow", "Sub", "Gift", "Resub", "Cheer", "Raid", "Update". */
export function eventLabel(type) {
  return {
    'channel.follow': 'Follow',
    'channel.subscribe': 'Sub',
    'channel.subscription.gift': 'Gift',
    'channel.subscription.message': 'Resub',
    'channel.cheer': 'Cheer',
    'channel.raid': 'Raid',
    'channel.update': 'Update',
  }[type] ?? 'Event';
}
