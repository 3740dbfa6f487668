// The watch page (/watch): the favourite streamer's embedded Twitch player and chat beside the channel's ten most
// recent events, new ones arriving over Server-Sent Events without a reload. Without a session it asks to log in;
// without a favourite it asks for one.

import {h, byId, show, channelHref} from './dom.js';
import {getJson, ApiError} from './api.js';
import {initAccount, currentUser} from './account.js';
import {problemBox, items} from './ui.js';
import {mergeEvents} from './events.js';
import {renderEvents} from './eventlist.js';
import {embedParents, configuredParents, playerUrl, chatUrl} from './embed.js';
import {setFavourite, clearFavourite} from './favourite.js';

const LIMIT = 10;
const LOGIN = /^[a-zA-Z0-9_]{1,25}$/;
const state = byId('watch-state');
const area = byId('watch-area');
let stopEvents = () => {};

initAccount();
currentUser().then(render, error => show(state, problemBox(error)));

function render(user) {
  stopEvents();
  area.hidden = true;
  byId('watch-title').textContent = 'Watch your favourite streamer';
  if (!user) {
    show(state, h('p', {}, 'Log in to watch your favourite streamer here. ',
      h('a', {href: '/auth/login', class: 'button'}, 'Log in with Twitch')));
  } else if (!user.favourite) {
    show(state, chooser(user));
  } else {
    watch(user, user.favourite);
  }
}

/** The form that picks the favourite: PUT /api/v1/me/favourite, then the page shows that channel. */
function chooser(user) {
  const input = h('input', {id: 'favourite-login', name: 'login', type: 'text', required: true, maxlength: 25,
    autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'favourite-help'});
  const feedback = h('div', {id: 'favourite-feedback'});
  const form = h('form', {id: 'favourite-form', class: 'inline-form'},
    h('label', {for: 'favourite-login'}, 'Twitch login of your favourite streamer'),
    h('div', {class: 'row'}, input, h('button', {type: 'submit'}, 'Watch')),
    h('p', {id: 'favourite-help', class: 'muted'}, 'Letters, digits and underscores, as in twitch.tv/login.'),
    feedback);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const login = input.value.trim();
    if (!LOGIN.test(login)) {
      input.setAttribute('aria-invalid', 'true');
      show(feedback, h('p', {role: 'alert', class: 'problem-detail'}, 'That is not a Twitch login.'));
      return;
    }
    input.removeAttribute('aria-invalid');
    try {
      render(await setFavourite(login));
    } catch (error) {
      show(feedback, problemBox(error));
    }
  });
  return [h('p', {}, `Hello ${user.display_name || user.login}: you have no favourite streamer yet.`), form];
}

function watch(user, favourite) {
  const login = favourite.login;
  const name = favourite.name || login;
  byId('watch-title').textContent = `Watching ${name}`;
  show(state, h('p', {class: 'actions'},
    h('a', {href: channelHref(login)}, `${name}'s channel page`),
    h('button', {type: 'button', class: 'secondary', id: 'change-favourite',
      on: {click: () => { stopEvents(); area.hidden = true; show(state, chooser(user)); }}}, 'Change favourite'),
    h('button', {type: 'button', class: 'secondary', id: 'clear-favourite', on: {click: () => clear(user)}},
      'Clear favourite')));
  const parents = embedParents(window.location.hostname, configuredParents(document));
  show(byId('player'), h('iframe', {id: 'player-frame', src: playerUrl(login, parents), title: `Twitch player: ${name}`,
    allow: 'autoplay; fullscreen', allowfullscreen: true}));
  show(byId('chat'), h('iframe', {id: 'chat-frame', src: chatUrl(login, parents), title: `Twitch chat: ${name}`}));
  area.hidden = false;
  stopEvents = followEvents(login);
}

async function clear(user) {
  try {
    render(await clearFavourite(user));
  } catch (error) {
    state.append(problemBox(error));
  }
}

/**
 * Shows the channel's most recent events and keeps them current: the stream is opened first and the list read
 * second, and both are merged by event id, so an event arriving in between is neither lost nor shown twice.
 * Returns the function that stops following.
 */
function followEvents(login) {
  const section = byId('events');
  const list = byId('event-list');
  const status = byId('stream-status');
  const problems = byId('events-problem');
  const base = `/api/v1/channels/${encodeURIComponent(login)}/events`;
  let events = [];
  let stopped = false;
  const update = incoming => {
    events = mergeEvents(events, incoming, LIMIT);
    renderEvents(list, events, 'No events yet: they appear here as they happen.');
  };
  show(problems);
  renderEvents(list, [], 'Loading…');
  const source = new EventSource(`${base}/stream`);
  section.dataset.stream = 'connecting';
  source.addEventListener('open', () => {
    section.dataset.stream = 'open';
    status.textContent = 'Live: new events appear as they happen.';
  });
  source.addEventListener('error', () => {
    const closed = source.readyState === EventSource.CLOSED;
    section.dataset.stream = closed ? 'closed' : 'reconnecting';
    status.textContent = closed ? 'Live updates are unavailable; reload the page to try again.'
      : 'Connection lost; reconnecting…';
  });
  source.addEventListener('channel_event', message => {
    try {
      update([JSON.parse(message.data)]);
    } catch (error) {
      console.error('unreadable event', error);
    }
  });
  getJson(`${base}?limit=${LIMIT}`).catch(error => {
    // The favourite is a Twitch channel (checked when chosen): StreamPulse just has no events of it yet.
    if (error instanceof ApiError && error.status === 404) {
      return {data: []};
    }
    throw error;
  }).then(page => {
    if (!stopped) {
      update(items(page));
      section.dataset.loaded = 'true';
    }
  }, error => show(problems, problemBox(error)));
  const clock = setInterval(() => renderEvents(list, events, 'No events yet: they appear here as they happen.'),
    60000);
  return () => {
    stopped = true;
    source.close();
    clearInterval(clock);
    delete section.dataset.stream;
    delete section.dataset.loaded;
  };
}
