/** Benchmarks run by scripts (not tests): discovery through the module's REST against raw provider paging. */
package org.ovirt.osn.restapi.bench;
