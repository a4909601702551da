/** The audit log ({@code osn_audit_log}): rendered command outcomes for admins, newest first. */
package org.ovirt.osn.dal.audit;
