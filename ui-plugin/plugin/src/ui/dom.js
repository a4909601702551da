// A few lines instead of a framework: elements built from data, text always set as text (never parsed as HTML).

/**
 * h('button', {class: 'pf-v6-c-button', onclick: fn, disabled: true}, 'Add')
 * Props starting with "on" become listeners; false/null/undefined props and children are left out.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(element.style, value);
    } else if (key in element && typeof value !== 'string') {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what an element shows. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

let nextId = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
