package org.ovirt.osn.command;

import org.ovirt.osn.audit.MessageTemplates;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A command refused (validation) or failed (execution), with the message an admin sees. */
public class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final MessageTemplates TEMPLATES = new MessageTemplates("org.ovirt.osn.command.EngineMessages");

    private final EngineMessage engineMessage;
    private final transient Map<String, String> variables;

    public CommandFailedException(EngineMessage engineMessage, Map<String, String> variables, Throwable cause) {
        super(TEMPLATES.render(engineMessage.name(), variables), cause);
        this.engineMessage = engineMessage;
        this.variables = Collections.unmodifiableMap(new HashMap<>(variables));
    }

    public CommandFailedException(ValidationResult failure) {
        this(failure.message(), failure.variables(), null);
    }

    public EngineMessage engineMessage() {
        return engineMessage;
    }

    public Map<String, String> variables() {
        return variables;
    }

    public FailureKind kind() {
        return engineMessage.kind();
    }

    static MessageTemplates templates() {
        return TEMPLATES;
    }
}
