/**
 * Jobs and their steps (tables {@code osn_job}, {@code osn_job_step}): long work such as a bulk import, shown with
 * progress in the shape of oVirt's jobs and kept across restarts.
 */
package org.ovirt.osn.dal.job;
