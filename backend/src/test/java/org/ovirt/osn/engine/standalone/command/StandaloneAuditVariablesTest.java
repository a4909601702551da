package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each standalone command's audit events render completely with the variables the command (and the runner) give,
 * even when the objects it names are unknown (the inventory finds nothing here).
 */
@ExtendWith(MockitoExtension.class)
class StandaloneAuditVariablesTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;

    @Test
    void shouldRenderEveryVariableOfEveryStandaloneEvent() {
        UUID id = UUID.randomUUID();
        InventoryIdParameters byId = new InventoryIdParameters(id);

        assertRendered(new AddDataCenterCommand(inventory), new AddDataCenterParameters(new DataCenter(null, "d", null)));
        assertRendered(new RemoveDataCenterCommand(inventory), byId);
        assertRendered(new AddClusterCommand(inventory, null), new AddClusterParameters(new Cluster(null, "c", null, id)));
        assertRendered(new RemoveClusterCommand(inventory, vms), byId);
        assertRendered(new AddNetworkCommand(inventory),
                new AddNetworkParameters(new LogicalNetwork(null, id, "n", null, 0, null, true, null)));
        assertRendered(new UpdateNetworkCommand(inventory),
                new UpdateNetworkParameters(new LogicalNetwork(id, id, "n", null, 0, null, true, null)));
        assertRendered(new RemoveNetworkCommand(inventory, vms), byId);
        assertRendered(new AttachNetworkToClusterCommand(inventory),
                new AttachNetworkToClusterParameters(new NetworkClusterAttachment(id, id, false)));
        assertRendered(new AddVnicProfileCommand(inventory),
                new AddVnicProfileParameters(new VnicProfile(null, id, "p", null, false, null)));
        assertRendered(new RemoveVnicProfileCommand(inventory, vms), byId);
        assertRendered(new AddHostCommand(inventory), new AddHostParameters(new Host(null, "h", null, "h", id)));
        assertRendered(new RemoveHostCommand(inventory, vms), byId);
        assertRendered(new SetHostProviderBindingCommand(inventory),
                new SetHostProviderBindingParameters(id, "OVIRT_PROVIDER_OVN", "system-1"));
    }

    private static <P> void assertRendered(Command<P, ?> command, P parameters) {
        Map<String, String> variables = new HashMap<>(command.auditVariables(parameters));
        variables.put("UserName", "admin@internal");
        variables.put("Reason", "because");
        for (AuditLogType event : new AuditLogType[] {command.successEvent(), command.failureEvent()}) {
            String message = AuditLogger.render(event, variables);
            assertFalse(message.contains("${"), () -> event + " of " + command.getClass().getSimpleName()
                    + " leaves a variable unrendered: " + message);
        }
    }
}
