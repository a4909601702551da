/** Provider certificates trusted by every engine node ({@code osn_trusted_certificate}) and their change count. */
package org.ovirt.osn.dal.trust;
