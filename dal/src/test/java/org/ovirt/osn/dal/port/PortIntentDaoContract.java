package org.ovirt.osn.dal.port;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database must do for {@link JpaPortIntentDao}; subclasses pick the database. */
abstract class PortIntentDaoContract {

    private final TestDatabase db;

    PortIntentDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private UUID provider() {
        NetworkProviderEntity p = new NetworkProviderEntity();
        p.setId(UUID.randomUUID());
        p.setName("intents-" + p.getId());
        p.setType(ProviderType.EXTERNAL);
        p.setUrl("http://127.0.0.1:9696");
        db.run(em -> new JpaNetworkProviderDao(em).save(p));
        return p.getId();
    }

    private void open(PortIntentEntity... intents) {
        db.run(em -> new JpaPortIntentDao(em).open(List.of(intents)));
    }

    private Set<UUID> openVnics(UUID... vnics) {
        return db.query(em -> new JpaPortIntentDao(em).findByVnics(List.of(vnics))).stream()
                .map(PortIntentEntity::getVnicId).collect(Collectors.toSet());
    }

    @Test
    void shouldReadBackEveryFieldOfAnOpenedIntent() {
        UUID provider = provider();
        UUID attempt = UUID.randomUUID();
        UUID vm = UUID.randomUUID();
        PortIntentEntity opened = new PortIntentEntity(attempt, UUID.randomUUID(), vm, provider);
        open(opened);

        PortIntentEntity read = db.query(em -> new JpaPortIntentDao(em).findByVnics(List.of(opened.getVnicId())))
                .get(0);

        assertEquals(opened.getId(), read.getId());
        assertEquals(attempt, read.getAttemptId());
        assertEquals(opened.getVnicId(), read.getVnicId());
        assertEquals(vm, read.getVmId());
        assertEquals(provider, read.getProviderId());
        assertNotNull(read.getCreatedAt());
    }

    @Test
    void shouldFindTheIntentsOfGivenVnicsAndOfAVm() {
        UUID provider = provider();
        UUID attempt = UUID.randomUUID();
        UUID vm = UUID.randomUUID();
        PortIntentEntity first = new PortIntentEntity(attempt, UUID.randomUUID(), vm, provider);
        PortIntentEntity second = new PortIntentEntity(attempt, UUID.randomUUID(), vm, provider);
        PortIntentEntity other = new PortIntentEntity(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                provider);
        open(first, second);
        open(other);

        assertEquals(Set.of(first.getVnicId()), openVnics(first.getVnicId(), UUID.randomUUID()));
        assertEquals(Set.of(first.getVnicId(), second.getVnicId()), db.query(em -> new JpaPortIntentDao(em)
                .findByVm(vm)).stream().map(PortIntentEntity::getVnicId).collect(Collectors.toSet()));
        assertTrue(db.query(em -> new JpaPortIntentDao(em).findByVnics(List.of())).isEmpty());
    }

    @Test
    void shouldCloseOnlyTheIntentsOfTheGivenVnicsOnTheGivenProvider() {
        UUID provider = provider();
        UUID otherProvider = provider();
        UUID vm = UUID.randomUUID();
        UUID vnic = UUID.randomUUID();
        UUID untouched = UUID.randomUUID();
        open(new PortIntentEntity(UUID.randomUUID(), vnic, vm, provider),
                new PortIntentEntity(UUID.randomUUID(), untouched, vm, provider));
        // an earlier attempt on the same provider, and one on another provider (a vNIC moved between them)
        open(new PortIntentEntity(UUID.randomUUID(), vnic, vm, provider));
        open(new PortIntentEntity(UUID.randomUUID(), vnic, vm, otherProvider));

        int closed = db.query(em -> new JpaPortIntentDao(em).closeOnProvider(provider, List.of(vnic)));

        assertEquals(2, closed);
        List<PortIntentEntity> left = db.query(em -> new JpaPortIntentDao(em).findByVnics(List.of(vnic, untouched)));
        assertEquals(Set.of(otherProvider + "/" + vnic, provider + "/" + untouched), left.stream()
                .map(i -> i.getProviderId() + "/" + i.getVnicId()).collect(Collectors.toSet()));
        assertEquals(0, db.<Integer>query(em -> new JpaPortIntentDao(em).closeOnProvider(provider, List.of())));
    }

