// Networks made straight on the real Neutron for a test, removed again afterwards.
export function createNeutron(url) {
  const created = [];
  async function call(method, path, body) {
    const response = await fetch(`${url}/v2.0/${path}`, { method, headers: { 'Content-Type': 'application/json',
      Accept: 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`Neutron ${method} ${path}: HTTP ${response.status} ${text}`);
    }
    return text ? JSON.parse(text) : {};
  }
  return {
    async network(name) {
      const { network } = await call('POST', 'networks', { network: { name } });
      created.push(network.id);
      return network.id;
    },
    /** The ports Neutron has for a device (an engine vNIC id is a port's device_id). */
    async portsOf(deviceId) {
      return (await call('GET', `ports?device_id=${encodeURIComponent(deviceId)}`)).ports;
    },
    async removeAll() {
      for (const id of created.splice(0)) {
        await call('DELETE', `networks/${id}`).catch((error) => console.error(error.message));
      }
    },
  };
}
