package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The providers' meters in WildFly's Prometheus scrape ({@code /metrics} on the management interface), labelled by
 * provider, counting the calls the provider really received; gone once the provider is removed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProviderMetricsScrapeIT {

    private static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String MANAGEMENT = "http://127.0.0.1:" + Integer.getInteger("management.port", 10090);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static String scrape() {
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + "/metrics"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        } catch (IOException e) {
            throw new AssertionError(MANAGEMENT + "/metrics: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String add(String name, String url) {
        Http.Answer added = Http.post("/openstacknetworkproviders", Http.XML,
                "<openstack_network_provider><name>" + name + "</name><type>neutron</type>"
                        + "<url>" + url + "</url><requires_authentication>false</requires_authentication>"
                        + "</openstack_network_provider>");
        assertEquals(201, added.status(), added.body());
        return added.xpath("/openstack_network_provider/@id");
    }

    private static void testConnectivity(String id) {
        Http.Answer tested = Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML,
                "<action/>");
        assertEquals(200, tested.status(), tested.body());
    }

    /** The value of the sample of {@code metric} whose labels hold every one of {@code labels}, if there is one. */
    private static OptionalDouble sample(String scrape, String metric, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
        while (line.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    private static double required(String scrape, String metric, String... labels) {
        return sample(scrape, metric, labels).orElseThrow(() -> new AssertionError(
                "no " + metric + " with " + String.join(",", labels) + " in the scrape:\n" + scrape));
    }

    @Test
    void shouldScrapeTheProvidersCallsLabelledByProviderAndCountEveryCallItReceived() {
        try (CountingNeutron neutron = new CountingNeutron(NEUTRON)) {
            String name = Http.uniqueName("scraped");
            String id = add(name, neutron.url());
            testConnectivity(id);
            String label = "provider_id=\"" + id + "\"";
            String before = scrape();
            int receivedBefore = neutron.requests();

            testConnectivity(id);
            assertEquals(200, Http.get("/openstacknetworkproviders/" + id + "/networks", Http.XML).status());
            testConnectivity(id);
            String after = scrape();
            int received = neutron.requests() - receivedBefore;

            assertTrue(received >= 3, "the provider was called: " + received);
            assertEquals(received, required(after, "osn_provider_calls_total", label, "kind=\"success\"")
                    - required(before, "osn_provider_calls_total", label, "kind=\"success\""), 0.0);
            assertEquals(received, required(after, "osn_provider_call_duration_seconds_count", label)
                    - required(before, "osn_provider_call_duration_seconds_count", label), 0.0);
            assertTrue(required(after, "osn_provider_call_duration_seconds_sum", label)
                    > required(before, "osn_provider_call_duration_seconds_sum", label));
            assertEquals(0, required(after, "osn_provider_calls_total", label, "kind=\"timeout\""), 0.0);
            assertEquals(0, required(after, "osn_provider_calls_in_flight", label), 0.0);
            assertEquals(1, required(after, "osn_provider_status", label, "status=\"ok\""), 0.0);
            assertEquals(0, required(after, "osn_provider_status", label, "status=\"unreachable\""), 0.0);
            assertTrue(required(after, "osn_provider_last_success_age_seconds", label) < 60);
            assertTrue(sample(after, "osn_provider_calls_total", label, "provider=\"" + name + "\"").isPresent(),
                    "the provider's name as a label");
        }
    }

    @Test
    void shouldShowAnUnreachableProviderAsSuchInTheScrape() throws IOException {
        String id;
        try (RefusingPort nobody = new RefusingPort()) {
            id = add(Http.uniqueName("refused"), nobody.url());
            Http.post("/openstacknetworkproviders/" + id + "/testconnectivity", Http.XML, "<action/>");
        }
        String scrape = scrape();
        String label = "provider_id=\"" + id + "\"";

        assertEquals(1, required(scrape, "osn_provider_status", label, "status=\"unreachable\""), 0.0);
        assertTrue(required(scrape, "osn_provider_calls_total", label, "kind=\"connection\"") >= 1);
        assertEquals(0, required(scrape, "osn_provider_calls_total", label, "kind=\"success\""), 0.0);
    }

    @Test
    void shouldDropARemovedProvidersMetricsFromTheScrape() {
        String id = add(Http.uniqueName("removed"), NEUTRON);
        testConnectivity(id);
        String label = "provider_id=\"" + id + "\"";
        assertTrue(scrape().contains(label), "measured before the removal");

        assertEquals(200, Http.delete("/openstacknetworkproviders/" + id).status());

        String scrape = scrape();
        assertFalse(scrape.contains(label), "no sample of the removed provider is left");
        assertTrue(scrape.contains("osn_provider_calls_total{"), "other providers' meters stay");
    }
}
