package org.ovirt.osn.dal.network;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;

/** What every database must do for {@link JpaProvidedNetworkDao}; subclasses pick the database. */
abstract class ProvidedNetworkDaoContract {

    private final TestDatabase db;

    ProvidedNetworkDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private UUID provider() {
        NetworkProviderEntity p = new NetworkProviderEntity();
        p.setId(UUID.randomUUID());
        p.setName("links-" + p.getId());
        p.setType(ProviderType.NEUTRON);
        p.setUrl("http://127.0.0.1:9696");
        db.run(em -> new JpaNetworkProviderDao(em).save(p));
        return p.getId();
    }

    private static ProvidedNetworkEntity link(UUID network, UUID provider, String external, UUID dataCenter) {
        return new ProvidedNetworkEntity(UUID.randomUUID(), network, provider, external, dataCenter, null,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private void save(ProvidedNetworkEntity link) {
        db.run(em -> new JpaProvidedNetworkDao(em).save(link));
    }

    private boolean markVanished(UUID linkId, OffsetDateTime at) {
        return db.query(em -> new JpaProvidedNetworkDao(em).markVanished(linkId, at));
    }

    private boolean clearVanished(UUID linkId) {
        return db.query(em -> new JpaProvidedNetworkDao(em).clearVanished(linkId));
    }

    @Test
    void shouldReadBackEveryFieldOfASavedLink() {
        UUID provider = provider();
        ProvidedNetworkEntity saved = new ProvidedNetworkEntity(UUID.randomUUID(), UUID.randomUUID(), provider,
                "ext-1", UUID.randomUUID(), UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC));
        save(saved);

        List<ProvidedNetworkEntity> read = db.query(em -> new JpaProvidedNetworkDao(em)
                .findByNetwork(saved.getNetworkId()));

        assertEquals(1, read.size());
        assertEquals(saved.getId(), read.get(0).getId());
        assertEquals(provider, read.get(0).getProviderId());
        assertEquals("ext-1", read.get(0).getExternalId());
        assertEquals(saved.getDataCenterId(), read.get(0).getDataCenterId());
        assertEquals(saved.getPhysicalNetworkId(), read.get(0).getPhysicalNetworkId());
    }

    @Test
    void shouldMarkALinkVanishedOnlyOnceAndClearTheMarkWhenTheNetworkIsBack() {
        ProvidedNetworkEntity kept = link(UUID.randomUUID(), provider(), "gone", UUID.randomUUID());
        save(kept);
        OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

        assertTrue(markVanished(kept.getId(), first));
        assertFalse(markVanished(kept.getId(), first.plusMinutes(5)),
                "marked already: the next pass does not mark (nor warn) again");
        OffsetDateTime marked = db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(kept.getNetworkId()))
                .get(0).getVanishedAt();
        assertEquals(first.toInstant(), marked.toInstant(), "the first time it was found gone");

        assertTrue(clearVanished(kept.getId()));
        assertFalse(clearVanished(kept.getId()));
        assertEquals(null, db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(kept.getNetworkId()))
                .get(0).getVanishedAt());
        assertTrue(markVanished(kept.getId(), first),
                "gone again after it was back: marked (and warned) again");
    }

    @Test
    void shouldKeepSeveralProvidersOfOneNetwork() {
        UUID network = UUID.randomUUID();
        UUID dc = UUID.randomUUID();
        UUID first = provider();
        UUID second = provider();
        save(link(network, first, "a", dc));
        save(link(network, second, "b", dc));

        List<ProvidedNetworkEntity> read = db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(network));

        assertEquals(List.of(first, second), read.stream().map(ProvidedNetworkEntity::getProviderId).toList());
    }

    @Test
    void shouldListTheDataCentersAProviderNetworkIsImportedInto() {
        UUID provider = provider();
        save(link(UUID.randomUUID(), provider, "shared", UUID.randomUUID()));
        save(link(UUID.randomUUID(), provider, "shared", UUID.randomUUID()));
        save(link(UUID.randomUUID(), provider, "other", UUID.randomUUID()));

        assertEquals(2, db.query(em -> new JpaProvidedNetworkDao(em).findByExternal(provider, "shared")).size());
        assertEquals(3, db.query(em -> new JpaProvidedNetworkDao(em).findByProvider(provider)).size());
    }

    @Test
    void shouldRefuseASecondImportOfOneProviderNetworkIntoOneDataCenter() {
        UUID provider = provider();
        UUID dc = UUID.randomUUID();
        save(link(UUID.randomUUID(), provider, "once", dc));

        assertViolates("uq_osn_provided_network_external",
                () -> save(link(UUID.randomUUID(), provider, "once", dc)));
    }

    @Test
    void shouldRefuseTheSameProviderTwiceOnOneNetwork() {
        UUID provider = provider();
        UUID network = UUID.randomUUID();
        save(link(network, provider, "x", UUID.randomUUID()));

        assertViolates("uq_osn_provided_network_network",
                () -> save(link(network, provider, "y", UUID.randomUUID())));
    }

    @Test
    void shouldRemoveTheLinksOfARemovedNetworkOnly() {
        UUID provider = provider();
        UUID network = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        save(link(network, provider, "gone", UUID.randomUUID()));
        save(link(kept, provider, "kept", UUID.randomUUID()));

        int removed = db.query(em -> new JpaProvidedNetworkDao(em).removeByNetwork(network));

        assertEquals(1, removed);
        assertTrue(db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(network)).isEmpty());
        assertEquals(1, db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(kept)).size());
    }

    @Test
    void shouldRemoveOneLinkAndKeepTheNetworksOtherProviders() {
        UUID first = provider();
        UUID second = provider();
        UUID network = UUID.randomUUID();
        UUID dc = UUID.randomUUID();
        ProvidedNetworkEntity gone = link(network, first, "gone", dc);
        save(gone);
        save(link(network, second, "stays", dc));

        boolean removed = db.query(em -> new JpaProvidedNetworkDao(em).remove(gone.getId()));
        boolean again = db.query(em -> new JpaProvidedNetworkDao(em).remove(gone.getId()));

        assertTrue(removed);
        assertFalse(again, "already gone");

        List<ProvidedNetworkEntity> left = db.query(em -> new JpaProvidedNetworkDao(em).findByNetwork(network));
        assertEquals(1, left.size());
        assertEquals(second, left.get(0).getProviderId());
    }

    @Test
    void shouldDropTheLinksOfARemovedProviderButNotTheirNetworks() {
        UUID provider = provider();
        UUID network = UUID.randomUUID();
        save(link(network, provider, "p", UUID.randomUUID()));

        db.run(em -> new JpaNetworkProviderDao(em).remove(provider));

        assertTrue(db.query(em -> new JpaProvidedNetworkDao(em).findByProvider(provider)).isEmpty());
    }
}
