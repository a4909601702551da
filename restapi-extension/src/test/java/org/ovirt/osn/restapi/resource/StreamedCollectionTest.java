package org.ovirt.osn.restapi.resource;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.query.DiscoveredNetwork;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.mapping.ProviderNetworkMapper;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackNetworks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamedCollectionTest {

    private static final UUID PROVIDER = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    private static final String BASE = "/ovirt-engine/api";

    private static OpenStackNetwork network(int i, UUID... dataCenters) {
        return ProviderNetworkMapper.toModel(new DiscoveredNetwork(new ProviderNetwork("ext-" + i, "net-ä-" + i,
                1442, "geneve", null, i, true, false, "ACTIVE", List.of(), "p"), List.of(dataCenters)), PROVIDER, BASE);
    }

    private static List<OpenStackNetwork> networks(int count) {
        return IntStream.range(0, count).mapToObj(i -> network(i, UUID.randomUUID())).toList();
    }

    /** What the JAXB provider writes for the whole collection object. */
    private static String wholeXml(List<OpenStackNetwork> networks) throws Exception {
        OpenStackNetworks collection = new OpenStackNetworks();
        collection.getOpenstackNetwork().addAll(networks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JAXBContext.newInstance(OpenStackNetworks.class).createMarshaller().marshal(collection, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String wholeJson(List<OpenStackNetwork> networks) {
        OpenStackNetworks collection = new OpenStackNetworks();
        collection.getOpenstackNetwork().addAll(networks);
        return JsonbConfigResolver.jsonb().toJson(collection);
    }

    private static String streamedXml(Stream<OpenStackNetwork> networks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamedCollection.xml("openstack_networks", JAXBContext.newInstance(OpenStackNetworks.class), networks)
                .write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String streamedJson(Stream<OpenStackNetwork> networks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamedCollection.json("openstack_network", JsonbConfigResolver.jsonb(), networks).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteTheSameXmlAsTheWholeCollectionWhenStreamed() throws Exception {
        List<OpenStackNetwork> networks = networks(3);

        assertEquals(wholeXml(networks), streamedXml(networks.stream()));
    }

    @Test
    void shouldWriteTheSameJsonAsTheWholeCollectionWhenStreamed() throws Exception {
        List<OpenStackNetwork> networks = networks(3);

        assertEquals(wholeJson(networks), streamedJson(networks.stream()));
    }

    @Test
    void shouldWriteTheSameEmptyCollectionWhenThereAreNoNetworks() throws Exception {
        assertEquals(wholeXml(List.of()), streamedXml(Stream.empty()));
        assertEquals(wholeJson(List.of()), streamedJson(Stream.empty()));
    }

    @Test
    void shouldWriteANetworkInNoDataCenterAsTheCollectionDoes() throws Exception {
        List<OpenStackNetwork> networks = List.of(network(1), network(2, UUID.randomUUID(), UUID.randomUUID()));

        assertEquals(wholeXml(networks), streamedXml(networks.stream()));
        assertEquals(wholeJson(networks), streamedJson(networks.stream()));
    }

    /** Bytes reach the client while the provider's later networks have not been produced yet. */
    @Test
    void shouldSendEarlyNetworksBeforeLaterOnesAreProducedWhenTheListIsLong() throws IOException {
        AtomicLong sent = new AtomicLong();
        AtomicLong sentWhenLastWasProduced = new AtomicLong(-1);
        int count = 20_000;
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                sent.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sent.addAndGet(len);
            }
        };
        Stream<OpenStackNetwork> produced = IntStream.range(0, count).mapToObj(i -> {
            if (i == count - 1) {
                sentWhenLastWasProduced.set(sent.get());
            }
            return network(i);
        });

        StreamedCollection.json("openstack_network", JsonbConfigResolver.jsonb(), produced).write(client);

        assertTrue(sentWhenLastWasProduced.get() > sent.get() / 2,
                () -> sentWhenLastWasProduced.get() + " of " + sent.get() + " bytes were sent before the last one");
    }

    /** Writes go out in buffer-sized pieces, not one tiny chunk per network. */
    @Test
    void shouldWriteInLargePiecesWhenMarshallersFlushPerElement() throws Exception {
        List<Integer> pieces = new java.util.ArrayList<>();
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                pieces.add(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                pieces.add(len);
            }
        };

        StreamedCollection.xml("openstack_networks", JAXBContext.newInstance(OpenStackNetworks.class),
                networks(2000).stream()).write(client);

        assertTrue(pieces.size() < 100, () -> pieces.size() + " writes");
        assertTrue(pieces.subList(0, pieces.size() - 1).stream().allMatch(n -> n >= 16 * 1024), pieces::toString);
    }
}