    @Test
    void shouldCloseAnIntentThatAnotherTransactionCommittedAfterTheClosingOneBegan() {
        UUID provider = provider();
        UUID vnic = UUID.randomUUID();

        int closed = db.query(em -> {
            JpaPortIntentDao flow = new JpaPortIntentDao(em);
            assertTrue(flow.findByVnics(List.of(vnic)).isEmpty());
            // what the provisioning does: the intent is committed on its own while the flow's transaction is open
            open(new PortIntentEntity(UUID.randomUUID(), vnic, UUID.randomUUID(), provider));
            return flow.closeOnProvider(provider, List.of(vnic));
        });

        assertEquals(1, closed);
        assertTrue(openVnics(vnic).isEmpty());
    }

    @Test
    void shouldOpenANewIntentWithoutWaitingForAnUncommittedCloseOfTheSameVnic() {
        UUID provider = provider();
        UUID vnic = UUID.randomUUID();
        UUID vm = UUID.randomUUID();
        open(new PortIntentEntity(UUID.randomUUID(), vnic, vm, provider));

        // a flow that closed the vNIC's intents and then, before its commit, starts a second attempt for it
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> db.run(em -> {
            new JpaPortIntentDao(em).closeOfVnic(vnic);
            open(new PortIntentEntity(UUID.randomUUID(), vnic, vm, provider));
        }));

        assertEquals(Set.of(vnic), openVnics(vnic), "the second attempt's intent stays open");
    }

    @Test
    void shouldCloseOneAttemptAndLeaveAnEarlierAttemptForTheSameVnicOpen() {
        UUID provider = provider();
        UUID vnic = UUID.randomUUID();
        UUID vm = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        open(new PortIntentEntity(earlier, vnic, vm, provider));
        open(new PortIntentEntity(later, vnic, vm, provider), new PortIntentEntity(later, UUID.randomUUID(), vm,
                provider));

        assertEquals(2, db.<Integer>query(em -> new JpaPortIntentDao(em).closeAttempt(later)));

        assertEquals(List.of(earlier), db.query(em -> new JpaPortIntentDao(em).findByVm(vm)).stream()
                .map(PortIntentEntity::getAttemptId).toList());
    }

    @Test
    void shouldCloseTheIntentsOfARemovedVnicOrVmOnEveryProvider() {
        UUID provider = provider();
        UUID otherProvider = provider();
        UUID vm = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        open(new PortIntentEntity(UUID.randomUUID(), gone, vm, provider),
                new PortIntentEntity(UUID.randomUUID(), sibling, vm, provider));
        open(new PortIntentEntity(UUID.randomUUID(), gone, vm, otherProvider));
        open(new PortIntentEntity(UUID.randomUUID(), elsewhere, UUID.randomUUID(), provider));

        assertEquals(2, db.<Integer>query(em -> new JpaPortIntentDao(em).closeOfVnic(gone)));
        assertEquals(Set.of(sibling), openVnics(gone, sibling));
        assertEquals(1, db.<Integer>query(em -> new JpaPortIntentDao(em).closeOfVm(vm)));
        assertEquals(Set.of(elsewhere), openVnics(gone, sibling, elsewhere));
    }

    @Test
    void shouldDropTheIntentsOfARemovedProvider() {
        UUID provider = provider();
        UUID vnic = UUID.randomUUID();
        open(new PortIntentEntity(UUID.randomUUID(), vnic, UUID.randomUUID(), provider));

        db.run(em -> new JpaNetworkProviderDao(em).remove(provider));

        assertTrue(openVnics(vnic).isEmpty());
    }
}
