// The channel page (/channels/{login}): profile and live status, statistics, sessions, schedule heatmap,
// games and recent events. Each part loads on its own, so one failing part shows its problem and the rest works.

import {h, byId, show} from './dom.js';
import {getJson} from './api.js';
import {initAccount, currentUser} from './account.js';
import {fill, items, empty, problemBox, viewers} from './ui.js';
import {compactNumber, duration, groupedNumber, hours, percent, utcDateTime} from './format.js';
import {scheduleGrid} from './heatmap.js';
import {renderEvents} from './eventlist.js';
import {favouriteToggle} from './favourite.js';

const DAYS = 30;
const login = decodeURIComponent(window.location.pathname.split('/')[2] ?? '');
const base = `/api/v1/channels/${encodeURIComponent(login)}`;

initAccount();
fill(byId('channel-profile'), () => getJson(base), profile).then(found => found && details());

/** The parts below the profile, once the channel is known to exist (else the profile's problem says why). */
function details() {
  byId('channel-details').hidden = false;
  fill(byId('channel-stats'), () => getJson(`${base}/stats?days=${DAYS}`), stats);
  fill(byId('channel-sessions'), () => getJson(`${base}/sessions?limit=10`), page => sessions(items(page)));
  fill(byId('channel-schedule'), () => getJson(`${base}/schedule?weeks=8`), schedule => heatmap(schedule));
  fill(byId('channel-games'), () => getJson(`${base}/games?days=${DAYS}`), page => games(items(page)));
  fill(byId('channel-events'), () => getJson(`${base}/events?limit=10`),
    page => renderEvents(h('ol', {class: 'events', id: 'event-list'}), items(page)));
  currentUser().then(user => favouriteToggle(byId('favourite-action'), user, login),
    error => show(byId('favourite-action'), problemBox(error)));
}

function profile(channel) {
  const name = channel.broadcaster_name || channel.broadcaster_login || login;
  byId('channel-title').textContent = name;
  document.title = `${name} · StreamPulse`;
  const stream = channel.stream;
  const live = Boolean(channel.is_live);
  return [
    h('p', {class: live ? 'live-badge' : 'offline-badge'}, live ? 'Live now' : 'Offline'),
    stream ? h('p', {class: 'stream-title'}, stream.title || '(no title)') : null,
    stream ? h('p', {class: 'muted'}, [stream.game_name, viewers(stream.viewer_count),
      stream.started_at ? `since ${utcDateTime(stream.started_at)}` : null].filter(Boolean).join(' · ')) : null,
  ];
}

function stats(figures) {
  const entry = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
  return h('dl', {class: 'figures'},
    entry('Hours streamed', hours(Number(figures.hours_streamed))),
    entry('Sessions', groupedNumber(Number(figures.sessions))),
    entry('Average viewers', groupedNumber(Number(figures.average_viewers))),
    entry('Peak viewers', groupedNumber(Number(figures.peak_viewers))),
    entry('Viewer-minutes', compactNumber(Number(figures.viewer_minutes))));
}

function sessions(list) {
  if (list.length === 0) {
    return empty('No archived sessions yet.');
  }
  return h('div', {class: 'table-scroll'}, h('table', {},
    h('caption', {class: 'visually-hidden'}, 'Recent sessions'),
    h('thead', {}, h('tr', {}, ['Started (UTC)', 'Length', 'Average', 'Peak', 'Games'].map(
      title => h('th', {scope: 'col'}, title)))),
    h('tbody', {}, list.map(session => h('tr', {},
      h('td', {}, utcDateTime(session.started_at)),
      h('td', {}, duration(Number(session.duration_seconds) / 60)),
      h('td', {}, groupedNumber(Number(session.average_viewers))),
      h('td', {}, groupedNumber(Number(session.peak_viewers))),
      h('td', {}, gameNames(session)))))));
}

function gameNames(session) {
  const played = Array.isArray(session.games) ? session.games.map(g => g.game_name) : [];
  return played.filter(Boolean).join(', ') || '–';
}

function heatmap(schedule) {
  const cells = Array.isArray(schedule?.cells) ? schedule.cells : [];
  if (cells.length === 0 || !schedule.weeks_observed) {
    return empty('Not enough history for a schedule yet.');
  }
  const grid = scheduleGrid(cells);
  return h('div', {class: 'table-scroll'}, h('table', {class: 'heatmap'},
    h('caption', {}, `Share of the last ${schedule.weeks_observed === 1 ? 'week' : `${schedule.weeks_observed} weeks`}`
      + ' live, by weekday and hour (UTC)'),
    h('thead', {}, h('tr', {}, h('td', {}), Array.from({length: 24}, (_, hour) =>
      h('th', {scope: 'col', class: 'hour'}, String(hour).padStart(2, '0'))))),
    h('tbody', {}, grid.map(row => h('tr', {},
      h('th', {scope: 'row'}, row.weekday.slice(0, 3)),
      row.cells.map(cell => h('td', {class: `level-${cell.level}`, dataset: {level: String(cell.level)},
        title: `${row.weekday} ${String(cell.hour).padStart(2, '0')}:00 UTC: ${percent(cell.share)}`},
      h('span', {class: 'visually-hidden'}, percent(cell.share)))))))));
}

function games(list) {
  if (list.length === 0) {
    return empty(`No games in the last ${DAYS} days.`);
  }
  return h('ul', {class: 'games'}, list.map(game => h('li', {},
    h('span', {}, game.game_name || game.game_id),
    h('span', {class: 'muted'}, ` ${hours(Number(game.hours_streamed))} · ${percent(Number(game.share))}`))));
}
