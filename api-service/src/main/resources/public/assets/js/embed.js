// Pure URLs of Twitch's embedded player and chat. Twitch requires a `parent` parameter naming every domain the
// embed sits on (the page's own host, plus any configured extra domain), repeated once per domain.

/** The page's host first, then the extra domains; lower-cased, blanks and repeats left out. */
export function embedParents(hostname, extra = []) {
  const parents = [];
  for (const candidate of [hostname, ...extra]) {
    const domain = String(candidate ?? '').trim().toLowerCase();
    if (domain !== '' && !parents.includes(domain)) {
      parents.push(domain);
    }
  }
  return parents;
}

/** https://player.twitch.tv/?channel=<login>&parent=<a>&parent=<b> */
export function playerUrl(login, parents) {
  const query = new URLSearchParams({channel: login});
  parents.forEach(parent => query.append('parent', parent));
  return `https://player.twitch.tv/?${query}`;
}

/** https://www.twitch.tv/embed/<login>/chat?parent=<a>&parent=<b> */
export function chatUrl(login, parents) {
  const query = new URLSearchParams();
  parents.forEach(parent => query.append('parent', parent));
  return `https://www.twitch.tv/embed/${encodeURIComponent(login)}/chat?${query}`;
}

/** The extra embed domains the server configured, from <meta name="sp-embed-parents" content="a,b">. */
export function configuredParents(doc) {
  const content = doc.querySelector('meta[name="sp-embed-parents"]')?.getAttribute('content') ?? '';
  return content.split(',').map(domain => domain.trim()).filter(domain => domain !== '');
}
