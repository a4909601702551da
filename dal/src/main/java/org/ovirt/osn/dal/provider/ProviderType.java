package org.ovirt.osn.dal.provider;

/** The kinds of network provider the module can talk to; stored by name. */
public enum ProviderType {
    /** OpenStack Neutron itself. */
    NEUTRON,
    /** A provider speaking the Neutron v2.0 API that is not Neutron, such as ovirt-provider-ovn. */
    EXTERNAL,
    /** oVirt's unmanaged external provider: its networks live only in the engine and nothing is called on it. */
    UNMANAGED
}
