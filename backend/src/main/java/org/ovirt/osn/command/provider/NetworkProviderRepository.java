package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.dal.provider.NetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Providers as domain objects over the DAO: the one place where a password is encrypted on the way in and decrypted
 * on the way out.
 */
@ApplicationScoped
public class NetworkProviderRepository {

    private NetworkProviderDao dao;
    private PasswordCipher cipher;

    protected NetworkProviderRepository() {
        // for CDI proxies
    }

    @Inject
    public NetworkProviderRepository(NetworkProviderDao dao, PasswordCipher cipher) {
        this.dao = dao;
        this.cipher = cipher;
    }

    /** The provider with its password decrypted, for talking to it. */
    public Optional<NetworkProvider> findById(UUID id) {
        return dao.findById(id).map(this::toDomain);
    }

    /** The provider without its password: what may be shown. */
    public Optional<NetworkProvider> findByIdWithoutSecrets(UUID id) {
        return dao.findById(id).map(e -> toDomain(e, null));
    }

    public Optional<NetworkProvider> findByNameWithoutSecrets(String name) {
        return dao.findByName(name).map(e -> toDomain(e, null));
    }

    /** The provider's name for messages, or its id when there is no such provider. */
    public String displayName(UUID id) {
        return dao.findById(id).map(NetworkProviderEntity::getName).orElse(String.valueOf(id));
    }

    public List<NetworkProvider> findAllWithoutSecrets() {
        return dao.findAll().stream().map(e -> toDomain(e, null)).toList();
    }

    public void add(NetworkProvider provider) {
        NetworkProviderEntity entity = new NetworkProviderEntity();
        entity.setId(provider.id());
        copy(provider, entity);
        dao.save(entity);
    }

    public void update(NetworkProvider provider) {
        NetworkProviderEntity entity = dao.findById(provider.id())
                .orElseThrow(() -> new IllegalStateException("Provider " + provider.id() + " vanished"));
        copy(provider, entity);
        dao.update(entity);
    }

    public boolean remove(UUID id) {
        return dao.remove(id);
    }

    private void copy(NetworkProvider p, NetworkProviderEntity e) {
        e.setName(p.name());
        e.setDescription(p.description());
        e.setType(ProviderType.valueOf(p.type().name()));
        e.setUrl(p.url());
        e.setRequiresAuthentication(p.requiresAuthentication());
        e.setUsername(p.username());
        e.setPasswordEncrypted(cipher.encrypt(p.password(), p.id().toString()));
        e.setAuthenticationUrl(p.authenticationUrl());
        e.setTenantName(p.tenantName());
        e.setUserDomainName(p.userDomainName());
        e.setProjectName(p.projectName());
        e.setProjectDomainName(p.projectDomainName());
        e.setExternalPluginType(p.externalPluginType());
        e.setReadOnly(p.readOnly());
        e.setAutoSync(p.autoSync());
        e.setCustomProperties(p.customProperties());
    }

    private NetworkProvider toDomain(NetworkProviderEntity e) {
        return toDomain(e, cipher.decrypt(e.getPasswordEncrypted(), e.getId().toString()));
    }

    private static NetworkProvider toDomain(NetworkProviderEntity e, String password) {
        return new NetworkProvider(e.getId(), e.getName(), e.getDescription(),
                NetworkProviderType.valueOf(e.getType().name()), e.getUrl(), e.isRequiresAuthentication(),
                e.getUsername(), password, e.getAuthenticationUrl(), e.getTenantName(), e.getUserDomainName(),
                e.getProjectName(), e.getProjectDomainName(), e.getExternalPluginType(), e.isReadOnly(),
                e.isAutoSync(), e.getCustomProperties());
    }
}
