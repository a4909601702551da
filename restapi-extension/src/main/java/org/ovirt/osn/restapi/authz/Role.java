package org.ovirt.osn.restapi.authz;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * oVirt's roles that matter to this module, by the names the engine gives them. Each grants some {@link Permission}s,
 * on everything or, for a permission on a VM, only on the caller's own VMs (those it created). The table of what
 * each role may do per endpoint is in docs/security.md.
 */
public enum Role {

    /** Everything. {@code admin@internal} has it. */
    SuperUser(grants(Scope.ANY, Permission.values())),
    /** Providers, networks, import/export, sync, reconcile and reading the rest; no VMs, no engine inventory. */
    NetworkAdmin(grants(Scope.ANY, Permission.READ, Permission.CONFIGURE_NETWORKS)),
    /** Reads everything, adds VMs, and starts, stops, edits and plugs the vNICs of its own VMs. */
    UserRole(with(grants(Scope.ANY, Permission.READ, Permission.CREATE_VM),
            grants(Scope.OWN_VM, Permission.EDIT_VM, Permission.OPERATE_VM)));

    /** Where a granted permission applies. */
    public enum Scope {
        /** On every object. */
        ANY,
        /** Only on VMs whose owner is the caller. */
        OWN_VM
    }

    private final Map<Permission, Scope> granted;

    Role(Map<Permission, Scope> granted) {
        this.granted = granted;
    }

    /** @return where this role has {@code permission}; empty when it has not */
    public Optional<Scope> scopeOf(Permission permission) {
        return Optional.ofNullable(granted.get(permission));
    }

    /** @return the role of that name (as the users file spells it); empty for another word */
    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Map<Permission, Scope> grants(Scope scope, Permission... permissions) {
        Map<Permission, Scope> map = new EnumMap<>(Permission.class);
        for (Permission p : permissions) {
            map.put(p, scope);
        }
        return map;
    }

    private static Map<Permission, Scope> with(Map<Permission, Scope> a, Map<Permission, Scope> b) {
        Map<Permission, Scope> map = new EnumMap<>(a);
        map.putAll(b);
        return map;
    }
}
