package org.ovirt.osn.restapi.it;

import jakarta.json.JsonArray;
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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code /openstacknetworkproviders} contract in XML and JSON, including every kind of bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkProviderRestIT {

    private static final String SECRET = "s3cret-Password-at-rest";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    static String providerXml(String name) {
        return "<openstack_network_provider><name>" + name + "</name><description>d</description>"
                + "<type>external</type><url>http://127.0.0.1:9696</url>"
                + "<requires_authentication>true</requires_authentication><username>admin@internal</username>"
                + "<password>" + SECRET + "</password>"
                + "<authentication_url>http://127.0.0.1:35357/v2.0</authentication_url>"
                + "<external_plugin_type>OVIRT_PROVIDER_OVN</external_plugin_type><read_only>false</read_only>"
                + "<auto_sync>true</auto_sync><unmanaged>false</unmanaged>"
                + "<properties><property><name>k</name><value>v</value></property></properties>"
                + "</openstack_network_provider>";
    }

    /**
     * The providers this class adds: they have {@code auto_sync} and a provider that cannot be synced, so left behind
     * they would write audit events at any time into the newest events other tests look at.
     */
    private final List<String> added = new ArrayList<>();

    @AfterEach
    void removeAddedProviders() {
        for (String id : added) {
            Http.delete("/openstacknetworkproviders/" + id);
        }
        added.clear();
    }

    private String removedLater(Http.Answer added) {
        assertEquals(201, added.status(), added.body());
        String id = added.xpath("/openstack_network_provider/@id");
        this.added.add(id);
        return id;
    }

    String addXml(String name) {
        return removedLater(Http.post("/openstacknetworkproviders", Http.XML, providerXml(name)));
    }

    @Test
    void shouldAddInXmlAnswering201WithLocationAndNoPassword() {
        String name = Http.uniqueName("xml");
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML, providerXml(name));

        String id = removedLater(added);
        assertEquals("/ovirt-engine/api/openstacknetworkproviders/" + id,
                added.xpath("/openstack_network_provider/@href"));
        assertTrue(added.raw().headers().firstValue("Location").orElseThrow().endsWith("/openstacknetworkproviders/" + id));
        assertEquals(name, added.xpath("/openstack_network_provider/name"));
        assertEquals("external", added.xpath("/openstack_network_provider/type"));
        assertEquals("true", added.xpath("/openstack_network_provider/requires_authentication"));
        assertEquals("OVIRT_PROVIDER_OVN", added.xpath("/openstack_network_provider/external_plugin_type"));
        assertEquals("v", added.xpath("/openstack_network_provider/properties/property[name='k']/value"));
        assertFalse(added.body().contains(SECRET));
        assertFalse(added.body().contains("<password"));
        assertFalse(ServerLog.contains(SECRET), "the server log must not contain the password");
    }

    @Test
    void shouldGetListAndSearchInXmlWithoutPasswords() {
        String name = Http.uniqueName("listed");
        String id = addXml(name);

        Http.Answer one = Http.get("/openstacknetworkproviders/" + id, Http.XML);
        Http.Answer searched = Http.get("/openstacknetworkproviders?search=name%3D" + name, Http.XML);
        Http.Answer all = Http.get("/openstacknetworkproviders", Http.XML);

        assertEquals(200, one.status());
        assertEquals(name, one.xpath("/openstack_network_provider/name"));
        assertEquals("1", searched.xpath("count(/openstack_network_providers/openstack_network_provider)"));
        assertEquals(id, searched.xpath("/openstack_network_providers/openstack_network_provider/@id"));
        assertFalse(all.body().contains(SECRET));
    }

    @Test
    void shouldRenderJsonInTheOvirtShape() {
        String name = Http.uniqueName("json");
        String body = "{\"name\":\"" + name + "\",\"type\":\"neutron\",\"url\":\"http://127.0.0.1:9696\","
                + "\"requires_authentication\":false,\"read_only\":true}";
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.JSON, body);
        assertEquals(201, added.status(), added.body());
        assertTrue(added.contentType().startsWith(Http.JSON));
        JsonObject provider = added.json();
        this.added.add(provider.getString("id"));

        Http.Answer list = Http.get("/openstacknetworkproviders?search=name%3D" + name, Http.JSON);

        assertEquals(name, provider.getString("name"));
        assertEquals("neutron", provider.getString("type"));
        assertTrue(provider.getBoolean("read_only"));
        assertEquals(provider.getString("id"), UUID.fromString(provider.getString("id")).toString());
        JsonArray items = list.json().getJsonArray("openstack_network_provider");
        assertEquals(1, items.size());
        assertEquals(provider.getString("id"), items.getJsonObject(0).getString("id"));
    }

    @Test
    void shouldUpdateOnlyTheGivenFieldsAndKeepThePassword() {
        String id = addXml(Http.uniqueName("upd"));

        Http.Answer updated = Http.put("/openstacknetworkproviders/" + id, Http.XML,
                "<openstack_network_provider><url>https://neutron.example:9696</url><read_only>true</read_only>"
                        + "</openstack_network_provider>");

        assertEquals(200, updated.status(), updated.body());
        assertEquals("https://neutron.example:9696", updated.xpath("/openstack_network_provider/url"));
        assertEquals("true", updated.xpath("/openstack_network_provider/read_only"));
        assertEquals("admin@internal", updated.xpath("/openstack_network_provider/username"));
        assertEquals("v", updated.xpath("/openstack_network_provider/properties/property[name='k']/value"));

        // kept, proven by a provider that needs it: the Keystone-mode Neutron, after an update without a password
        String keystone = removedLater(Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("keep") + "</name><type>neutron</type><url>"
                        + KeystoneNeutronNetworks.NEUTRON + "</url>" + KeystoneNeutronNetworks.providerAuthXml()
                        + "</openstack_network_provider>"));
        assertEquals(200, Http.put("/openstacknetworkproviders/" + keystone, Http.XML,
                "<openstack_network_provider><description>renamed</description><username>"
                        + KeystoneNeutronNetworks.USER + "</username><read_only>true</read_only>"
                        + "</openstack_network_provider>").status());
        Http.Answer stillAuthenticates = testConnectivity(keystone);
        assertEquals(200, stillAuthenticates.status(), stillAuthenticates.body());
        assertEquals("complete", stillAuthenticates.xpath("/action/status"));
        // and the test needs it: another password (the one given replaces the kept one) is refused
        assertEquals(200, Http.put("/openstacknetworkproviders/" + keystone, Http.XML,
                "<openstack_network_provider><password>not-" + KeystoneNeutronNetworks.PASSWORD + "</password>"
                        + "</openstack_network_provider>").status());
        Http.Answer refused = testConnectivity(keystone);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.xpath("/action/fault/detail").contains("Authentication with provider"), refused.body());
    }

    private static Http.Answer testConnectivity(String id) {
        return Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
    }

    @Test
    void shouldRemoveWith200AndThenAnswer404() {
        String id = addXml(Http.uniqueName("rm"));

        Http.Answer removed = Http.delete("/openstacknetworkproviders/" + id);
        Http.Answer again = Http.get("/openstacknetworkproviders/" + id, Http.XML);

        assertEquals(200, removed.status());
        assertEquals(404, again.status());
        assertTrue(again.contentType().startsWith(Http.XML));
        assertTrue(again.xpath("/fault/detail").contains(id));
    }

    @Test
    void shouldRefuseAMissingNameWith400() {
        Http.Answer answer = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><url>http://127.0.0.1:9696</url></openstack_network_provider>");

        assertEquals(400, answer.status());
        assertTrue(answer.xpath("/fault/detail").contains("name is required"), answer.body());
    }

    @Test
    void shouldRefuseADuplicateNameWith409() {
        String name = Http.uniqueName("dup");
        addXml(name);

        Http.Answer answer = Http.post("/openstacknetworkproviders", Http.XML, providerXml(name));

        assertEquals(409, answer.status());
        assertTrue(answer.xpath("/fault/detail").contains("already used"), answer.body());
    }

    @Test
    void shouldAnswer404WithAFaultForUnknownAndMalformedIds() {
        Http.Answer unknown = Http.get("/openstacknetworkproviders/" + UUID.randomUUID(), Http.XML);
        Http.Answer malformed = Http.get("/openstacknetworkproviders/not-a-uuid", Http.XML);
        Http.Answer unknownDelete = Http.delete("/openstacknetworkproviders/" + UUID.randomUUID());

        assertEquals(404, unknown.status());
        assertEquals("Resource not found", unknown.xpath("/fault/reason"));
        assertEquals(404, malformed.status());
        assertTrue(malformed.contentType().startsWith(Http.XML));
        assertEquals(404, unknownDelete.status());
    }

    @Test
    void shouldAnswer400ForMalformedXmlAndJson() {
        Http.Answer xml = Http.post("/openstacknetworkproviders", Http.XML, "<openstack_network_provider><name>x");
        Http.Answer json = Http.post("/openstacknetworkproviders", Http.JSON, "{\"name\": ");

        assertEquals(400, xml.status(), xml.body());
        assertTrue(xml.contentType().startsWith(Http.XML));
        assertFalse(xml.xpath("/fault/detail").isBlank());
        assertEquals(400, json.status(), json.body());
    }

    @Test
    void shouldAnswer400ForABadUrlAndABadType() {
        Http.Answer badUrl = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("u") + "</name><url>not a url</url>"
                        + "</openstack_network_provider>");
        Http.Answer badType = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + Http.uniqueName("t") + "</name><type>glance</type>"
                        + "<url>http://127.0.0.1:9696</url></openstack_network_provider>");

        assertEquals(400, badUrl.status());
        assertTrue(badUrl.xpath("/fault/detail").contains("not an absolute http or https URL"), badUrl.body());
        assertEquals(400, badType.status());
        assertTrue(badType.xpath("/fault/detail").contains("glance"), badType.body());
    }

    @Test
    void shouldRecordAddAndFailureInTheAuditLog() {
        String name = Http.uniqueName("audited");
        addXml(name);
        Http.post("/openstacknetworkproviders", Http.XML, providerXml(name));

        Http.Answer events = Http.get("/events?max=200", Http.XML);

        // this provider's events only: others' (a periodic sync's) may come in between
        String ofThisProvider = "/events/event[contains(description, '" + name + "')]";
        assertEquals(200, events.status());
        assertEquals("206", events.xpath(ofThisProvider + "[1]/code"), "newest first: the failed duplicate add");
        assertEquals("205", events.xpath(ofThisProvider + "[2]/code"), events.body());
        assertTrue(events.xpath(ofThisProvider + "[2]/description").contains("Provider " + name + " was added"));
    }

    @Test
    void shouldApplyEveryOneOfManyConcurrentUpdatesOfOneProvider() throws Exception {
        String name = Http.uniqueName("concurrent");
        String id = addXml(name);
        int writers = 10;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.List<java.util.concurrent.Future<Http.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String description = "writer-" + i;
                answers.add(pool.submit(() -> Http.put("/openstacknetworkproviders/" + id, Http.XML,
                        "<openstack_network_provider><description>" + description + "</description>"
                                + "</openstack_network_provider>")));
            }
            for (java.util.concurrent.Future<Http.Answer> answer : answers) {
                assertEquals(200, answer.get().status(), answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }

        Http.Answer events = Http.get("/events?max=200", Http.XML);
        assertEquals(String.valueOf(writers), events.xpath("count(/events/event[code='207' and description="
                        + "'Provider " + name + " was updated. (User: admin@internal)'])"),
                "the provider lock serialises the updates: each one is applied and audited, none is lost");
        assertTrue(Http.get("/openstacknetworkproviders/" + id, Http.XML)
                .xpath("/openstack_network_provider/description").startsWith("writer-"));
    }
}
