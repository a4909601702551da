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
    /** A VLAN network on physnet1 (VLANs 100-200 there); another VLAN when one is taken. */
    async vlanNetwork(name) {
      for (let attempt = 0; ; attempt += 1) {
        const vlan = 100 + Math.floor(Math.random() * 101);
        try {
          const { network } = await call('POST', 'networks', { network: { name, 'provider:network_type': 'vlan',
            'provider:physical_network': 'physnet1', 'provider:segmentation_id': vlan } });
          created.push(network.id);
          return network;
        } catch (error) {
          if (attempt > 20 || !/HTTP 409/.test(error.message)) {
            throw error;
          }
        }
      }
    },
    /** The network as Neutron has it; null when it has none. */
    async get(id) {
      const response = await fetch(`${url}/v2.0/networks/${id}`, { headers: { Accept: 'application/json' } });
      return response.status === 404 ? null : (await response.json()).network;
    },
    async subnetsOf(networkId) {
      return (await call('GET', `subnets?network_id=${encodeURIComponent(networkId)}`)).subnets;
    },
    /** Removes on cleanup a network something else (the engine) created. */
    track(id) {
      created.push(id);
    },
    /** A port as the engine makes them (device owner oVirt) for a vNIC id that does not exist: an orphan. */
    async orphanPort(networkId, deviceId) {
      const { port } = await call('POST', 'ports', { port: { network_id: networkId, device_id: deviceId,
        device_owner: 'oVirt', name: `orphan-${deviceId.slice(0, 8)}` } });
      return port;
    },
    async port(id) {
      const response = await fetch(`${url}/v2.0/ports/${id}`, { headers: { Accept: 'application/json' } });
      return response.status === 404 ? null : (await response.json()).port;
    },
    /** The ports Neutron has for a device (an engine vNIC id is a port's device_id). */
    async portsOf(deviceId) {
      return (await call('GET', `ports?device_id=${encodeURIComponent(deviceId)}`)).ports;
    },
    async removeAll() {
      for (const id of created.splice(0)) {
        // the engine may have removed it already (remove on provider)
        await call('DELETE', `networks/${id}`).catch((error) => {
          if (!/HTTP 404/.test(error.message)) {
            console.error(error.message);
          }
        });
      }
    },
  };
}
