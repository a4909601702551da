package org.ovirt.osn.provider.neutron;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * In WildFly the deployment's class loader offers JSON-B and Jackson entity providers that claim every type for
 * application/json; a client built with them would turn our request bytes into a JSON array of numbers and try to
 * bind the answer stream. The provider client must not see them.
 */
class NeutronClientIsolationTest {

    /** Claims everything for JSON, like RESTEasy's JSON-B provider does. */
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class GreedyJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return true;
        }

        @Override
        public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
            throw new IllegalStateException("the greedy JSON provider read an answer");
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return true;
        }

        @Override
        public void writeTo(Object o, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
            entityStream.write("[\"greedy\"]".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldSendAndReadRawJsonWhenTheDeploymentOffersGreedyJsonProviders(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("providers");
        Files.writeString(services, GreedyJsonProvider.class.getName() + "\n");
        ClassLoader deployment = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/jakarta.ws.rs.ext.Providers")
                        ? Collections.enumeration(java.util.List.of(services.toUri().toURL()))
                        : super.getResources(name);
            }
        };
        try (FixtureServer server = FixtureServer.http()) {
            server.on("POST /v3/auth/tokens", (exchange, request) -> respond(exchange, 201, "application/json",
                            fixture("keystone-v3-token.json").replace("${expires_at}", "2099-01-01T00:00:00Z"),
                            Map.of("X-Subject-Token", "t")))
                    .on("GET /v2.0/", 200, "application/json", fixture("neutron-api-root.json"));
            NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, server.url())
                    .keystone(server.url() + "/v3", "ovirt", TestProviders.PASSWORD).build();
            Thread thread = Thread.currentThread();
            ClassLoader original = thread.getContextClassLoader();
            thread.setContextClassLoader(deployment);
            try (NeutronClientHolder clients = new NeutronClientHolder(TestProviders.config())) {
                new NeutronNetworkProviderProxyFactory(clients).create(provider).testConnection();
            } finally {
                thread.setContextClassLoader(original);
            }

            String sent = server.received().get(0).body();
            assertTrue(sent.startsWith("{\"auth\":{\"identity\":"), sent);
            assertEquals(2, server.received().size());
        }
    }
}
