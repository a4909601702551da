package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmNic;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each VM and vNIC command's audit events render completely, even when the objects it names are unknown. */
@ExtendWith(MockitoExtension.class)
class VmAuditVariablesTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private VmNicLifecycle lifecycle;

    @Test
    void shouldRenderEveryVariableOfEveryVmEvent() {
        UUID id = UUID.randomUUID();
        VmNicParameters nic = new VmNicParameters(id, id);

        assertRendered(new AddVmCommand(inventory, vms), new AddVmParameters(new Vm(null, "v", null, id, null, null)));
        assertRendered(new RemoveVmCommand(vms, lifecycle), new InventoryIdParameters(id));
        assertRendered(new StartVmCommand(inventory, vms, lifecycle), new StartVmParameters(id, null));
        assertRendered(new StartVmCommand(inventory, vms, lifecycle), new StartVmParameters(id, id));
        assertRendered(new StopVmCommand(vms, lifecycle), new InventoryIdParameters(id));
        assertRendered(new MigrateVmCommand(inventory, vms, lifecycle), new MigrateVmParameters(id, id));
        assertRendered(new AddVmNicCommand(inventory, vms, lifecycle),
                new AddVmNicParameters(new VmNic(null, id, "n", null, null, true, true)));
        assertRendered(new UpdateVmNicCommand(inventory, vms, lifecycle),
                new UpdateVmNicParameters(new VmNic(id, id, "n", null, null, true, true)));
        assertRendered(new RemoveVmNicCommand(vms, lifecycle), nic);
        assertRendered(new ActivateVmNicCommand(vms, lifecycle), nic);
        assertRendered(new DeactivateVmNicCommand(vms, lifecycle), nic);
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
