// Reads a UI plugin descriptor as oVirt's PluginDataManager does: JSON with // and /* */ comments, a non-empty
// name and url required, resourcePath optional, lazyLoad true unless false.

export function stripComments(text) {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        i += 1;
      }
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        throw new Error('unterminated /* comment');
      }
      i = end + 1;
    } else {
      out += c;
    }
  }
  return out;
}

export function parseDescriptor(text, fileName) {
  const descriptor = JSON.parse(stripComments(text));
  const nonEmpty = (value) => typeof value === 'string' && value.trim() !== '';
  if (!nonEmpty(descriptor.name)) {
    throw new Error(`${fileName}: "name" must be a non-empty string`);
  }
  if (!nonEmpty(descriptor.url)) {
    throw new Error(`${fileName}: "url" must be a non-empty string`);
  }
  if (descriptor.resourcePath !== undefined && !nonEmpty(descriptor.resourcePath)) {
    throw new Error(`${fileName}: "resourcePath" must be a non-empty string when given`);
  }
  if (descriptor.config !== undefined && (typeof descriptor.config !== 'object' || Array.isArray(descriptor.config))) {
    throw new Error(`${fileName}: "config" must be an object`);
  }
  return {
    name: descriptor.name,
    url: descriptor.url,
    config: descriptor.config || {},
    resourcePath: descriptor.resourcePath,
    lazyLoad: descriptor.lazyLoad !== false,
    enabled: true,
  };
}
