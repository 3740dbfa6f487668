// Pieces every page uses: loading and error states, problem documents shown as readable alerts, small lists.

import {h, show, channelHref} from './dom.js';
import {ApiError, toProblem} from './api.js';
import {compactNumber} from './format.js';

/** A problem document (or any error) as an alert: its title, its detail, and what the reader can do. */
export function problemBox(error) {
  const problem = error instanceof ApiError ? error.problem : toProblem(0, {title: 'Something went wrong',
    detail: 'The page could not show this part. Reload to try again.'});
  return h('div', {class: 'problem', role: 'alert', dataset: {status: String(problem.status)}},
    h('p', {class: 'problem-title'}, problem.title),
    problem.detail ? h('p', {class: 'problem-detail'}, problem.detail) : null,
    problem.status === 401 ? h('p', {}, h('a', {href: '/auth/login'}, 'Log in with Twitch')) : null);
}

/**
 * Shows "Loading…" in `container`, then what `render(data)` returns, or the problem if `load()` fails.
 * Resolves to true when the part was shown, false when it shows a problem.
 */
export async function fill(container, load, render) {
  container.setAttribute('aria-busy', 'true');
  show(container, h('p', {class: 'muted'}, 'Loading…'));
  try {
    const data = await load();
    show(container, render(data));
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) {
      console.error(error);
    }
    show(container, problemBox(error));
    return false;
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/** "Nothing yet" paragraph for empty lists. */
export function empty(text) {
  return h('p', {class: 'muted empty'}, text);
}

/** An ordered ranking: [{href?, name, detail?, value}] -> <ol class="ranking">. */
export function ranking(items, emptyText) {
  if (items.length === 0) {
    return empty(emptyText);
  }
  return h('ol', {class: 'ranking'}, items.map(item => h('li', {},
    h('span', {class: 'rank-name'}, item.href ? h('a', {href: item.href}, item.name) : item.name,
      item.detail ? h('span', {class: 'muted rank-detail'}, item.detail) : null),
    h('span', {class: 'rank-value'}, item.value))));
}

/** A link to one of our channel pages, showing the display name (or the login). */
export function channelLink(login, name) {
  return login ? h('a', {href: channelHref(login)}, name || login) : (name || '–');
}

/** "1.2K viewers" */
export function viewers(count) {
  return `${compactNumber(Number(count))} viewers`;
}

/** The list items of a paginated answer ({data: [...]}), or [] when it has none. */
export function items(page) {
  return Array.isArray(page?.data) ? page.data : [];
}
