package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Properties;
import org.ovirt.osn.restapi.model.Property;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Between {@link OpenStackNetworkProvider} (REST) and {@link NetworkProvider} (domain). The password only goes in. */
public final class NetworkProviderMapper {

    static final String OPEN_VSWITCH = "open_vswitch";

    private NetworkProviderMapper() {
    }

    public static OpenStackNetworkProvider toModel(NetworkProvider p, String href) {
        OpenStackNetworkProvider m = new OpenStackNetworkProvider();
        m.setId(p.id().toString());
        m.setHref(href);
        m.setName(p.name());
        m.setDescription(p.description());
        boolean unmanaged = p.type() == NetworkProviderType.UNMANAGED;
        // oVirt's model has no unmanaged type: an unmanaged provider is an external one with the flag set
        m.setType(unmanaged ? NetworkProviderType.EXTERNAL.modelName() : p.type().modelName());
        m.setUrl(p.url());
        m.setRequiresAuthentication(p.requiresAuthentication());
        m.setUsername(p.username());
        m.setAuthenticationUrl(p.authenticationUrl());
        m.setTenantName(p.tenantName());
        m.setUserDomainName(p.userDomainName());
        m.setProjectName(p.projectName());
        m.setProjectDomainName(p.projectDomainName());
        m.setExternalPluginType(p.externalPluginType());
        if (OPEN_VSWITCH.equalsIgnoreCase(p.externalPluginType())) {
            m.setPluginType(OPEN_VSWITCH);
        }
        m.setReadOnly(p.readOnly());
        m.setAutoSync(p.autoSync());
        m.setUnmanaged(unmanaged);
        if (!p.customProperties().isEmpty()) {
            Properties properties = new Properties();
            p.customProperties().forEach((k, v) -> properties.getProperty().add(new Property(k, v)));
            m.setProperties(properties);
        }
        return m;
    }

    /** A new provider from an add request; unset flags are false and an unset type is {@code neutron}. */
    public static NetworkProvider toNewDomain(OpenStackNetworkProvider m) {
        return new NetworkProvider(null, m.getName(), m.getDescription(),
                withUnmanaged(type(m.getType()), isTrue(m.getUnmanaged())).orElse(NetworkProviderType.NEUTRON),
                m.getUrl(),
                isTrue(m.getRequiresAuthentication()), m.getUsername(), m.getPassword(), m.getAuthenticationUrl(),
                m.getTenantName(), m.getUserDomainName(), m.getProjectName(), m.getProjectDomainName(),
                pluginType(m, null), isTrue(m.getReadOnly()), isTrue(m.getAutoSync()),
                properties(m.getProperties()).orElse(Map.of()));
    }

    /**
     * The stored provider with the fields the update request gives; what it leaves out stays. The password is null
     * unless given, which tells the command to keep the stored one.
     */
    public static NetworkProvider applyUpdate(NetworkProvider current, OpenStackNetworkProvider m, UUID id) {
        return new NetworkProvider(id,
                or(m.getName(), current.name()),
                or(m.getDescription(), current.description()),
                updatedType(current, m),
                or(m.getUrl(), current.url()),
                or(m.getRequiresAuthentication(), current.requiresAuthentication()),
                or(m.getUsername(), current.username()),
                m.getPassword(),
                or(m.getAuthenticationUrl(), current.authenticationUrl()),
                or(m.getTenantName(), current.tenantName()),
                or(m.getUserDomainName(), current.userDomainName()),
                or(m.getProjectName(), current.projectName()),
                or(m.getProjectDomainName(), current.projectDomainName()),
                pluginType(m, current.externalPluginType()),
                or(m.getReadOnly(), current.readOnly()),
                or(m.getAutoSync(), current.autoSync()),
                properties(m.getProperties()).orElse(current.customProperties()));
    }

    /** {@code external_plugin_type} wins; the deprecated {@code plugin_type} only says open_vswitch. */
    private static String pluginType(OpenStackNetworkProvider m, String current) {
        if (m.getExternalPluginType() != null) {
            return m.getExternalPluginType();
        }
        if (m.getPluginType() != null) {
            if (!OPEN_VSWITCH.equals(m.getPluginType())) {
                throw new InvalidRepresentationException("plugin_type must be " + OPEN_VSWITCH + ", not '"
                        + m.getPluginType() + "'; use external_plugin_type for other plugins");
            }
            return OPEN_VSWITCH.toUpperCase(java.util.Locale.ROOT);
        }
        return current;
    }

    /** The types oVirt's model names in {@code type}; the unmanaged one is told by its own flag. */
    private static final List<NetworkProviderType> MODEL_TYPES =
            List.of(NetworkProviderType.NEUTRON, NetworkProviderType.EXTERNAL);

    private static Optional<NetworkProviderType> type(String modelName) {
        if (modelName == null) {
            return Optional.empty();
        }
        return Optional.of(NetworkProviderType.fromModelName(modelName).filter(MODEL_TYPES::contains).orElseThrow(() ->
                new InvalidRepresentationException("type must be one of " + MODEL_TYPES.stream()
                        .map(NetworkProviderType::modelName).collect(Collectors.joining(", "))
                        + ", not '" + modelName + "'")));
    }

    /** What the request's {@code type} and {@code unmanaged} make of the stored type; either may be left out. */
    private static NetworkProviderType updatedType(NetworkProvider current, OpenStackNetworkProvider m) {
        boolean wasUnmanaged = current.type() == NetworkProviderType.UNMANAGED;
        Optional<NetworkProviderType> modelType = type(m.getType())
                .or(() -> Optional.of(wasUnmanaged ? NetworkProviderType.EXTERNAL : current.type()));
        return withUnmanaged(modelType, or(m.getUnmanaged(), wasUnmanaged)).orElseThrow();
    }

    /** {@code unmanaged} makes an external provider (given or by default) the unmanaged type; Neutron cannot be. */
    private static Optional<NetworkProviderType> withUnmanaged(Optional<NetworkProviderType> modelType,
                                                               boolean unmanaged) {
        if (!unmanaged) {
            return modelType;
        }
        if (modelType.isPresent() && modelType.get() != NetworkProviderType.EXTERNAL) {
            throw new InvalidRepresentationException("an unmanaged provider is of type external, not '"
                    + modelType.get().modelName() + "'");
        }
        return Optional.of(NetworkProviderType.UNMANAGED);
    }

    private static Optional<Map<String, String>> properties(Properties properties) {
        if (properties == null) {
            return Optional.empty();
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Property p : properties.getProperty()) {
            if (p.getName() == null || p.getName().isBlank()) {
                throw new InvalidRepresentationException("every property needs a name");
            }
            // a property without a value is kept as an empty one (the database drops null map values)
            if (map.put(p.getName(), p.getValue() == null ? "" : p.getValue()) != null) {
                throw new InvalidRepresentationException("property " + p.getName() + " is given twice");
            }
        }
        return Optional.of(map);
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
