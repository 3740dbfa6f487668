// The list of channel events (channel page and watch page): one <li> per event, newest first. Updates touch only
// what changed (an arriving event is one inserted item), so a polite live region announces just the new event.

import {h} from './dom.js';
import {describeEvent, eventKey, eventLabel} from './events.js';
import {timeAgo, utcDateTime} from './format.js';

/**
 * Shows `events` in the <ol> `list`: items already shown (same event id) are kept in place with their age
 * refreshed, new ones are inserted where they belong, the others removed; `emptyText` when there are none.
 */
export function renderEvents(list, events, emptyText = 'No events yet.') {
  const now = Date.now();
  const shown = new Map([...list.querySelectorAll('li.event')].map(item => [item.dataset.eventId, item]));
  const wanted = events.length === 0
    ? [list.querySelector('li.empty') ?? h('li', {class: 'muted empty'})]
    : events.map(event => shown.get(eventKey(event)) ?? eventItem(event));
  let cursor = list.firstChild;
  for (const item of wanted) {
    if (item === cursor) {
      cursor = cursor.nextSibling;
    } else {
      list.insertBefore(item, cursor);
    }
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
  if (events.length === 0) {
    wanted[0].textContent = emptyText;
  }
  for (const time of list.querySelectorAll('li.event time')) {
    time.textContent = timeAgo(time.getAttribute('datetime'), now);
  }
  return list;
}

function eventItem(event) {
  return h('li', {class: 'event', dataset: {eventId: eventKey(event), eventType: String(event.event_type ?? '')}},
    h('span', {class: 'badge'}, eventLabel(event.event_type)),
    h('span', {class: 'event-text'}, describeEvent(event)),
    h('time', {datetime: String(event.occurred_at ?? ''), title: utcDateTime(event.occurred_at), class: 'muted'}));
}
