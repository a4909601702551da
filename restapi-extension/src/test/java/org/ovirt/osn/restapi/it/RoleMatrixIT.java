package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.restapi.authz.Role;
import org.ovirt.osn.restapi.sso.ClientSecretHash;
import org.ovirt.osn.restapi.sso.InternalUser;
import org.ovirt.osn.restapi.sso.UsersFile;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every REST method of {@link ApiEndpoints}, sent by a user of each role to the running server, against the table of
 * {@link RoleMatrix}: what the table denies is 403 with the engine's fault and changes nothing (every collection and
 * the audit log read the same before and after); what it allows is not 403. The denied calls name real objects
 * (the data center, VM, provider… of this test), so a missing check would show as a change, not as a 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {

    private static final String PASSWORD = "role-matrix-pw";
    private static final Map<Role, String> USERS = new EnumMap<>(Map.of(
            Role.SuperUser, "matrix-super@internal",
            Role.NetworkAdmin, "matrix-network@internal",
            Role.UserRole, "matrix-user@internal"));
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static UsersFile users;
    private static Map<String, String> fixture;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void addUsersAndObjects() throws Exception {
        users = UsersFile.in(Path.of(System.getProperty("osn.it.data.dir", "target/it-data")));
        ClientSecretHash cheap = new ClientSecretHash(1_000);
        for (Map.Entry<Role, String> user : USERS.entrySet()) {
            users.put(new InternalUser(user.getValue(), cheap.hash(PASSWORD), user.getKey()));
        }
        for (Map.Entry<Role, String> user : USERS.entrySet()) {
            Http.Answer login = Http.login(user.getValue(), PASSWORD);
            assertEquals(200, login.status(), login.body());
            TOKENS.put(user.getKey(), login.json().getString("access_token"));
        }
        fixture = objects();
    }

    @AfterAll
    static void removeUsers() throws Exception {
        for (String name : USERS.values()) {
            users.remove(name);
        }
    }

    /** Real objects for every path variable, all the administrator's (so none is the UserRole user's own). */
    private static Map<String, String> objects() {
        Map<String, String> ids = new HashMap<>();
        String dc = added("/datacenters", "<data_center><name>" + Http.uniqueName("rm-dc") + "</name></data_center>");
        String cluster = added("/clusters", "<cluster><name>" + Http.uniqueName("rm-cl") + "</name><data_center id=\""
                + dc + "\"/></cluster>");
        String hostName = Http.uniqueName("rm-h");
        String host = added("/hosts", "<host><name>" + hostName + "</name><address>" + hostName
                + ".lab.example.org</address><cluster id=\"" + cluster + "\"/></host>");
        String network = added("/networks", "<network><name>" + Http.uniqueName("rm-net") + "</name><data_center id=\""
                + dc + "\"/></network>");
        assertEquals(201, Http.post("/clusters/" + cluster + "/networks", Http.XML, "<network id=\"" + network
                + "\"/>").status());
        String profile = added("/networks/" + network + "/vnicprofiles", "<vnic_profile><name>rm</name>"
                + "</vnic_profile>");
        String vm = added("/vms", "<vm><name>" + Http.uniqueName("rm-vm") + "</name><cluster id=\"" + cluster
                + "\"/></vm>");
        String nic = added("/vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile
                + "\"/></nic>");
        String provider = added("/openstacknetworkproviders", "<openstack_network_provider><name>"
                + Http.uniqueName("rm-provider") + "</name><type>neutron</type><url>" + RealNeutronNetworks.NEUTRON
                + "</url><requires_authentication>false</requires_authentication></openstack_network_provider>");
        ids.put("/datacenters/{id}", dc);
        ids.put("/clusters/{id}", cluster);
        ids.put("/hosts/{id}", host);
        ids.put("/networks/{id}", network);
        ids.put("/vnicprofiles/{id}", profile);
        ids.put("/vms/{id}", vm);
        ids.put("{nicId}", nic);
        ids.put("/openstacknetworkproviders/{id}", provider);
        ids.put("{networkId}", network);
        ids.put("cluster", cluster);
        return ids;
    }

    private static String added(String path, String xml) {
        Http.Answer answer = Http.post(path, Http.XML, xml);
        assertEquals(201, answer.status(), () -> path + ": " + answer.body());
        return answer.xpath("/*/@id");
    }

    @Test
    void shouldRefuseWhatTheTableDeniesWith403BeforeChangingAnything() {
        Map<String, String> before = state();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ApiEndpoints.Endpoint endpoint : ApiEndpoints.all()) {
            RoleMatrix.Row row = RoleMatrix.rows().get(RoleMatrix.key(endpoint));
            for (Role role : Role.values()) {
                if (row.expected().get(role) == RoleMatrix.Expect.ALLOW) {
                    continue;
                }
                // DENY, and OWN on a VM that is not the user's (the administrator's)
                Http.Answer answer = send(endpoint, role, realPath(endpoint));
                sent++;
                if (answer.status() != 403 || !"Operation Failed".equals(answer.xpath("/fault/reason"))) {
                    wrong.add(row.key() + " as " + role + ": " + answer.status() + " " + answer.body());
                }
            }
        }

        assertEquals(List.of(), wrong);
        assertEquals(before, state(), "a refused call changed something");
        System.out.println("RoleMatrixIT: " + sent + " refused calls, all 403, nothing changed");
    }

    @Test
    void shouldLetThroughWhatTheTableAllows() {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (ApiEndpoints.Endpoint endpoint : ApiEndpoints.all()) {
            RoleMatrix.Row row = RoleMatrix.rows().get(RoleMatrix.key(endpoint));
            for (Role role : Role.values()) {
                RoleMatrix.Expect expected = row.expected().get(role);
                if (expected == RoleMatrix.Expect.DENY) {
                    continue;
                }
                // unknown ids, so an allowed call finds nothing to change; OWN: a fresh VM of the user's own
                Map<String, String> values = new HashMap<>();
                if (expected == RoleMatrix.Expect.OWN) {
                    values.put("id", ownVm(role));
                }
                Http.Answer answer = send(endpoint, role, endpoint.path(values, UUID.randomUUID().toString()));
                sent++;
                if (answer.status() == 403 || answer.status() == 401) {
                    wrong.add(row.key() + " as " + role + ": " + answer.status() + " " + answer.body());
                }
            }
        }

        assertEquals(List.of(), wrong);
        System.out.println("RoleMatrixIT: " + sent + " allowed calls, none 401 or 403");
    }

    @Test
    void shouldLetAUserRoleUserRunItsOwnVmButNotTheAdministrators() {
        String own = ownVm(Role.UserRole);
        HttpRequest.Builder start = Http.api("/vms/" + own + "/start", Http.XML).header("Content-Type", Http.XML)
                .header("Authorization", "Bearer " + TOKENS.get(Role.UserRole))
                .POST(HttpRequest.BodyPublishers.ofString("<action/>"));
        Http.Answer started = Http.send(start);
        assertEquals(200, started.status(), started.body());

        Http.Answer refused = Http.send(Http.api("/vms/" + fixture.get("/vms/{id}") + "/start", Http.XML)
                .header("Content-Type", Http.XML).header("Authorization", "Bearer " + TOKENS.get(Role.UserRole))
                .POST(HttpRequest.BodyPublishers.ofString("<action/>")));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("down", Http.get("/vms/" + fixture.get("/vms/{id}"), Http.XML).xpath("/vm/status"));
    }

    private static String ownVm(Role role) {
        Http.Answer answer = Http.send(Http.api("/vms", Http.XML).header("Content-Type", Http.XML)
                .header("Authorization", "Bearer " + TOKENS.get(role))
                .POST(HttpRequest.BodyPublishers.ofString("<vm><name>" + Http.uniqueName("rm-own") + "</name>"
                        + "<cluster id=\"" + fixture.get("cluster") + "\"/></vm>")));
        assertEquals(201, answer.status(), answer.body());
        return answer.xpath("/vm/@id");
    }

    /** The endpoint's path with this test's objects; a variable without one gets an unknown id. */
    private static String realPath(ApiEndpoints.Endpoint endpoint) {
        Map<String, String> values = new HashMap<>();
        String template = endpoint.pathTemplate();
        fixture.forEach((prefix, id) -> {
            if (prefix.startsWith("/") && (template.equals(prefix) || template.startsWith(prefix + "/"))) {
                values.put("id", id);
            }
        });
        values.put("nicId", fixture.get("{nicId}"));
        if (template.startsWith("/clusters/")) {
            values.put("networkId", fixture.get("{networkId}"));
        }
        return endpoint.path(values, UUID.randomUUID().toString());
    }

    private static Http.Answer send(ApiEndpoints.Endpoint endpoint, Role role, String path) {
        HttpRequest.Builder request = Http.api(path, Http.XML).header("Authorization", "Bearer " + TOKENS.get(role));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(endpoint.bodyType()
                .map(type -> type.getSimpleName().equals("Action") ? "<action/>" : "<" + element(type) + "/>")
                .orElse(""));
        if (endpoint.bodyType().isPresent()) {
            request.header("Content-Type", Http.XML);
        }
        return Http.send(request.method(endpoint.method(), endpoint.bodyType().isPresent() || !"GET".equals(
                endpoint.method()) && !"DELETE".equals(endpoint.method()) ? body : HttpRequest.BodyPublishers.noBody()));
    }

    private static String element(Class<?> type) {
        jakarta.xml.bind.annotation.XmlRootElement root = type.getAnnotation(
                jakarta.xml.bind.annotation.XmlRootElement.class);
        return root != null && !"##default".equals(root.name()) ? root.name() : type.getSimpleName().toLowerCase();
    }

    /** What the administrator reads of everything a call could change, and how many audit events there are. */
    private static Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("/datacenters", "/clusters", "/hosts", "/networks", "/vnicprofiles", "/vms",
                "/openstacknetworkproviders", "/jobs", "/vms/" + fixture.get("/vms/{id}") + "/nics",
                "/clusters/" + fixture.get("cluster") + "/networks",
                "/openstacknetworkproviders/" + fixture.get("/openstacknetworkproviders/{id}")
                        + "/importedcertificates")) {
            Http.Answer answer = Http.get(path, Http.XML);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            state.put(path, answer.body());
        }
        state.put("events", Http.get("/events?max=100000", Http.XML).xpath("count(/events/event)"));
        return state;
    }
}
