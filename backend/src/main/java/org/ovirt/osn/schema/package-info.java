/** Schema migration at startup (Flyway). */
package org.ovirt.osn.schema;
