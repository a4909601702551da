package org.ovirt.osn.audit;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders {@code ${Var}} templates from a resource bundle; unknown variables stay visible rather than vanish. */
public final class MessageTemplates {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private final ResourceBundle bundle;

    public MessageTemplates(String bundleName) {
        this.bundle = ResourceBundle.getBundle(bundleName);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    public String render(String key, Map<String, String> variables) {
        String template = bundle.containsKey(key) ? bundle.getString(key) : key;
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group(0)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
