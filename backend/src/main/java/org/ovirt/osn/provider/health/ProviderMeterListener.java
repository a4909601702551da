package org.ovirt.osn.provider.health;

/**
 * Hears of the provider meters as {@link ProviderHealthRegistry} creates and forgets them: the metrics binder, which
 * publishes each meter while its provider exists. Called on the thread that created or forgot the meter; must not
 * throw and must not call back into the registry.
 */
@FunctionalInterface
public interface ProviderMeterListener {

    /** A provider was measured for the first time since start, or the listener was just added. */
    void measured(ProviderCallMeter meter);

    /** The provider was removed: nothing should show it any longer. */
    default void forgotten(ProviderCallMeter meter) {
        // most listeners only publish
    }
}
