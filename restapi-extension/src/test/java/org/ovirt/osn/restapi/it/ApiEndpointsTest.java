package org.ovirt.osn.restapi.it;

import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.OpenStackSubnet;
import org.ovirt.osn.restapi.resource.RestResources;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiEndpointsTest {

    private static Optional<ApiEndpoints.Endpoint> row(String method, String template) {
        return ApiEndpoints.all().stream()
                .filter(e -> e.method().equals(method) && e.pathTemplate().equals(template))
                .findFirst();
    }

    @Test
    void shouldReachEveryResourceMethodThroughTheRootsAndTheirLocators() {
        Set<Method> inTable = ApiEndpoints.all().stream().map(ApiEndpoints.Endpoint::resourceMethod)
                .collect(Collectors.toSet());
        List<String> unreachable = RestResources.classes().stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .filter(m -> !inTable.contains(m))
                .map(m -> m.getDeclaringClass().getSimpleName() + "#" + m.getName())
                .toList();

        assertEquals(List.of(), unreachable);
    }

    @Test
    void shouldFollowNestedLocatorsIntoTheFullPathTemplate() {
        ApiEndpoints.Endpoint addSubnet = row("POST", "/openstacknetworkproviders/{id}/networks/{networkId}/subnets")
                .orElseThrow(() -> new AssertionError(ApiEndpoints.all()));

        assertEquals(Optional.of(OpenStackSubnet.class), addSubnet.bodyType());
        assertEquals(List.of("id", "networkId"), addSubnet.pathVariables());
        assertEquals("OpenStackSubnetsResource#add", addSubnet.javaName());
        assertEquals("/openstacknetworkproviders/p/networks/n/subnets",
                addSubnet.path(Map.of("id", "p", "networkId", "n"), "x"));
    }

    @Test
    void shouldTellBodiesAndQueryParametersApartFromInjectedOnes() {
        ApiEndpoints.Endpoint start = row("POST", "/vms/{id}/start").orElseThrow();
        ApiEndpoints.Endpoint events = row("GET", "/events").orElseThrow();
        ApiEndpoints.Endpoint networks = row("GET", "/openstacknetworkproviders/{id}/networks").orElseThrow();

        assertEquals(Optional.of(Action.class), start.bodyType());
        assertEquals(Map.of("max", int.class, "page", int.class), events.queryParams());
        assertEquals(Optional.empty(), events.bodyType());
        // its javax Request is @Context, not a body
        assertEquals(Optional.empty(), networks.bodyType());
        assertEquals(Set.of("max"), networks.queryParams().keySet());
    }

    @Test
    void shouldListTheApiRootAndNoRowTwice() {
        List<String> keys = ApiEndpoints.all().stream().map(e -> e.method() + " " + e.pathTemplate()).toList();

        assertTrue(keys.contains("GET /"), keys.toString());
        assertEquals(keys.size(), Set.copyOf(keys).size(), keys.toString());
        assertTrue(keys.size() > 60, "only " + keys.size() + " endpoints: " + keys);
    }
}
