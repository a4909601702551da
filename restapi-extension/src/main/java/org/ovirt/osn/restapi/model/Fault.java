package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <fault><reason/><detail/></fault>}. Its texts often quote what a client or a provider sent (an id, a search,
 * a provider's error); control characters in them are written as {@code \\uXXXX}, because XML 1.0 cannot carry
 * most of them at all and a fault the client cannot parse is no answer.
 */
@XmlRootElement(name = "fault")
public class Fault {

    @XmlElement
    private String reason;

    @XmlElement
    private String detail;

    public Fault() {
    }

    public Fault(String reason, String detail) {
        this.reason = printable(reason);
        this.detail = printable(detail);
    }

    /** The text with every control character but tab, line feed and carriage return as {@code \\uXXXX}. */
    public static String printable(String text) {
        if (text == null || text.chars().noneMatch(Fault::unwritable)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (unwritable(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    private static boolean unwritable(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = printable(reason);
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = printable(detail);
    }
}
