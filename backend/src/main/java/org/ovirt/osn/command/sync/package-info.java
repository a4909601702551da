/**
 * Synchronising a provider's networks with the engine: the diff between what the provider has and what is imported
 * ({@link org.ovirt.osn.command.sync.NetworkSyncPlanner}), the command that shows it (dry run) or applies it
 * ({@link org.ovirt.osn.command.sync.SyncNetworkProviderCommand}), and the periodic run for auto-sync providers.
 */
package org.ovirt.osn.command.sync;
