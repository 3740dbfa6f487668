// Building DOM nodes without HTML strings: every piece of data becomes a text node or an attribute value,
// so nothing a channel, a title or an API answer contains can ever be read as markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * h('a', {href: '/x', class: 'link'}, 'text', otherNode) -> <a href="/x" class="link">text…</a>.
 * Attributes: `on` takes {event: handler}; `dataset` takes {key: value}; null/undefined/false are left out.
 * Children: strings and numbers become text nodes, arrays are flattened, null/undefined/false are skipped.
 */
export function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** The same for SVG elements (created in the SVG namespace). */
export function s(tag, attributes = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) {
        element.addEventListener(event, handler);
      }
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces everything inside `parent` with `children`. */
export function show(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
  return parent;
}

/** The element with this id (throws if the page shell lacks it: a bug, not a runtime condition). */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`missing element #${id}`);
  }
  return element;
}

/** Our own page of a channel. */
export function channelHref(login) {
  return `/channels/${encodeURIComponent(login)}`;
}
