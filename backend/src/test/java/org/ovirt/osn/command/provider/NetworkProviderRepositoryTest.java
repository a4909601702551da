package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.dal.provider.NetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.provider.NetworkProvider;

import javax.crypto.spec.SecretKeySpec;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class NetworkProviderRepositoryTest {

    private static final UUID ID = UUID.fromString("3b2f0c1e-9d8a-4c7b-8e6f-5a4d3c2b1a00");

    @Mock
    private NetworkProviderDao dao;
    private final PasswordCipher cipher = new PasswordCipher(new SecretKeySpec(new byte[32], "AES"));

    private NetworkProviderRepository repository() {
        return new NetworkProviderRepository(dao, cipher);
    }

    private NetworkProviderEntity storedViaAdd(NetworkProvider provider) {
        ArgumentCaptor<NetworkProviderEntity> saved = ArgumentCaptor.forClass(NetworkProviderEntity.class);
        repository().add(provider);
        verify(dao).save(saved.capture());
        return saved.getValue();
    }

    @Test
    void shouldStoreOnlyCiphertextAndDecryptItOnTheWayOut() {
        NetworkProvider provider = neutron().id(ID).password("pa55word").build();
        NetworkProviderEntity entity = storedViaAdd(provider);
        when(dao.findById(ID)).thenReturn(Optional.of(entity));

        assertTrue(entity.getPasswordEncrypted().startsWith("v2:"), entity.getPasswordEncrypted());
        assertFalse(entity.getPasswordEncrypted().contains("pa55word"));
        assertEquals(provider, repository().findById(ID).orElseThrow());
    }

    @Test
    void shouldLeaveThePasswordOutOfEveryViewForDisplay() {
        NetworkProviderEntity entity = storedViaAdd(neutron().id(ID).password("pa55word").build());
        when(dao.findById(ID)).thenReturn(Optional.of(entity));

        assertNull(repository().findByIdWithoutSecrets(ID).orElseThrow().password());
    }

    @Test
    void shouldNameAProviderByNameWhenItExistsAndByIdWhenNot() {
        NetworkProviderEntity entity = storedViaAdd(neutron().id(ID).build());
        UUID unknown = UUID.randomUUID();
        when(dao.findById(ID)).thenReturn(Optional.of(entity));
        when(dao.findById(unknown)).thenReturn(Optional.empty());

        assertEquals(entity.getName(), repository().displayName(ID));
        assertEquals(unknown.toString(), repository().displayName(unknown));
    }
}
