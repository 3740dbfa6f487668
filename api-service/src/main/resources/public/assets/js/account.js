// The account area of the header (log in, who is signed in, grant, log out) and the signed-in user, shared by
// the pages: `currentUser()` answers the GET /api/v1/me document, or null when nobody is signed in.

import {h, show, byId} from './dom.js';
import {getJson, send, ApiError} from './api.js';
import {problemBox} from './ui.js';

let me;

/** The signed-in user (GET /api/v1/me, asked once per page), or null without a session. */
export function currentUser() {
  me ??= getJson('/api/v1/me').catch(error => {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  });
  return me;
}

/** Remembers a newer copy of the user (e.g. the answer of PUT /api/v1/me/favourite). */
export function userChanged(user) {
  me = Promise.resolve(user);
  renderAccount(user);
}

/** Marks the current page in the main navigation and fills the account area. */
export async function initAccount() {
  for (const link of document.querySelectorAll('nav a[href]')) {
    if (link.getAttribute('href') === window.location.pathname) {
      link.setAttribute('aria-current', 'page');
    }
  }
  showLoginError(new URLSearchParams(window.location.search).get('login_error'));
  try {
    renderAccount(await currentUser());
  } catch (error) {
    show(byId('account'), problemBox(error));
  }
}

/** Twitch sent the person back without a login (e.g. they pressed Cancel): say so above the page. */
function showLoginError(error) {
  if (!error) {
    return;
  }
  const text = error === 'access_denied' ? 'You cancelled the login at Twitch; nothing was changed.'
    : `Twitch did not log you in (${error}).`;
  byId('main').prepend(h('div', {class: 'problem', role: 'alert', id: 'login-error'},
    h('p', {class: 'problem-title'}, 'Not logged in'), h('p', {class: 'problem-detail'}, text)));
}

function renderAccount(user) {
  const area = byId('account');
  if (!user) {
    show(area, h('a', {class: 'button', href: '/auth/login', id: 'login'}, 'Log in with Twitch'));
    return;
  }
  show(area,
    h('span', {class: 'who'}, 'Signed in as ', h('strong', {id: 'signed-in-as'}, user.display_name || user.login)),
    user.channel_grant ? null : h('a', {class: 'button secondary', href: '/auth/login?grant=channel', id: 'grant',
      title: 'For streamers: let StreamPulse read follows, subscriptions and cheers of your own channel'},
    'Grant channel access'),
    h('button', {type: 'button', class: 'secondary', id: 'logout', on: {click: logout}}, 'Log out'));
}

async function logout(event) {
  const button = event.currentTarget;
  button.disabled = true;
  try {
    await send('POST', '/auth/logout');
    window.location.assign('/');
  } catch (error) {
    button.disabled = false;
    byId('account').append(problemBox(error));
  }
}
