package org.ovirt.osn.dal.job;

/** oVirt's {@code StepEnum} values this module uses, stored by name. */
public enum StepType {
    VALIDATING,
    EXECUTING,
    FINALIZING
}
