package org.ovirt.osn.restapi.authz;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Decides whether a role may call a resource method, from the method's {@link RequiresPermission} alone; the one
 * question that needs data, whether the caller owns the VM, is asked only when the answer depends on it.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /** The permission {@code method} requires; empty when it carries none (then nobody may call it). */
    public static Optional<Permission> of(Method method) {
        RequiresPermission rule = method == null ? null : method.getAnnotation(RequiresPermission.class);
        return Optional.ofNullable(rule).map(RequiresPermission::value);
    }

    /**
     * @param ownsVm whether the caller owns the VM the call names; asked only for a permission granted on own VMs
     */
    public static boolean allows(Role role, Optional<Permission> required, BooleanSupplier ownsVm) {
        if (required.isEmpty()) {
            return false;
        }
        return role.scopeOf(required.get())
                .map(scope -> scope == Role.Scope.ANY || ownsVm.getAsBoolean())
                .orElse(false);
    }
}
