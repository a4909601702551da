/** Encryption of secrets at rest (provider passwords) with a key kept outside the database. */
package org.ovirt.osn.crypto;
