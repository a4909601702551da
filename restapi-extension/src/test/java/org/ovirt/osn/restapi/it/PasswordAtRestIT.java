package org.ovirt.osn.restapi.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.provider.AddNetworkProviderCommand;
import org.ovirt.osn.command.provider.AddNetworkProviderParameters;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside WildFly: the wiring of command, repository, cipher and database, and what really lands in the table. */
@ExtendWith(ArquillianExtension.class)
class PasswordAtRestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.warWith(PasswordAtRestIT.class);
    }

    @Inject
    CommandRunner runner;
    @Inject
    AddNetworkProviderCommand addCommand;
    @Inject
    NetworkProviderRepository repository;
    @PersistenceContext(unitName = "osn")
    EntityManager em;

    @Test
    void shouldStoreOnlyCiphertextAndReadThePasswordBack() {
        String password = "plain-" + UUID.randomUUID();
        NetworkProvider provider = new NetworkProvider(null, "at-rest-" + System.nanoTime(), null,
                NetworkProviderType.NEUTRON, "http://127.0.0.1:9696", true, "u", password,
                "http://127.0.0.1:5000/v3", null, "Default", "service", "Default", null, false, false,
                Map.of());

        UUID id = runner.run(addCommand, new AddNetworkProviderParameters(provider), new CommandContext("it"));
        String stored = (String) em.createNativeQuery(
                        "SELECT password_encrypted FROM osn_network_provider WHERE id = ?1")
                .setParameter(1, id).getSingleResult();

        assertTrue(stored.startsWith("v2:"), stored);
        assertFalse(stored.contains(password));
        assertEquals(password, repository.findById(id).orElseThrow().password());
    }
}
