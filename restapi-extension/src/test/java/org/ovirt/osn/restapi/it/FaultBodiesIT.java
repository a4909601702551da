package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the API refuses before or besides any command (a path that names nothing, a method a path does not answer, a
 * sub-resource that is not set) answers with an oVirt fault in the format asked for, never a bare status page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FaultBodiesIT {

    private final AddedThroughRest added = new AddedThroughRest();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @AfterEach
    void removeWhatWasAdded() {
        added.removeAll();
    }

    private String cluster() {
        String dc = added.add("/datacenters", "<data_center><name>" + Http.uniqueName("fault-dc")
                + "</name></data_center>");
        return added.add("/clusters", "<cluster><name>" + Http.uniqueName("fault-cl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
    }

    private String host(String cluster) {
        String name = Http.uniqueName("fault-host");
        return added.add("/hosts", "<host><name>" + name + "</name><address>" + name + ".lab.example.org</address>"
                + "<cluster id=\"" + cluster + "\"/></host>");
    }

    private static void assertXmlFault(Http.Answer answer, int status, String detailPart) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith(Http.XML), answer.contentType());
        assertTrue(answer.xpath("/fault/detail").contains(detailPart), answer.body());
        assertTrue(!answer.xpath("/fault/reason").isBlank(), answer.body());
    }

    @Test
    void shouldAnswerAFaultNamingPluginTypeAndHostWhenAHostHasNoProviderBinding() {
        String host = host(cluster());

        Http.Answer xml = Http.get("/hosts/" + host + "/providerbindings/ovirt-provider-ovn", Http.XML);
        Http.Answer json = Http.get("/hosts/" + host + "/providerbindings/ovirt-provider-ovn", Http.JSON);

        assertXmlFault(xml, 404, "has no binding host id for plugin type ovirt-provider-ovn");
        assertEquals(404, json.status(), json.body());
        assertTrue(json.contentType().startsWith(Http.JSON), json.contentType());
        assertTrue(json.json().getString("detail").contains("has no binding host id for plugin type"), json.body());
    }

    @Test
    void shouldAnswerAFaultNamingThePathWhenNoResourceIsThere() {
        Http.Answer top = Http.get("/nosuchcollection", Http.XML);
        Http.Answer below = Http.get("/openstacknetworkproviders/" + UUID.randomUUID() + "/nosuchthing", Http.JSON);

        assertXmlFault(top, 404, "No resource at /ovirt-engine/api/nosuchcollection");
        assertEquals(404, below.status(), below.body());
        JsonObject fault = below.json();
        assertTrue(fault.getString("detail").startsWith("No resource at /ovirt-engine/api/openstacknetworkproviders/"),
                below.body());
        assertTrue(!fault.getString("detail").contains("RESTEASY"), below.body());
    }

    @Test
    void shouldAnswerAFaultNamingWhatIsAllowedWhenTheMethodIsNot() {
        Http.Answer answer = Http.sendAsAdmin(Http.api("/jobs", Http.XML).header("Content-Type", Http.XML)
                .PUT(HttpRequest.BodyPublishers.ofString("<job/>")));

        assertXmlFault(answer, 405, "PUT is not allowed on /ovirt-engine/api/jobs; it allows GET");
        assertTrue(answer.raw().headers().firstValue("Allow").orElse("").contains("GET"),
                answer.raw().headers().toString());
    }

    @Test
    void shouldKeepTheResourcesOwnWordsWhenAnIdNamesNothing() {
        Http.Answer answer = Http.get("/openstacknetworkproviders/not-a-uuid", Http.XML);

        assertXmlFault(answer, 404, "No object with id not-a-uuid");
    }

    @Test
    void shouldAnswerAFaultWhenANetworkIsNotAttachedToTheCluster() {
        String cluster = cluster();
        String dc = Http.get("/clusters/" + cluster, Http.XML).xpath("/cluster/data_center/@id");
        String network = added.add("/networks", "<network><name>" + Http.uniqueName("fault-net")
                + "</name><data_center id=\"" + dc + "\"/></network>");

        Http.Answer answer = Http.get("/clusters/" + cluster + "/networks/" + network, Http.XML);

        assertXmlFault(answer, 404, "is not attached to cluster");
    }
}
