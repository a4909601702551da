package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.ConnectionBuilder;
import org.ovirt.engine.sdk4.Error;
import org.ovirt.engine.sdk4.services.OpenstackNetworkProviderService;
import org.ovirt.engine.sdk4.services.OpenstackNetworkProvidersService;
import org.ovirt.engine.sdk4.types.OpenStackNetworkProvider;
import org.ovirt.engine.sdk4.types.OpenStackNetworkProviderType;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.engine.sdk4.builders.Builders.openStackNetworkProvider;
import static org.ovirt.engine.sdk4.builders.Builders.property;

/**
 * The official oVirt Java SDK (4.4.5) as the client: SSO login, XML only, its status and fault handling. The SDK only
 * sets a connect timeout, so every test has its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Timeout(60)
class OvirtSdkProviderIT {

    private static final String NEUTRON = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private Connection connection;
    private OpenstackNetworkProvidersService providers;

    @BeforeEach
    void connect() {
        connection = ConnectionBuilder.connection()
                .url(Http.BASE + "/api")
                .user("admin@internal")
                .password(Http.adminPassword())
                .timeout(10)
                .build();
        providers = connection.systemService().openstackNetworkProvidersService();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void shouldValidateTheConnection() {
        assertTrue(connection.validate());
    }

    @Test
    void shouldAddListGetTestUpdateAndRemoveAProvider() {
        String name = Http.uniqueName("sdk");
        OpenStackNetworkProvider added = providers.add().provider(openStackNetworkProvider()
                        .name(name)
                        .type(OpenStackNetworkProviderType.NEUTRON)
                        .url(NEUTRON)
                        .requiresAuthentication(false)
                        .externalPluginType("OVIRT_PROVIDER_OVN")
                        .autoSync(true)
                        .properties(property().name("k").value("v")))
                .send().provider();
        OpenstackNetworkProviderService service = providers.providerService(added.id());

        List<OpenStackNetworkProvider> found = providers.list().search("name=" + name).send().providers();
        service.testConnectivity().send();
        service.update().provider(openStackNetworkProvider().readOnly(true)).send();
        OpenStackNetworkProvider read = service.get().send().provider();
        service.remove().send();

        assertEquals(name, added.name());
        assertEquals(OpenStackNetworkProviderType.NEUTRON, added.type());
        assertNull(added.password());
        assertEquals(1, found.size());
        assertEquals(added.id(), found.get(0).id());
        assertEquals("v", found.get(0).properties().get(0).value());
        assertTrue(read.readOnly());
        assertTrue(read.autoSync());
        assertEquals(NEUTRON, read.url());
        assertTrue(providers.list().search("name=" + name).send().providers().isEmpty());
    }

    @Test
    void shouldSurfaceFaultsAsSdkErrors() {
        String name = Http.uniqueName("sdk-dup");
        providers.add().provider(openStackNetworkProvider().name(name).url(NEUTRON)).send();

        Error duplicate = assertThrows(Error.class,
                () -> providers.add().provider(openStackNetworkProvider().name(name).url(NEUTRON)).send());
        Error missing = assertThrows(Error.class,
                () -> providers.providerService(UUID.randomUUID().toString()).get().send());

        assertTrue(duplicate.getMessage().contains("409"), duplicate.getMessage());
        assertTrue(duplicate.getMessage().contains("already used"), duplicate.getMessage());
        assertTrue(missing.getMessage().contains("404"), missing.getMessage());
    }

    @Test
    void shouldFailTheTestConnectivityActionWhenTheProviderIsDown() {
        OpenStackNetworkProvider added = providers.add().provider(openStackNetworkProvider()
                .name(Http.uniqueName("sdk-down")).url("http://127.0.0.1:1")).send().provider();

        Error failure = assertThrows(Error.class,
                () -> providers.providerService(added.id()).testConnectivity().send());

        assertTrue(causes(failure).contains("Cannot connect"), causes(failure));
    }

    /** The SDK wraps what the server said in "Failed to send request" and the like. */
    private static String causes(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Connection wrong = ConnectionBuilder.connection().url(Http.BASE + "/api").user("admin@internal")
                .password("wrong").timeout(10).build();

        Error error = assertThrows(Error.class, () -> wrong.systemService().openstackNetworkProvidersService()
                .list().send());

        String messages = causes(error);
        assertTrue(messages.contains("access_denied"), messages);
    }
}
