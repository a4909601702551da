/**
 * Jobs with progress, in the shape of oVirt's jobs and steps: the tracker that records them (each write committed on
 * its own, so an admin watches a job move), the node identity that says whose jobs a restarted node may abort, the
 * recovery at start, and the bulk import of provider networks that runs as one job on the container's managed
 * executor.
 */
package org.ovirt.osn.job;
