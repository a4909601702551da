package org.ovirt.osn.command;

/** Who runs a command, for the audit log. */
public record CommandContext(String userName) {

    public static CommandContext internal() {
        return new CommandContext("internal");
    }
}
