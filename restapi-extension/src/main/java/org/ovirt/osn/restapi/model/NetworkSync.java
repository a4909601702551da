package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Extension: the answer of {@code POST /openstacknetworkproviders/{id}/sync}, inside {@code <action>}: the
 * provider's networks to import, the imported networks to update, and the networks gone from the provider, each a
 * list of {@code <change>}. A dry run lists what would be done ({@code status} {@code planned}); otherwise each
 * change is {@code done} or {@code failed} (with its {@code reason}).
 */
public class NetworkSync {

    @XmlElement(name = "dry_run")
    private Boolean dryRun;
    @XmlElement(name = "to_import")
    private NetworkSyncChanges toImport;
    @XmlElement(name = "to_update")
    private NetworkSyncChanges toUpdate;
    @XmlElement
    private NetworkSyncChanges vanished;

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public NetworkSyncChanges getToImport() {
        return toImport;
    }

    public void setToImport(NetworkSyncChanges toImport) {
        this.toImport = toImport;
    }

    public NetworkSyncChanges getToUpdate() {
        return toUpdate;
    }

    public void setToUpdate(NetworkSyncChanges toUpdate) {
        this.toUpdate = toUpdate;
    }

    public NetworkSyncChanges getVanished() {
        return vanished;
    }

    public void setVanished(NetworkSyncChanges vanished) {
        this.vanished = vanished;
    }
}
