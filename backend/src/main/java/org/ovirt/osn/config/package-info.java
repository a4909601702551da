/** The module's settings: system properties, then environment variables, then defaults. */
package org.ovirt.osn.config;
