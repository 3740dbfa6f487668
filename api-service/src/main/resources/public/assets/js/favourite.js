// Setting and clearing the favourite streamer (PUT / DELETE /api/v1/me/favourite).

import {h, show} from './dom.js';
import {send} from './api.js';
import {userChanged} from './account.js';
import {problemBox} from './ui.js';

/** Makes `login` the favourite; resolves to the updated user (the answer of the PUT). */
export async function setFavourite(login) {
  const user = await send('PUT', '/api/v1/me/favourite', {login});
  userChanged(user);
  return user;
}

/** Clears the favourite; resolves to the user without one. */
export async function clearFavourite(user) {
  await send('DELETE', '/api/v1/me/favourite');
  const updated = {...user, favourite: null};
  userChanged(updated);
  return updated;
}

/** Whether `login` is the user's favourite (logins compare case-insensitively). */
export function isFavourite(user, login) {
  return Boolean(user?.favourite?.login) && user.favourite.login.toLowerCase() === String(login).toLowerCase();
}

/**
 * The favourite control of a channel page, rendered into `container`: a log-in link without a session, else a
 * toggle button (aria-pressed) that sets or clears the favourite and re-renders itself.
 */
export function favouriteToggle(container, user, login) {
  if (!user) {
    show(container, h('a', {href: '/auth/login'}, 'Log in to make this your favourite'));
    return;
  }
  const favourite = isFavourite(user, login);
  const button = h('button', {type: 'button', id: 'favourite-toggle', 'aria-pressed': String(favourite),
    class: favourite ? 'secondary' : null},
  favourite ? '★ Your favourite (remove)' : '☆ Make favourite');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const updated = favourite ? await clearFavourite(user) : await setFavourite(login);
      favouriteToggle(container, updated, login);
    } catch (error) {
      button.disabled = false;
      show(container, button, problemBox(error));
    }
  });
  show(container, button, favourite ? h('a', {href: '/watch', class: 'watch-link'}, 'Watch now') : null);
}
