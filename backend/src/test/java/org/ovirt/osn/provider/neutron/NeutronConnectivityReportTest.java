package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.provider.ProviderConnectivityReport.AuthenticationKind;
import org.ovirt.osn.provider.ProviderConnectivityReport.CallTiming;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the connectivity test reports, against the real Neutron of {@code scripts/neutron.sh} (noauth on 9696,
 * keystone mode on 9697 behind Keystone v3 on 5000) and the emulated ovirt-provider-ovn, whose capabilities differ.
 */
class NeutronConnectivityReportTest {

    private static final String NOAUTH_URL = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    private static final String KEYSTONE_NEUTRON_URL =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    private static final String KEYSTONE_URL =
            System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    private static final String USER = System.getProperty("osn.test.keystone.user", "ovirt");
    private static final String PASSWORD = System.getProperty("osn.test.keystone.password", "ovirt-secret");
    private static final String PROJECT = System.getProperty("osn.test.keystone.project", "service");

    private static NeutronClientHolder clients;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "5", "osn.provider.read.timeout", "30"));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static NetworkProviderProxy neutron(NetworkProvider provider) {
        return new NeutronNetworkProviderProxyFactory(clients).create(provider);
    }

    private static List<String> requests(ProviderConnectivityReport report) {
        return report.calls().stream().map(CallTiming::request).toList();
    }

    private static void assertTimed(ProviderConnectivityReport report) {
        for (CallTiming call : report.calls()) {
            assertTrue(call.roundTrip().compareTo(Duration.ZERO) > 0, call.toString());
            assertTrue(call.roundTrip().compareTo(Duration.ofSeconds(30)) < 0, call.toString());
        }
    }

    @Test
    void shouldReportVersionsFromTheRootAndEveryCapabilityOfTheRealNeutronWithoutAuthentication() {
        ProviderConnectivityReport report = neutron(
                TestProviders.provider(NetworkProviderType.NEUTRON, NOAUTH_URL).build()).testConnectivity();

        assertEquals(List.of("v2.0 (CURRENT)"), report.apiVersions());
        assertEquals(AuthenticationKind.NONE, report.authentication().kind());
        assertNull(report.tokenExpiresAt());
        assertEquals(List.of("GET " + NOAUTH_URL + "/v2.0/", "GET " + NOAUTH_URL + "/",
                "GET " + NOAUTH_URL + "/v2.0/extensions"), requests(report));
        assertTimed(report);
        assertEquals(new ProviderCapabilities(true, true, true, true, true), report.capabilities());
        assertTrue(report.portBinding());
        assertTrue(report.securityGroups());
    }

    @Test
    void shouldReportKeystoneV3WithTheProjectAndAFreshTokensExpiryFirstAgainstTheRealKeystone() {
        NetworkProviderProxy proxy = neutron(TestProviders.provider(NetworkProviderType.NEUTRON, KEYSTONE_NEUTRON_URL)
                .keystone(KEYSTONE_URL, USER, PASSWORD).project(PROJECT, "Default").build());

        ProviderConnectivityReport first = proxy.testConnectivity();
        ProviderConnectivityReport second = proxy.testConnectivity();

        ProviderConnectivityReport.Authentication authentication = first.authentication();
        assertEquals(AuthenticationKind.KEYSTONE_V3, authentication.kind());
        assertEquals(KEYSTONE_URL, authentication.url());
        assertEquals(USER, authentication.user());
        assertEquals("Default", authentication.userDomain());
        assertEquals(PROJECT, authentication.project());
        assertEquals("Default", authentication.projectDomain());
        assertTrue(first.tokenExpiresAt().isAfter(Instant.now()), first.tokenExpiresAt().toString());
        assertEquals("POST " + KEYSTONE_URL + "/auth/tokens", first.calls().get(0).request());
        assertEquals(4, first.calls().size(), requests(first).toString());
        assertTimed(first);
        assertEquals(List.of("v2.0 (CURRENT)"), first.apiVersions());
        assertTrue(first.capabilities().bulkPortCreate());
        assertEquals("POST " + KEYSTONE_URL + "/auth/tokens", second.calls().get(0).request(),
                "each test authenticates anew rather than trusting the cached token");
        assertTrue(!second.tokenExpiresAt().isBefore(first.tokenExpiresAt()));
    }

    @Test
    void shouldFailNamingKeystoneWhenTheRealKeystoneRefusesThePassword() {
        NetworkProviderProxy proxy = neutron(TestProviders.provider(NetworkProviderType.NEUTRON, KEYSTONE_NEUTRON_URL)
                .keystone(KEYSTONE_URL, USER, "wrong-" + PASSWORD).project(PROJECT, "Default").build());

        ProviderException e = assertThrows(ProviderException.class, proxy::testConnectivity);

        assertEquals(ProviderErrorCode.AUTHENTICATION, e.code());
        assertTrue(e.getMessage().contains("Keystone at " + KEYSTONE_URL), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), "no password in the cause");
    }

    @Test
    void shouldReportKeystoneV2AndNoBulkNoPagingAndFirstValueFiltersOfOvirtProviderOvn() {
        try (EmulatedOvirtProviderOvn ovn = EmulatedOvirtProviderOvn.withAuthentication(USER,
                TestProviders.PASSWORD)) {
            NetworkProvider provider = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                    .keystone(ovn.keystoneUrl(), USER, TestProviders.PASSWORD).tenant("ovirt").build();

            ProviderConnectivityReport report = new ExternalNetworkProviderProxyFactory(clients).create(provider)
                    .testConnectivity();

            assertEquals(List.of("v2.0 (CURRENT)"), report.apiVersions(), "listed on /v2.0/, no root call");
            assertEquals(List.of("POST " + ovn.keystoneUrl() + "/tokens", "GET " + ovn.url() + "/v2.0/",
                    "GET " + ovn.url() + "/v2.0/extensions"), requests(report));
            assertTimed(report);
            assertEquals(AuthenticationKind.KEYSTONE_V2, report.authentication().kind());
            assertEquals("ovirt", report.authentication().project());
            assertEquals(ProviderCapabilities.BASIC, report.capabilities());
            assertFalse(report.portBinding());
            assertFalse(report.securityGroups());
        }
    }

    @Test
    void shouldReportConfiguredCapabilitiesOverDetectedOnes() {
        try (EmulatedOvirtProviderOvn ovn = EmulatedOvirtProviderOvn.start()) {
            NetworkProvider provider = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                    .customProperties(Map.of(NeutronCapabilityCache.ANY_OF, "true")).build();

            ProviderConnectivityReport report = new ExternalNetworkProviderProxyFactory(clients).create(provider)
                    .testConnectivity();

            assertEquals(new ProviderCapabilities(false, false, false, false, true), report.capabilities());
            assertEquals(AuthenticationKind.NONE, report.authentication().kind());
        }
    }
}
