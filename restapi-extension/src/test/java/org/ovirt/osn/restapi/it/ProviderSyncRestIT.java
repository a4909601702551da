package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sync of a provider over HTTP against the real Neutron in Keystone mode (as the engine's user, whose project sees
 * only its own networks, so the sync is not swamped by what other runs leave on the shared noauth Neutron): networks
 * are added, renamed and deleted on Neutron behind the engine's back, then a dry run shows the diff without changing
 * anything and a sync applies it. Only this test's networks are asserted. Everything is removed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderSyncRestIT {

    private static final String KEYSTONE_NEUTRON =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    private static final String KEYSTONE = System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");

    private final KeystoneNeutronNetworks keystoneNeutron = new KeystoneNeutronNetworks();
    private final AddedThroughRest resources = new AddedThroughRest();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void cleanUp() {
        resources.removeAll();
        keystoneNeutron.close();
    }

    /** The Keystone-mode Neutron as the engine's user: only that project's networks, so a sync stays small. */
    private String keystoneProvider() {
        return resources.add("/openstacknetworkproviders", "<openstack_network_provider><name>"
                + Http.uniqueName("ksync") + "</name><type>neutron</type><url>" + KeystoneNeutronNetworks.NEUTRON
                + "</url>"
                + KeystoneNeutronNetworks.providerAuthXml() + "</openstack_network_provider>");
    }

    private static String imported(String provider, String external, String dc, boolean attach) {
        Http.Answer answer = Http.post("/openstacknetworkproviders/" + provider + "/networks/" + external + "/import",
                Http.XML, "<action><data_center id=\"" + dc + "\"/><attach_to_all_clusters>" + attach
                        + "</attach_to_all_clusters></action>");
        assertEquals(200, answer.status(), answer.body());
        return answer.xpath("/action/network/@id");
    }

    private static Http.Answer sync(String provider, String body) {
        return Http.post("/openstacknetworkproviders/" + provider + "/sync", Http.XML, body);
    }

    private static String change(Http.Answer answer, String list, String externalId, String field) {
        return answer.xpath("/action/network_sync/" + list + "/change[external_id='" + externalId + "']/" + field);
    }

    @Test
    void shouldShowTheDiffInADryRunAndApplyItInXml() {
        String provider = keystoneProvider();
        String dc = resources.add("/datacenters", "<data_center><name>" + Http.uniqueName("sdc")
                + "</name></data_center>");
        String cluster = resources.add("/clusters", "<cluster><name>" + Http.uniqueName("scl")
                + "</name><data_center id=\"" + dc + "\"/><external_network_providers><external_provider id=\""
                + provider + "\"/></external_network_providers></cluster>");
        assertEquals(provider, Http.get("/clusters/" + cluster, Http.XML)
                .xpath("/cluster/external_network_providers/external_provider/@id"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fresh = keystoneNeutron.tenant("sync-new-" + run);
        String renamed = keystoneNeutron.tenant("sync-old-" + run);
        String gone = keystoneNeutron.tenant("sync-gone-" + run);
        String used = keystoneNeutron.tenant("sync-used-" + run);
        String renamedNetwork = imported(provider, renamed, dc, false);
        String goneNetwork = imported(provider, gone, dc, false);
        String usedNetwork = imported(provider, used, dc, true);
        String profile = Http.get("/networks/" + usedNetwork + "/vnicprofiles", Http.XML)
                .xpath("/vnic_profiles/vnic_profile/@id");
        String vmName = Http.uniqueName("svm");
        String vm = resources.add("/vms", "<vm><name>" + vmName + "</name><cluster id=\"" + cluster + "\"/></vm>");
        assertEquals(201, Http.post("/vms/" + vm + "/nics", Http.XML, "<nic><name>nic1</name><vnic_profile id=\""
                + profile + "\"/></nic>").status());
        keystoneNeutron.rename(renamed, "sync-renamed-" + run);
        keystoneNeutron.delete(gone);
        keystoneNeutron.delete(used);

        Http.Answer dryRun = sync(provider, "<action><dry_run>true</dry_run></action>");

        assertEquals(200, dryRun.status(), dryRun.body());
        assertEquals("true", dryRun.xpath("/action/network_sync/dry_run"));
        assertEquals("planned", change(dryRun, "to_import", fresh, "status"));
        assertEquals(dc, change(dryRun, "to_import", fresh, "data_center/@id"));
        assertEquals("sync-renamed-" + run, change(dryRun, "to_update", renamed, "name"));
        assertEquals("sync-old-" + run, change(dryRun, "to_update", renamed, "previous_name"));
        assertEquals("remove", change(dryRun, "vanished", gone, "kind"));
        assertEquals("keep", change(dryRun, "vanished", used, "kind"));
        assertEquals("1", change(dryRun, "vanished", used, "vnic_count"));
        assertEquals(vmName, change(dryRun, "vanished", used, "vm_names"));
        assertEquals("sync-old-" + run, Http.get("/networks/" + renamedNetwork, Http.XML).xpath("/network/name"));
        assertEquals(200, Http.get("/networks/" + goneNetwork, Http.XML).status());

        Http.Answer applied = sync(provider, "<action/>");

        assertEquals(200, applied.status(), applied.body());
        assertEquals("done", change(applied, "to_import", fresh, "status"), applied.body());
        String freshNetwork = change(applied, "to_import", fresh, "network/@id");
        Http.Answer freshInEngine = Http.get("/networks/" + freshNetwork, Http.XML);
        assertEquals("sync-new-" + run, freshInEngine.xpath("/network/name"));
        assertEquals(dc, freshInEngine.xpath("/network/data_center/@id"));
        assertEquals(fresh, freshInEngine.xpath("/network/provided_by/openstack_network/@id"));
        assertEquals("1", Http.get("/clusters/" + cluster + "/networks", Http.XML)
                .xpath("count(/networks/network[@id='" + freshNetwork + "'])"), "attached to the default cluster");
        assertEquals("done", change(applied, "to_update", renamed, "status"));
        assertEquals("sync-renamed-" + run, Http.get("/networks/" + renamedNetwork, Http.XML).xpath("/network/name"));
        assertEquals("done", change(applied, "vanished", gone, "status"));
        assertEquals(404, Http.get("/networks/" + goneNetwork, Http.XML).status());
        assertEquals("keep", change(applied, "vanished", used, "kind"));
        assertEquals(200, Http.get("/networks/" + usedNetwork, Http.XML).status(), "vNICs still use it");

        Http.Answer again = sync(provider, "<action><dry_run>true</dry_run></action>");
        // an empty XPath result is also what a fault gives: the second dry run must be a real diff first
        assertEquals(200, again.status(), again.body());
        assertEquals("true", again.xpath("/action/network_sync/dry_run"), again.body());
        assertEquals("keep", change(again, "vanished", used, "kind"), "the kept network is still listed");
        assertEquals("0", again.xpath("count(/action/network_sync/to_import/change[external_id='" + fresh + "'])"),
                "nothing left to import");
        assertEquals("0", again.xpath("count(/action/network_sync/to_update/change[external_id='" + renamed + "'])"),
                "nothing left to update");

        Http.Answer secondPass = sync(provider, "<action/>");
        assertEquals("keep", change(secondPass, "vanished", used, "kind"), "still reported in the answer");
        String keptWarnings = "count(/events/event[code=9166 and contains(description, '" + used + "')])";
        assertEquals("1", Http.get("/events?max=200", Http.XML).xpath(keptWarnings),
                "warned once when first found gone, not on every pass");
    }

    @Test
    void shouldAnswerADryRunInJsonAnd404ForAnUnknownProvider() {
        String provider = keystoneProvider();
        String dc = resources.add("/datacenters", "<data_center><name>" + Http.uniqueName("sdc")
                + "</name></data_center>");
        resources.add("/clusters", "<cluster><name>" + Http.uniqueName("scl") + "</name><data_center id=\"" + dc
                + "\"/><external_network_providers><external_provider id=\"" + provider
                + "\"/></external_network_providers></cluster>");
        String fresh = keystoneNeutron.tenant("sync-json-" + UUID.randomUUID().toString().substring(0, 8));

        Http.Answer dryRun = Http.post("/openstacknetworkproviders/" + provider + "/sync", Http.JSON,
                "{\"dry_run\":true}");

        assertEquals(200, dryRun.status(), dryRun.body());
        JsonObject sync = dryRun.json().getJsonObject("network_sync");
        assertTrue(sync.getBoolean("dry_run"));
        assertTrue(sync.getJsonObject("to_import").getJsonArray("change").stream()
                .anyMatch(c -> fresh.equals(c.asJsonObject().getString("external_id"))), dryRun.body());
        assertEquals("0", Http.get("/datacenters/" + dc + "/networks", Http.XML).xpath("count(/networks/network)"));

        assertEquals(404, Http.post("/openstacknetworkproviders/" + UUID.randomUUID() + "/sync", Http.XML,
                "<action/>").status());
    }

    @Test
    void shouldTurnAutoSyncOffWhenTheProviderRefusesTheCredentials() {
        String name = Http.uniqueName("sync401");
        String provider = resources.add("/openstacknetworkproviders", "<openstack_network_provider><name>"
                + name + "</name><type>neutron</type><url>" + KEYSTONE_NEUTRON + "</url>"
                + "<requires_authentication>true</requires_authentication><username>osn-nobody-"
                + UUID.randomUUID().toString().substring(0, 8) + "</username><password>wrong</password>"
                + "<authentication_url>" + KEYSTONE + "</authentication_url><user_domain_name>Default"
                + "</user_domain_name><project_name>service</project_name><project_domain_name>Default"
                + "</project_domain_name><auto_sync>true</auto_sync></openstack_network_provider>");

        Http.Answer failed = sync(provider, "<action/>");

        assertEquals(400, failed.status(), failed.body());
        assertEquals("failed", failed.xpath("/action/status"));
        assertTrue(failed.xpath("/action/fault/detail").contains("Authentication"), failed.body());
        assertEquals("false", Http.get("/openstacknetworkproviders/" + provider, Http.XML)
                .xpath("/openstack_network_provider/auto_sync"));
        String turnedOff = "count(/events/event[code=9167 and severity='error' and contains(description, 'Provider "
                + name + " ') and contains(description, 'auto sync was turned off')])";
        assertEquals("1", Http.get("/events?max=1000", Http.XML).xpath(turnedOff), "audited once, for this provider");
        assertTrue(ServerLog.contains("Periodic network sync of auto-sync providers every 300 s"),
                "the scheduler started with the default interval");
    }
}
