/**
 * The standalone engine host: the {@link org.ovirt.osn.engine.EngineInventory} and the
 * {@link org.ovirt.osn.engine.VmInventory} over the {@code engine_} tables, so
 * that the module runs, demos and is tested end to end without an oVirt engine. It is the only code that touches the
 * {@code org.ovirt.osn.dal.engine} DAOs. Its own commands (creating and removing what a real engine would own) are
 * in {@code org.ovirt.osn.engine.standalone.command}. The module's commands never refer to anything here.
 */
package org.ovirt.osn.engine.standalone;
