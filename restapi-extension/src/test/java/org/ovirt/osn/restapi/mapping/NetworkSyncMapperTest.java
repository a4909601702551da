package org.ovirt.osn.restapi.mapping;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.sync.NetworkSyncChange;
import org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import org.ovirt.osn.command.sync.NetworkSyncResult;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.NetworkSync;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkSyncMapperTest {

    private static final String BASE = "/ovirt-engine/api";
    private static final UUID DC = UUID.fromString("11111111-2222-4333-8444-000000000001");
    private static final UUID NETWORK = UUID.fromString("11111111-2222-4333-8444-000000000002");

    private static NetworkSyncChange change(Kind kind, Status status, UUID network, String reason) {
        return new NetworkSyncChange(kind, status, "ext-" + kind, network, "blue", kind == Kind.UPDATE ? "old" : null,
                kind == Kind.IMPORT || kind == Kind.UPDATE ? 1442 : null, kind == Kind.UPDATE ? 1500 : null, DC,
                "Default", List.of(), kind == Kind.KEEP ? 2 : 0, kind == Kind.KEEP ? List.of("a", "b") : List.of(),
                reason);
    }

    private static NetworkSyncResult result() {
        return new NetworkSyncResult(false, List.of(change(Kind.IMPORT, Status.DONE, NETWORK, null),
                change(Kind.UPDATE, Status.FAILED, NETWORK, "name taken"),
                change(Kind.REMOVE, Status.DONE, NETWORK, null), change(Kind.KEEP, Status.DONE, NETWORK, null)));
    }

    @Test
    void shouldGroupChangesAsToImportToUpdateAndVanished() {
        NetworkSync m = NetworkSyncMapper.toModel(result(), BASE);

        assertEquals(1, m.getToImport().getChange().size());
        assertEquals(1, m.getToUpdate().getChange().size());
        assertEquals(List.of("remove", "keep"), m.getVanished().getChange().stream()
                .map(org.ovirt.osn.restapi.model.NetworkSyncChange::getKind).toList());
        org.ovirt.osn.restapi.model.NetworkSyncChange update = m.getToUpdate().getChange().get(0);
        assertEquals("failed", update.getStatus());
        assertEquals("name taken", update.getReason());
        assertEquals("old", update.getPreviousName());
        assertEquals(1500, update.getPreviousMtu());
        assertNull(update.getVnicCount(), "only vanished networks count vNICs");
        org.ovirt.osn.restapi.model.NetworkSyncChange kept = m.getVanished().getChange().get(1);
        assertEquals(2, kept.getVnicCount());
        assertEquals("a, b", kept.getVmNames());
        assertEquals(BASE + "/networks/" + NETWORK, kept.getNetwork().getHref());
        assertEquals("Default", kept.getDataCenter().getName());
    }

    @Test
    void shouldRenderAndReadBackTheSameActionInXmlAndJson() throws Exception {
        Action action = Action.complete();
        action.setNetworkSync(NetworkSyncMapper.toModel(result(), BASE));

        StringWriter xml = new StringWriter();
        JAXBContext context = JAXBContext.newInstance(Action.class);
        context.createMarshaller().marshal(action, xml);
        Action fromXml = (Action) context.createUnmarshaller().unmarshal(new StringReader(xml.toString()));
        String json = JsonbConfigResolver.jsonb().toJson(action);
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();

        assertTrue(xml.toString().contains("<network_sync><dry_run>false</dry_run><to_import><change><kind>import"
                + "</kind><status>done</status><external_id>ext-IMPORT</external_id>"), xml.toString());
        assertEquals("old", fromXml.getNetworkSync().getToUpdate().getChange().get(0).getPreviousName());
        assertEquals("keep", parsed.getJsonObject("network_sync").getJsonObject("vanished").getJsonArray("change")
                .getJsonObject(1).getString("kind"));
        assertEquals(2, JsonbConfigResolver.jsonb().fromJson(json, Action.class).getNetworkSync().getVanished()
                .getChange().get(1).getVnicCount());
    }

    @Test
    void shouldReadTheDryRunFlagOfTheRequestInXmlAndJson() throws Exception {
        Action xml = (Action) JAXBContext.newInstance(Action.class).createUnmarshaller()
                .unmarshal(new StringReader("<action><dry_run>true</dry_run></action>"));
        Action json = JsonbConfigResolver.jsonb().fromJson("{\"dry_run\":\"true\"}", Action.class);

        assertEquals(Boolean.TRUE, xml.getDryRun());
        assertEquals(Boolean.TRUE, json.getDryRun());
    }
}
