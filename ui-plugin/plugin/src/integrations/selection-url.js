// A detail place's content page learns the selected entity from its URL: the plugin sets #<key>=<id> with
// setPlaceContentUrl on the entity's SelectionChange (only one selected entity has a detail).

/** The content URL for the selected entities: with the id of the one selected, else the bare page. */
export function selectionUrl(baseUrl, key, selected) {
  const entity = selected.length === 1 ? selected[0] : null;
  return entity && entity.id ? `${baseUrl}#${key}=${encodeURIComponent(entity.id)}` : baseUrl;
}

/** The id a content URL's hash carries for the key; null when none. */
export function selectedId(hash, key) {
  const prefix = `#${key}=`;
  return hash && hash.startsWith(prefix) && hash.length > prefix.length
    ? decodeURIComponent(hash.slice(prefix.length)) : null;
}
