/** The audit log: typed events with {@code ${Var}} templates, written in their own transaction. */
package org.ovirt.osn.audit;
