-- Who a VM belongs to, for the REST API's roles: a UserRole user may start, stop, edit and plug the vNICs of its own
-- VMs only. The owner is the login name (user@profile) of the user who added the VM, as oVirt makes the creator of a
-- VM its UserVmManager; none for VMs added before this column existed or by the engine itself. Portable SQL.
ALTER TABLE engine_vm ADD COLUMN owner VARCHAR(255);
