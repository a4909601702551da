package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discovery, import and link of networks of the real Neutron over HTTP, in XML and JSON: the networks are created on
 * Neutron by the test, imported into data centers made through the REST API, and removed again afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderNetworksRestIT {

    private final RealNeutronNetworks neutron = new RealNeutronNetworks();
    private final KeystoneNeutronNetworks keystoneNeutron = new KeystoneNeutronNetworks();
    private final ProvidersAndDataCenters resources = new ProvidersAndDataCenters("nets");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        resources.removeAll();
        neutron.close();
        keystoneNeutron.close();
    }

    private String provider() {
        return resources.provider();
    }

    private String dataCenter(String name) {
        return resources.dataCenter(name);
    }

    private static String networks(String provider) {
        return "/openstacknetworkproviders/" + provider + "/networks";
    }

    private static Http.Answer importInto(String provider, String external, String dataCenterXml) {
        return Http.post(networks(provider) + "/" + external + "/import", Http.XML,
                "<action>" + dataCenterXml + "</action>");
    }

    @Test
    void shouldDiscoverImportAndShowProvidersOfAVlanNetworkInXml() {
        String provider = provider();
        String name = Http.uniqueName("vlan");
        String external = neutron.vlan(name);
        int segmentation = RealNeutronNetworks.get(external).getInt("provider:segmentation_id");
        String dc = dataCenter(Http.uniqueName("dc"));
        Http.Answer physnet = Http.post("/networks", Http.XML, "<network><name>physnet1</name><data_center id=\""
                + dc + "\"/><vlan id=\"" + segmentation + "\"/></network>");
        assertEquals(201, physnet.status(), physnet.body());
        assertEquals("physnet1", physnet.xpath("/network/vdsm_name"));

        Http.Answer list = Http.get(networks(provider), Http.XML);
        assertEquals(200, list.status(), list.body());
        assertEquals(name, list.xpath("/openstack_networks/openstack_network[@id='" + external + "']/name"));
        assertEquals(provider, list.xpath("/openstack_networks/openstack_network[@id='" + external
                + "']/openstack_network_provider/@id"));
        assertEquals("0", list.xpath("count(/openstack_networks/openstack_network[@id='" + external
                + "']/data_centers/data_center)"));

        Http.Answer imported = importInto(provider, external, "<data_center id=\"" + dc + "\"/>");
        assertEquals(200, imported.status(), imported.body());
        assertEquals("complete", imported.xpath("/action/status"));
        String network = imported.xpath("/action/network/@id");

        Http.Answer one = Http.get(networks(provider) + "/" + external, Http.XML);
        assertEquals(200, one.status(), one.body());
        assertEquals(dc, one.xpath("/openstack_network/data_centers/data_center/@id"));
        assertEquals(networks(provider).replaceFirst("^", "/ovirt-engine/api") + "/" + external + "/subnets",
                one.xpath("/openstack_network/link[@rel='subnets']/@href"));

        Http.Answer engine = Http.get("/networks/" + network, Http.XML);
        assertEquals(200, engine.status(), engine.body());
        assertEquals(name, engine.xpath("/network/name"));
        assertEquals(dc, engine.xpath("/network/data_center/@id"));
        assertEquals(String.valueOf(segmentation), engine.xpath("/network/vlan/@id"));
        assertEquals("vm", engine.xpath("/network/usages/usage"));
        assertEquals(provider, engine.xpath("/network/external_provider/@id"));
        assertEquals(external, engine.xpath("/network/provided_by/openstack_network/@id"));
        assertEquals(provider, engine.xpath("/network/provided_by/openstack_network/openstack_network_provider/@id"));
        assertEquals(physnet.xpath("/network/@id"), engine.xpath("/network/external_provider_physical_network/@id"));

        Http.Answer profiles = Http.get("/networks/" + network + "/vnicprofiles", Http.XML);
        assertEquals(name, profiles.xpath("/vnic_profiles/vnic_profile/name"));

        Http.Answer again = importInto(provider, external, "<data_center id=\"" + dc + "\"/>");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.xpath("/fault/detail").contains("already imported"), again.body());
    }

    @Test
    void shouldImportAFlatNetworkByDataCenterNameInJson() {
        String provider = provider();
        String name = Http.uniqueName("flat");
        String external = neutron.flat(name, "osn-" + UUID.randomUUID().toString().substring(0, 8));
        String dcName = Http.uniqueName("dc");
        String dc = dataCenter(dcName);

        Http.Answer imported = Http.post(networks(provider) + "/" + external + "/import", Http.JSON,
                "{\"data_center\":{\"name\":\"" + dcName + "\"}}");
        assertEquals(200, imported.status(), imported.body());
        assertTrue(imported.contentType().startsWith(Http.JSON), imported.contentType());
        JsonObject action = imported.json();
        assertEquals("complete", action.getString("status"));
        String network = action.getJsonObject("network").getString("id");

        JsonObject engine = Http.get("/networks/" + network, Http.JSON).json();
        assertEquals(name, engine.getString("name"));
        assertEquals(dc, engine.getJsonObject("data_center").getString("id"));
        assertTrue(!engine.containsKey("vlan"), engine.toString());
        assertEquals(external, engine.getJsonObject("provided_by").getJsonArray("openstack_network")
                .getJsonObject(0).getString("id"));

        JsonObject listed = Http.get(networks(provider) + "/" + external, Http.JSON).json();
        assertEquals(provider, listed.getJsonObject("openstack_network_provider").getString("id"));
        assertEquals(dc, listed.getJsonObject("data_centers").getJsonArray("data_center").getJsonObject(0)
                .getString("id"));
    }

    @Test
    void shouldAttachToEveryClusterAndKeepTheProfilePrivateWhenAsked() {
        String provider = provider();
        String name = Http.uniqueName("attached");
        String external = neutron.vlan(name);
        String dc = dataCenter(Http.uniqueName("dc"));
        Http.Answer cluster = Http.post("/clusters", Http.XML, "<cluster><name>" + Http.uniqueName("cl")
                + "</name><data_center id=\"" + dc + "\"/></cluster>");
        assertEquals(201, cluster.status(), cluster.body());
        String clusterId = cluster.xpath("/cluster/@id");

        Http.Answer imported = importInto(provider, external, "<data_center id=\"" + dc + "\"/>"
                + "<public_use>false</public_use><attach_to_all_clusters>true</attach_to_all_clusters>");
        assertEquals(200, imported.status(), imported.body());
        String network = imported.xpath("/action/network/@id");

        Http.Answer attached = Http.get("/clusters/" + clusterId + "/networks", Http.XML);
        assertEquals("false", attached.xpath("/networks/network[@id='" + network + "']/required"), attached.body());
        Http.Answer profiles = Http.get("/networks/" + network + "/vnicprofiles", Http.XML);
        assertEquals("false", profiles.xpath("/vnic_profiles/vnic_profile/public_use"), profiles.body());
        Http.delete("/clusters/" + clusterId);
    }

    @Test
    void shouldAnswerFaultsForBadImports() {
        String provider = provider();
        String external = neutron.vlan(Http.uniqueName("faults"));
        String dc = dataCenter(Http.uniqueName("dc"));

        assertEquals(404, importInto(provider, external, "<data_center id=\"" + UUID.randomUUID() + "\"/>")
                .status());
        assertEquals(404, importInto(provider, external, "<data_center><name>no-such-dc-" + UUID.randomUUID()
                + "</name></data_center>").status());
        assertEquals(400, importInto(provider, external, "").status());
        Http.Answer unknown = importInto(provider, UUID.randomUUID().toString(), "<data_center id=\"" + dc + "\"/>");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(404, Http.get(networks(provider) + "/" + UUID.randomUUID(), Http.XML).status());
        assertEquals(404, Http.get(networks(UUID.randomUUID().toString()), Http.XML).status());
    }

    @Test
    void shouldRefuseANameTheDataCenterAlreadyHas() {
        String provider = provider();
        String name = Http.uniqueName("clash");
        String external = neutron.vlan(name);
        String dc = dataCenter(Http.uniqueName("dc"));
        assertEquals(201, Http.post("/networks", Http.XML, "<network><name>" + name + "</name><data_center id=\""
                + dc + "\"/></network>").status());

        Http.Answer clash = importInto(provider, external, "<data_center id=\"" + dc + "\"/>");

        assertEquals(409, clash.status(), clash.body());
        assertTrue(clash.xpath("/fault/detail").contains("already has a network named " + name), clash.body());
    }

    @Test
    void shouldLinkAnExistingNetworkToASecondProvider() {
        String first = provider();
        String second = provider();
        String external = neutron.vlan(Http.uniqueName("linked"));
        String dc = dataCenter(Http.uniqueName("dc"));
        String network = importInto(first, external, "<data_center id=\"" + dc + "\"/>").xpath("/action/network/@id");

        Http.Answer linked = Http.post(networks(second) + "/" + external + "/link", Http.XML,
                "<action><network id=\"" + network + "\"/></action>");
        assertEquals(200, linked.status(), linked.body());
        assertEquals("complete", linked.xpath("/action/status"));

        Http.Answer engine = Http.get("/networks/" + network, Http.XML);
        assertEquals("2", engine.xpath("count(/network/provided_by/openstack_network)"));
        assertEquals(first, engine.xpath("/network/external_provider/@id"));
        assertEquals(second, engine.xpath("/network/provided_by/openstack_network[2]/openstack_network_provider/@id"));

        Http.Answer twice = Http.post(networks(second) + "/" + external + "/link", Http.XML,
                "<action><network id=\"" + network + "\"/></action>");
        assertEquals(409, twice.status(), twice.body());
        Http.Answer sameDc = Http.post(networks(first) + "/" + external + "/link", Http.XML,
                "<action><network id=\"" + network + "\"/></action>");
        assertEquals(409, sameDc.status(), sameDc.body());
        assertEquals(400, Http.post(networks(second) + "/" + external + "/link", Http.XML, "<action/>").status());
    }

    @Test
    void shouldGiveOneNetworkForTenConcurrentImports() throws Exception {
        String provider = provider();
        String name = Http.uniqueName("race");
        String external = neutron.vlan(name);
        String dc = dataCenter(Http.uniqueName("dc"));
        Http.adminToken();
        int contenders = 10;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<Http.Answer> call = () -> {
                    start.await();
                    return importInto(provider, external, "<data_center id=\"" + dc + "\"/>");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int ok = 0;
            int conflicts = 0;
            for (Future<Http.Answer> answer : answers) {
                Http.Answer a = answer.get();
                if (a.status() == 200) {
                    ok++;
                } else {
                    assertEquals(409, a.status(), a.body());
                    conflicts++;
                }
            }
            assertEquals(1, ok);
            assertEquals(contenders - 1, conflicts);
        } finally {
            pool.shutdownNow();
        }
        Http.Answer inDc = Http.get("/datacenters/" + dc + "/networks", Http.XML);
        assertEquals("1", inDc.xpath("count(/networks/network[name='" + name + "'])"), inDc.body());
    }

    @Test
    void shouldListTypeSegmentMtuAndSubnetsOfEachNetworkAsNeutronHasThem() {
        String provider = provider();
        String vlan = neutron.vlan(Http.uniqueName("vlan"));
        String flat = neutron.flat(Http.uniqueName("flat"), "osn-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Answer subnet = Http.post(networks(provider) + "/" + vlan + "/subnets", Http.XML,
                "<openstack_subnet><name>s</name><cidr>10.62.1.0/24</cidr><ip_version>v4</ip_version>"
                + "</openstack_subnet>");
        assertEquals(201, subnet.status(), subnet.body());
        JsonObject vlanOnNeutron = RealNeutronNetworks.get(vlan);
        JsonObject flatOnNeutron = RealNeutronNetworks.get(flat);

        Http.Answer list = Http.get(networks(provider), Http.XML);
        assertEquals(200, list.status(), list.body());
        String one = "/openstack_networks/openstack_network[@id='" + vlan + "']";
        assertEquals("vlan", list.xpath(one + "/network_type"), list.body());
        assertEquals("physnet1", list.xpath(one + "/physical_network"));
        String segment = String.valueOf(vlanOnNeutron.getInt("provider:segmentation_id"));
        assertEquals(segment, list.xpath(one + "/segmentation_id"));
        assertEquals(segment, list.xpath(one + "/vlan/@id"));
        assertEquals(String.valueOf(vlanOnNeutron.getInt("mtu")), list.xpath(one + "/mtu"));
        assertEquals(String.valueOf(vlanOnNeutron.getBoolean("port_security_enabled")),
                list.xpath(one + "/port_security_enabled"));
        assertEquals(subnet.xpath("/openstack_subnet/@id"), list.xpath(one + "/subnets/openstack_subnet/@id"));
        assertEquals("1", list.xpath("count(" + one + "/subnets/openstack_subnet)"));

        JsonObject flatListed = Http.get(networks(provider), Http.JSON).json().getJsonArray("openstack_network")
                .stream().map(v -> v.asJsonObject()).filter(n -> flat.equals(n.getString("id"))).findFirst()
                .orElseThrow();
        assertEquals("flat", flatListed.getString("network_type"), flatListed.toString());
        assertEquals(flatOnNeutron.getString("provider:physical_network"), flatListed.getString("physical_network"));
        assertEquals(flatOnNeutron.getInt("mtu"), flatListed.getInt("mtu"));
        assertFalse(flatListed.containsKey("vlan"), flatListed.toString());
        assertEquals(0, flatListed.getJsonObject("subnets").getJsonArray("openstack_subnet").size());
    }

    @Test
    void shouldAddListGetAndRemoveSubnetsInBothDnsFormsAndJson() {
        String provider = provider();
        String external = neutron.vlan(Http.uniqueName("subnets"));
        String subnets = networks(provider) + "/" + external + "/subnets";

        Http.Answer wrapped = Http.post(subnets, Http.XML, "<openstack_subnet><name>wrapped</name>"
                + "<cidr>10.61.1.0/24</cidr><ip_version>v4</ip_version><gateway>10.61.1.1</gateway>"
                + "<dns_servers><dns_server>8.8.8.8</dns_server><dns_server>8.8.4.4</dns_server></dns_servers>"
                + "</openstack_subnet>");
        assertEquals(201, wrapped.status(), wrapped.body());
        String first = wrapped.xpath("/openstack_subnet/@id");
        assertEquals("v4", wrapped.xpath("/openstack_subnet/ip_version"));
        assertEquals("10.61.1.1", wrapped.xpath("/openstack_subnet/gateway"));
        assertEquals("8.8.4.4", wrapped.xpath("/openstack_subnet/dns_servers/dns_server[2]"));
        assertEquals(external, wrapped.xpath("/openstack_subnet/openstack_network/@id"));

        Http.Answer repeated = Http.post(subnets, Http.XML, "<openstack_subnet><name>repeated</name>"
                + "<cidr>10.61.2.0/24</cidr><ip_version>v4</ip_version>"
                + "<dns_servers>1.1.1.1</dns_servers><dns_servers>9.9.9.9</dns_servers></openstack_subnet>");
        assertEquals(201, repeated.status(), repeated.body());
        String second = repeated.xpath("/openstack_subnet/@id");
        assertEquals("2", repeated.xpath("count(/openstack_subnet/dns_servers/dns_server)"), repeated.body());
        assertEquals("9.9.9.9", repeated.xpath("/openstack_subnet/dns_servers/dns_server[2]"));

        Http.Answer v6 = Http.post(subnets, Http.JSON, "{\"name\":\"six\",\"cidr\":\"fd00:61::/64\","
                + "\"ip_version\":\"v6\",\"dns_servers\":{\"dns_server\":[\"fd00:61::53\"]},"
                + "\"ipv6_address_mode\":\"slaac\",\"ipv6_ra_mode\":\"slaac\"}");
        assertEquals(201, v6.status(), v6.body());
        JsonObject six = v6.json();
        assertEquals("v6", six.getString("ip_version", null), v6.body());
        assertEquals("fd00:61::53", six.getJsonObject("dns_servers").getJsonArray("dns_server").getString(0));
        assertEquals("slaac", six.getString("ipv6_address_mode", null), v6.body());
        assertEquals("slaac", six.getString("ipv6_ra_mode", null), v6.body());
        Http.Answer stateless = Http.post(subnets, Http.XML, "<openstack_subnet><name>stateless</name>"
                + "<cidr>fd00:62::/64</cidr><ip_version>v6</ip_version>"
                + "<ipv6_address_mode>dhcpv6-stateless</ipv6_address_mode>"
                + "<ipv6_ra_mode>dhcpv6-stateless</ipv6_ra_mode></openstack_subnet>");
        assertEquals(201, stateless.status(), stateless.body());
        assertEquals("dhcpv6-stateless", stateless.xpath("/openstack_subnet/ipv6_address_mode"), stateless.body());

        // what the provider itself holds, not only what the engine answers
        JsonObject firstOnNeutron = RealNeutronNetworks.subnet(first);
        assertEquals(external, firstOnNeutron.getString("network_id"));
        assertEquals("10.61.1.0/24", firstOnNeutron.getString("cidr"));
        assertEquals(4, firstOnNeutron.getInt("ip_version"));
        assertEquals("10.61.1.1", firstOnNeutron.getString("gateway_ip"));
        assertEquals(List.of("8.8.8.8", "8.8.4.4"), strings(firstOnNeutron, "dns_nameservers"));
        assertEquals(List.of("1.1.1.1", "9.9.9.9"), strings(RealNeutronNetworks.subnet(second), "dns_nameservers"));
        JsonObject sixOnNeutron = RealNeutronNetworks.subnet(six.getString("id"));
        assertEquals(6, sixOnNeutron.getInt("ip_version"));
        assertEquals("fd00:61::/64", sixOnNeutron.getString("cidr"));
        assertEquals("slaac", sixOnNeutron.getString("ipv6_address_mode"), sixOnNeutron.toString());
        assertEquals("slaac", sixOnNeutron.getString("ipv6_ra_mode"), sixOnNeutron.toString());
        assertEquals(List.of("fd00:61::53"), strings(sixOnNeutron, "dns_nameservers"));
        JsonObject statelessOnNeutron = RealNeutronNetworks.subnet(stateless.xpath("/openstack_subnet/@id"));
        assertEquals("dhcpv6-stateless", statelessOnNeutron.getString("ipv6_address_mode"),
                statelessOnNeutron.toString());
        assertEquals("dhcpv6-stateless", statelessOnNeutron.getString("ipv6_ra_mode"), statelessOnNeutron.toString());

        Http.Answer list = Http.get(subnets, Http.XML);
        assertEquals("4", list.xpath("count(/openstack_subnets/openstack_subnet)"), list.body());
        assertEquals("10.61.2.0/24", Http.get(subnets + "/" + second, Http.XML).xpath("/openstack_subnet/cidr"));

        assertEquals(200, Http.delete(subnets + "/" + first).status());
        assertEquals(404, Http.get(subnets + "/" + first, Http.XML).status());
        assertEquals(404, Http.delete(subnets + "/" + first).status());
        assertEquals("3", Http.get(subnets, Http.XML).xpath("count(/openstack_subnets/openstack_subnet)"));
        assertEquals(3, RealNeutronNetworks.subnetsOn(external).size(), "removed on Neutron too");
    }

    private static List<String> strings(JsonObject object, String array) {
        return object.getJsonArray(array).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void shouldRefuseBadSubnetsAndChangesOnAReadOnlyProvider() {
        String provider = provider();
        String external = neutron.vlan(Http.uniqueName("badsubnets"));
        String subnets = networks(provider) + "/" + external + "/subnets";

        for (String bad : List.of("<cidr>10.62.0.0/33</cidr>", "<cidr>10.62.0.0/24</cidr><ip_version>v6</ip_version>",
                "<cidr>10.62.0.0/24</cidr><gateway>10.63.0.1</gateway>",
                "<cidr>10.62.0.0/24</cidr><dns_servers><dns_server>dns.example.com</dns_server></dns_servers>",
                "<cidr>10.62.0.0/24</cidr><ipv6_address_mode>slaac</ipv6_address_mode>", "<name>no cidr</name>")) {
            Http.Answer answer = Http.post(subnets, Http.XML, "<openstack_subnet>" + bad + "</openstack_subnet>");
            assertEquals(400, answer.status(), bad + ": " + answer.body());
        }
        // Neutron's own rule (both modes set must be equal) comes back as its 400, the engine's as its message
        Map<String, String> badModes = Map.of(
                "<ipv6_address_mode>slaac</ipv6_address_mode><ipv6_ra_mode>dhcpv6-stateful</ipv6_ra_mode>",
                "ipv6_ra_mode set to 'dhcpv6-stateful' with ipv6_address_mode set to 'slaac' is not valid",
                "<ipv6_address_mode>dhcpv7</ipv6_address_mode>", "The IPv6 mode dhcpv7 is none of");
        badModes.forEach((bad, expected) -> {
            Http.Answer answer = Http.post(subnets, Http.XML, "<openstack_subnet><cidr>fd00:63::/64</cidr>"
                    + "<ip_version>v6</ip_version>" + bad + "</openstack_subnet>");
            assertEquals(400, answer.status(), bad + ": " + answer.body());
            assertTrue(answer.xpath("/fault/detail").contains(expected), bad + ": " + answer.body());
        });
        assertEquals(List.of(), RealNeutronNetworks.subnetsOn(external), "nothing half-made on Neutron");
        assertEquals(404, Http.post(networks(provider) + "/" + UUID.randomUUID() + "/subnets", Http.XML,
                "<openstack_subnet><cidr>10.62.0.0/24</cidr></openstack_subnet>").status());

        assertEquals(200, Http.put("/openstacknetworkproviders/" + provider, Http.XML,
                "<openstack_network_provider><read_only>true</read_only></openstack_network_provider>").status());
        Http.Answer readOnly = Http.post(subnets, Http.XML,
                "<openstack_subnet><cidr>10.62.0.0/24</cidr></openstack_subnet>");
        assertEquals(409, readOnly.status(), readOnly.body());
        assertTrue(readOnly.xpath("/fault/detail").contains("read-only"), readOnly.body());
    }

    @Test
    void shouldImportAgainOnceTheEngineRemovedTheImportedNetwork() {
        String provider = provider();
        String external = neutron.vlan(Http.uniqueName("again"));
        String dc = dataCenter(Http.uniqueName("dc"));
        String first = importInto(provider, external, "<data_center id=\"" + dc + "\"/>").xpath("/action/network/@id");
        assertEquals(200, Http.delete("/networks/" + first).status());

        assertEquals("0", Http.get(networks(provider) + "/" + external, Http.XML)
                .xpath("count(/openstack_network/data_centers/data_center)"));
        Http.Answer again = importInto(provider, external, "<data_center id=\"" + dc + "\"/>");

        assertEquals(200, again.status(), again.body());
        assertEquals(dc, Http.get(networks(provider) + "/" + external, Http.XML)
                .xpath("/openstack_network/data_centers/data_center/@id"));
    }

    /**
     * A provider failing on its second page, once the first page's networks are written (a first page beyond the
     * write buffer, so the answer has gone out in part): the answer is cut short (README), so no client can take it
     * for the whole list: it is no complete XML or JSON document, though it holds the first page.
     */
    @Test
    void shouldCutTheStreamedListShortWhenTheProviderFailsOnALaterPage() throws Exception {
        try (SecondPageFailingNeutron failing = new SecondPageFailingNeutron(RealNeutronNetworks.NEUTRON, 300,
                "cut")) {
            Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML, "<openstack_network_provider><name>"
                    + Http.uniqueName("cut") + "</name><type>neutron</type><url>" + failing.url() + "</url>"
                    + "<requires_authentication>false</requires_authentication></openstack_network_provider>");
            assertEquals(201, added.status(), added.body());
            String provider = resources.removedLater(added.xpath("/openstack_network_provider/@id"));

            String xml = received(Http.api(networks(provider), Http.XML));
            String json = received(Http.api(networks(provider), Http.JSON));

            assertEquals(2, failing.failedPages(), "the second page was asked for, once per answer");
            String first = failing.firstPage().get(0);
            // what was written before the failure went out; what was still in the write buffer did not
            assertTrue(xml.contains("id=\"" + first + "\""), "streamed as the pages came");
            assertFalse(xml.contains("</openstack_networks>"), "an XML answer that looks complete");
            assertThrows(AssertionError.class, () -> new Http.Answer(200, Http.XML, xml, null).xpath("count(/*)"),
                    "the XML must not parse as a document");
            assertTrue(json.contains("\"id\":\"" + first + "\""), "streamed as the pages came");
            assertFalse(json.endsWith("]}"), "a JSON answer that looks complete");
            assertThrows(jakarta.json.JsonException.class,
                    () -> new Http.Answer(200, Http.JSON, json, null).json(),
                    "the JSON must not parse as a document");
        }
    }

    /** What came of the body until it ended or broke off. */
    private static String received(java.net.http.HttpRequest.Builder request) throws InterruptedException {
        java.net.http.HttpResponse<java.io.InputStream> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(request.copy()
                            .setHeader("Authorization", "Bearer " + Http.adminToken()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException e) {
            throw new AssertionError("the answer should start with the first page", e);
        }
        assertEquals(200, response.statusCode(), "the first page was there when the answer started");
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream body = response.body()) {
            body.transferTo(received);
        } catch (java.io.IOException brokenOff) {
            // the connection may end without the last chunk: also cut short
        }
        return received.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldDiscoverThroughKeystoneV3() {
        String first = keystoneNeutron.tenant(Http.uniqueName("ks-disc"));
        String second = keystoneNeutron.tenant(Http.uniqueName("ks-disc"));
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("ks-nets") + "</name><type>neutron</type>"
                        + "<url>" + KeystoneNeutronNetworks.NEUTRON + "</url>"
                        + KeystoneNeutronNetworks.providerAuthXml() + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        String provider = resources.removedLater(added.xpath("/openstack_network_provider/@id"));

        Http.Answer list = Http.get(networks(provider), Http.XML);
        Http.Answer one = Http.get(networks(provider) + "?max=1", Http.XML);

        assertEquals(200, list.status(), list.body());
        for (String created : List.of(first, second)) {
            assertEquals(provider, list.xpath("/openstack_networks/openstack_network[@id='" + created
                    + "']/openstack_network_provider/@id"), "found through the token: " + list.body());
        }
        assertEquals(200, one.status(), one.body());
        assertEquals("1", one.xpath("count(/openstack_networks/openstack_network)"), one.body());
    }
}
