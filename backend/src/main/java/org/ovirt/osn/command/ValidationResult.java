package org.ovirt.osn.command;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The outcome of one validation rule: valid, or the message (and its variables) saying why not. */
public record ValidationResult(EngineMessage message, Map<String, String> variables) {

    public static final ValidationResult VALID = new ValidationResult(null, Map.of());

    public ValidationResult {
        // a null value (e.g. an unnamed field) must not turn a validation failure into a NullPointerException
        variables = Collections.unmodifiableMap(new HashMap<>(variables));
    }

    public static ValidationResult failWith(EngineMessage message, Map<String, String> variables) {
        return new ValidationResult(message, variables);
    }

    public static ValidationResult failWith(EngineMessage message) {
        return new ValidationResult(message, Map.of());
    }

    /** {@link #VALID} when the condition holds, else the failure. */
    public static ValidationResult validWhen(boolean condition, EngineMessage message, Map<String, String> variables) {
        return condition ? VALID : failWith(message, variables);
    }

    public static ValidationResult validWhen(boolean condition, EngineMessage message) {
        return validWhen(condition, message, Map.of());
    }

    /** Runs the rules in order and returns the first failure; later rules are not evaluated. */
    @SafeVarargs
    public static ValidationResult firstFailure(Supplier<ValidationResult>... rules) {
        for (Supplier<ValidationResult> rule : rules) {
            ValidationResult result = rule.get();
            if (!result.isValid()) {
                return result;
            }
        }
        return VALID;
    }

    public boolean isValid() {
        return message == null;
    }
}
