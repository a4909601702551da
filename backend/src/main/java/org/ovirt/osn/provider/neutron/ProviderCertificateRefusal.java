package org.ovirt.osn.provider.neutron;

import javax.security.auth.x500.X500Principal;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a provider's certificate chain was refused, in the admin's terms, with what fixes it. The JVM's own text
 * ("unable to find valid certification path to requested target") reads the same whether the CA is unknown, the
 * provider left out its intermediate, or a trusted certificate merely expired; this says which.
 *
 * <p>{@link ProviderTrustManager} throws it in place of the trust manager's exception (kept as the cause), and
 * {@link ProviderFailures} puts its {@link #hint()} after the message.
 */
final class ProviderCertificateRefusal extends CertificateException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the chain. */
    enum Reason {
        EXPIRED, NOT_YET_VALID, INCOMPLETE_CHAIN, UNTRUSTED_CA, OTHER
    }

    private final Reason reason;
    private final String hint;

    private ProviderCertificateRefusal(Reason reason, String message, String hint, CertificateException cause) {
        super(message, cause);
        this.reason = reason;
        this.hint = hint;
    }

    Reason reason() {
        return reason;
    }

    /** What the admin can do about it, one or two sentences. */
    String hint() {
        return hint;
    }

    /**
     * Of two refusals of one chain (the JVM's trust and the module's trust store), the one that says more: a trust
     * that found a path to a CA it holds and then refused (expired, not yet valid, revoked…) knows the real cause,
     * while "no path" only says that this trust does not hold the CA.
     */
    static CertificateException moreSpecific(CertificateException first, CertificateException second) {
        CertificateException preferred = noPath(first) && !noPath(second) ? second : first;
        CertificateException other = preferred == first ? second : first;
        preferred.addSuppressed(other);
        return preferred;
    }

    /**
     * @param chain   as the provider presented it: its own certificate first
     * @param verdict the trust manager's refusal
     * @param now     the engine's clock, to say which certificate is out of date
     */
    static ProviderCertificateRefusal explain(X509Certificate[] chain, CertificateException verdict, Instant now) {
        List<Throwable> causes = causes(verdict);
        for (Throwable t : causes) {
            if (t instanceof CertificateExpiredException || isReason(t, CertPathValidatorException.BasicReason.EXPIRED)) {
                X509Certificate expired = culprit(t, chain, c -> c.getNotAfter().toInstant().isBefore(now));
                return new ProviderCertificateRefusal(Reason.EXPIRED, "The certificate " + name(expired)
                        + " expired on " + expired.getNotAfter().toInstant() + "; its CA is trusted", "The provider"
                        + " must present a renewed certificate; importing certificates does not help.", verdict);
            }
            if (t instanceof CertificateNotYetValidException
                    || isReason(t, CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                X509Certificate early = culprit(t, chain, c -> c.getNotBefore().toInstant().isAfter(now));
                return new ProviderCertificateRefusal(Reason.NOT_YET_VALID, "The certificate " + name(early)
                        + " is not valid before " + early.getNotBefore().toInstant() + " (the engine's clock says "
                        + now + "); its CA is trusted", "Check the clocks of the engine and of the provider, or wait"
                        + " until the certificate is valid.", verdict);
            }
        }
        if (!noPath(verdict) || chain == null || chain.length == 0) {
            return new ProviderCertificateRefusal(Reason.OTHER, text(verdict), "If the certificate is signed by a CA"
                    + " of its own, add that CA certificate to the trust store (" + NeutronClientHolder.TRUSTSTORE
                    + ").", verdict);
        }
        X509Certificate top = chain[chain.length - 1];
        if (selfIssued(top)) {
            return new ProviderCertificateRefusal(Reason.UNTRUSTED_CA, "The certificate chain ends with "
                    + name(top) + ", which is not trusted (" + text(verdict) + ")", "If the certificate is signed by"
                    + " a CA of its own, add that CA certificate to the trust store (" + NeutronClientHolder.TRUSTSTORE
                    + ").", verdict);
        }
        if (top.getBasicConstraints() < 0) {
            return new ProviderCertificateRefusal(Reason.INCOMPLETE_CHAIN, "The certificate chain is incomplete: the"
                    + " provider sent " + (chain.length == 1 ? "only its own certificate " : "a chain ending with ")
                    + name(top) + ", without the certificate of its issuer " + issuer(top) + ", and the trust store"
                    + " does not hold that issuer", "Importing the intermediate CA certificate " + issuer(top)
                    + " into the trust store (" + NeutronClientHolder.TRUSTSTORE + ") fixes it, as does making the"
                    + " provider send its full chain.", verdict);
        }
        return new ProviderCertificateRefusal(Reason.UNTRUSTED_CA, "The certificate chain ends with the CA "
                + name(top) + ", issued by " + issuer(top) + ", which is not trusted", "Add the CA certificate "
                + issuer(top) + " to the trust store (" + NeutronClientHolder.TRUSTSTORE + ").", verdict);
    }

    /** "No path to a trusted CA": the JDK's path builder found none (SunCertPathBuilderException). */
    private static boolean noPath(CertificateException e) {
        return causes(e).stream().anyMatch(CertPathBuilderException.class::isInstance);
    }

    private static boolean isReason(Throwable t, CertPathValidatorException.Reason reason) {
        return t instanceof CertPathValidatorException e && e.getReason() == reason;
    }

    /** The certificate the validator named, else the first of the chain that matches. */
    private static X509Certificate culprit(Throwable t, X509Certificate[] chain,
                                           java.util.function.Predicate<X509Certificate> matches) {
        if (t instanceof CertPathValidatorException e && e.getCertPath() != null && e.getIndex() >= 0
                && e.getIndex() < e.getCertPath().getCertificates().size()) {
            Certificate named = e.getCertPath().getCertificates().get(e.getIndex());
            if (named instanceof X509Certificate x509) {
                return x509;
            }
        }
        Optional<X509Certificate> found = chain == null ? Optional.empty()
                : Arrays.stream(chain).filter(matches).findFirst();
        return found.orElse(chain[0]);
    }

    private static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static String name(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName(X500Principal.RFC2253) + "'";
    }

    private static String issuer(X509Certificate certificate) {
        return "'" + certificate.getIssuerX500Principal().getName(X500Principal.RFC2253) + "'";
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String text(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
