// The engine's Data Centers place: list, add, and each one's networks.

import { api, list } from './engine-api.js';

export function renderDataCenters(root, context) {
  root.innerHTML = `
    <section class="osn-place">
      <h1 class="pf-v6-c-title pf-m-xl">Data Centers</h1>
      <form class="osn-toolbar" id="dc-add">
        <span class="pf-v6-c-form-control"><input name="name" aria-label="New data center name"
          placeholder="New data center name" required></span>
        <button class="pf-v6-c-button pf-m-primary" type="submit">Add</button>
      </form>
      <div class="osn-messages" aria-live="polite"></div>
      <table class="pf-v6-c-table pf-m-compact" aria-label="Data centers" data-test="data-centers">
        <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">
          <th class="pf-v6-c-table__th" scope="col">Name</th>
          <th class="pf-v6-c-table__th" scope="col">Networks</th></tr></thead>
        <tbody class="pf-v6-c-table__tbody"></tbody>
      </table>
    </section>`;
  const body = root.querySelector('tbody');
  const messages = root.querySelector('.osn-messages');
  const form = root.querySelector('#dc-add');

  function fail(error) {
    const alert = document.createElement('div');
    alert.className = 'pf-v6-c-alert pf-m-inline pf-m-danger';
    alert.setAttribute('role', 'alert');
    const title = document.createElement('p');
    title.className = 'pf-v6-c-alert__title';
    title.textContent = error.message;
    alert.append(title);
    messages.replaceChildren(alert);
  }

  async function load() {
    try {
      const dataCenters = list(await api(context, 'GET', 'datacenters'), 'data_center');
      const networks = await Promise.all(dataCenters.map((dc) => api(context, 'GET', `datacenters/${dc.id}/networks`)
        .then((answer) => list(answer, 'network').map((n) => n.name).sort())));
      body.replaceChildren(...dataCenters.map((dc, i) => {
        const row = document.createElement('tr');
        row.className = 'pf-v6-c-table__tr';
        row.dataset.id = dc.id;
        for (const text of [dc.name, networks[i].join(', ') || '—']) {
          const cell = document.createElement('td');
          cell.className = 'pf-v6-c-table__td';
          cell.textContent = text;
          row.append(cell);
        }
        return row;
      }));
    } catch (error) {
      fail(error);
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      await api(context, 'POST', 'datacenters', { name: form.elements.name.value.trim() });
      context.showToast('success', `Data center ${form.elements.name.value.trim()} added.`);
      form.reset();
      messages.replaceChildren();
      await load();
    } catch (error) {
      fail(error);
    } finally {
      button.disabled = false;
    }
  });
  load();
}
