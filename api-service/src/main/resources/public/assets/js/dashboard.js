// The dashboard (/): viewers over the day, top live channels and games right now, trending tags.

import {h, s, byId, channelHref} from './dom.js';
import {getJson} from './api.js';
import {initAccount} from './account.js';
import {fill, ranking, channelLink, viewers, items, empty} from './ui.js';
import {compactNumber, groupedNumber, hours} from './format.js';
import {dayChart} from './chart.js';

const LOGIN = /^[a-zA-Z0-9_]{1,25}$/;

initAccount();
initChannelSearch();
fill(byId('viewers-chart'), () => getJson('/api/v1/platform/viewers?days=1'), page => viewersChart(items(page)));
fill(byId('top-channels'), () => getJson('/api/v1/leaderboards/channels?limit=10'), page => ranking(
  items(page).map(c => ({name: channelLink(c.broadcaster_login, c.broadcaster_name), value: viewers(c.viewer_count)})),
  'No channel is live right now.'));
fill(byId('top-games'), () => getJson('/api/v1/leaderboards/games?limit=10'), page => ranking(
  items(page).map(g => ({name: g.game_name || g.game_id, value: viewers(g.viewer_count)})),
  'No game is being streamed right now.'));
fill(byId('trending-tags'), () => getJson('/api/v1/rankings/tags?days=1&limit=15'), page => tagCloud(items(page)));

function initChannelSearch() {
  const form = byId('channel-search');
  const input = byId('channel-login');
  const message = byId('channel-search-message');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const login = input.value.trim();
    if (!LOGIN.test(login)) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = 'A Twitch login has 1 to 25 letters, digits or underscores.';
      return;
    }
    input.removeAttribute('aria-invalid');
    message.textContent = '';
    window.location.assign(channelHref(login.toLowerCase()));
  });
}

function tagCloud(tags) {
  if (tags.length === 0) {
    return empty('No tags streamed today yet.');
  }
  return h('ul', {class: 'tags'}, tags.map(t => h('li', {},
    h('span', {class: 'tag'}, t.tag),
    h('span', {class: 'muted'}, ` ${hours(Number(t.hours_streamed))}`))));
}

/** The day's curve (5-minute UTC slots) as an SVG line chart, its figures also in a table for screen readers. */
function viewersChart(points) {
  const series = points.map(p => ({time: p.time, value: Number(p.total_viewers)}));
  const width = 720;
  const height = 240;
  const chart = dayChart(series, {width, height, pad: 40});
  if (!chart.peak) {
    return empty('No viewer figures for today yet.');
  }
  const label = `Total viewers over the day (UTC); peak ${groupedNumber(chart.peak.value)} at ${chart.peak.time}`;
  return [
    s('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'chart'},
    chart.yTicks.map(t => [
      s('line', {x1: 40, x2: width - 40, y1: t.y, y2: t.y, class: 'grid-line'}),
      s('text', {x: 36, y: t.y + 4, 'text-anchor': 'end', class: 'axis'}, compactNumber(t.value))]),
    chart.xTicks.map(t => s('text', {x: t.x, y: height - 16, 'text-anchor': 'middle', class: 'axis'}, t.label)),
    s('path', {d: chart.path, class: 'line'})),
    h('p', {class: 'muted'}, label, '.'),
    h('details', {}, h('summary', {}, 'Figures'), figuresTable(series)),
  ];
}

function figuresTable(series) {
  return h('table', {},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Time (UTC)'), h('th', {scope: 'col'}, 'Viewers'))),
    h('tbody', {}, series.map(p => h('tr', {}, h('td', {}, p.time), h('td', {}, groupedNumber(p.value))))));
}
