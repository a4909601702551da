// Filtering and paging of a provider's networks, kept out of the DOM so a table of thousands stays cheap: only
// one page of rows is ever rendered.

export function matches(network, filter, dataCenterNames) {
  if (!filter) {
    return true;
  }
  const needle = filter.toLowerCase();
  return [network.name, network.id, ...dataCentersOf(network).map((id) => dataCenterNames.get(id) || id)]
    .some((text) => (text || '').toLowerCase().includes(needle));
}

export function dataCentersOf(network) {
  const list = network.data_centers && network.data_centers.data_center;
  return (Array.isArray(list) ? list : list ? [list] : []).map((dc) => dc.id);
}

/** The page to show: clamps the page number to what the filtered list has. */
export function pageOf(items, page, pageSize) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const from = (current - 1) * pageSize;
  return { rows: items.slice(from, from + pageSize), page: current, pages, from: items.length ? from + 1 : 0,
    to: Math.min(from + pageSize, items.length) };
}
