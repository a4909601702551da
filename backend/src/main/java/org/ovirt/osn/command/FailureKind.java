package org.ovirt.osn.command;

/** What sort of failure a message reports; the REST layer picks the HTTP status from it. */
public enum FailureKind {
    /** The request itself is wrong (400). */
    INVALID,
    /** Something the request names does not exist (404). */
    NOT_FOUND,
    /** The request clashes with the current state (409). */
    CONFLICT,
    /** The request was fine, but the provider failed it (reported as a failed action). */
    PROVIDER
}
