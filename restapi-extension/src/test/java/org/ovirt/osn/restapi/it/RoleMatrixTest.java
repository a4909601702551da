package org.ovirt.osn.restapi.it;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.restapi.authz.AccessRule;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules on the resource methods against the table of {@link RoleMatrix}: a new endpoint without a row, or
 * without a {@code @RequiresPermission}, or whose rule gives a role another answer than the table, fails here.
 */
class RoleMatrixTest {

    @Test
    void shouldHaveARowForEveryEndpointAndNoRowForAnEndpointThatIsGone() {
        Set<String> endpoints = ApiEndpoints.all().stream().map(RoleMatrix::key).collect(Collectors.toSet());
        List<String> missing = ApiEndpoints.all().stream()
                .filter(e -> !RoleMatrix.rows().containsKey(RoleMatrix.key(e)))
                .map(e -> RoleMatrix.key(e) + "   (" + e.javaName() + ", " + AccessRule.of(e.resourceMethod())
                        .map(Permission::name).orElse("no @RequiresPermission") + ")")
                .toList();
        List<String> stale = RoleMatrix.rows().keySet().stream().filter(k -> !endpoints.contains(k)).toList();

        assertEquals(List.of(), missing, "endpoints without a row in role-matrix.txt");
        assertEquals(List.of(), stale, "rows of role-matrix.txt that are no endpoint");
    }

    @Test
    void shouldRequireAPermissionOnEveryResourceMethod() {
        List<String> unruled = ApiEndpoints.all().stream()
                .filter(e -> AccessRule.of(e.resourceMethod()).isEmpty())
                .map(ApiEndpoints.Endpoint::toString)
                .toList();

        assertEquals(List.of(), unruled);
    }

    @Test
    void shouldGiveEveryRoleTheAnswerOfTheTableOnEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (ApiEndpoints.Endpoint endpoint : ApiEndpoints.all()) {
            RoleMatrix.Row row = RoleMatrix.rows().get(RoleMatrix.key(endpoint));
            if (row == null) {
                continue;
            }
            Optional<Permission> rule = AccessRule.of(endpoint.resourceMethod());
            for (Role role : Role.values()) {
                RoleMatrix.Expect actual = decision(role, rule);
                if (actual != row.expected().get(role)) {
                    wrong.add(row.key() + " " + role + ": table " + row.expected().get(role) + ", rule " + actual);
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldRefuseAMethodWithoutRuleToEveryRole() {
        for (Role role : Role.values()) {
            assertEquals(false, AccessRule.allows(role, Optional.empty(), () -> true), role.name());
        }
    }

    private static RoleMatrix.Expect decision(Role role, Optional<Permission> rule) {
        boolean onOwn = AccessRule.allows(role, rule, () -> true);
        boolean onOthers = AccessRule.allows(role, rule, () -> false);
        if (onOthers) {
            return RoleMatrix.Expect.ALLOW;
        }
        return onOwn ? RoleMatrix.Expect.OWN : RoleMatrix.Expect.DENY;
    }
}
