/**
 * The unmanaged provider type (oVirt's unmanaged external provider, since 4.2.1): the provider SPI implemented
 * without a provider to talk to. Its networks live only in the engine, so every call here answers from what the
 * engine already knows and none of them opens a connection.
 */
package org.ovirt.osn.provider.unmanaged;
