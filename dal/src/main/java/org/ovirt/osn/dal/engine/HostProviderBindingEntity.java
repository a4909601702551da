package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The binding host id one host reports for one provider plugin type. */
@Entity
@Table(name = "engine_host_provider_binding")
@IdClass(HostProviderBindingEntity.Key.class)
public class HostProviderBindingEntity {

    /** The composite key: host and plugin type. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID hostId;
        private String pluginType;

        public Key() {
            // for JPA
        }

        public Key(UUID hostId, String pluginType) {
            this.hostId = hostId;
            this.pluginType = pluginType;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(hostId, k.hostId) && Objects.equals(pluginType, k.pluginType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(hostId, pluginType);
        }
    }

    @Id
    @Column(name = "host_id")
    private UUID hostId;

    @Id
    @Column(name = "plugin_type", length = 255)
    private String pluginType;

    @Column(name = "binding_host_id", nullable = false, length = 255)
    private String bindingHostId;

    protected HostProviderBindingEntity() {
        // for JPA
    }

    public HostProviderBindingEntity(UUID hostId, String pluginType, String bindingHostId) {
        this.hostId = hostId;
        this.pluginType = pluginType;
        this.bindingHostId = bindingHostId;
    }

    public UUID getHostId() {
        return hostId;
    }

    public String getPluginType() {
        return pluginType;
    }

    public String getBindingHostId() {
        return bindingHostId;
    }

    public void setBindingHostId(String bindingHostId) {
        this.bindingHostId = bindingHostId;
    }
}
