package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs after every other IT of the pass (the class order is by {@link Order}; the others have none): no secret any
 * test sent to the server — {@link SecretsSeen} learnt them from the requests — stands in the server log or in any
 * audit event. Every answer was already checked as it came.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class SecretsNeverLeakedIT {

    private static final int PAGE = 100;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void shouldFindNoSecretTheTestsSentInTheServerLogNorInTheAuditLog() {
        // whatever ran before, these are known: the Keystone engine user's and the admin's passwords
        SecretsSeen.learn(KeystoneNeutronNetworks.PASSWORD);
        SecretsSeen.learn(Http.adminPassword());
        Set<String> secrets = SecretsSeen.all();
        String serverLog = ServerLog.text();

        SecretsSeen.assertNoneIn("The server log", serverLog);
        int events = 0;
        for (int page = 1; ; page++) {
            Http.Answer answer = Http.get("/events?max=" + PAGE + "&page=" + page, Http.XML);
            assertEquals(200, answer.status(), answer.body());
            SecretsSeen.assertNoneIn("Audit events page " + page, answer.body());
            int onPage = Integer.parseInt(answer.xpath("count(/events/event)"));
            events += onPage;
            if (onPage < PAGE) {
                break;
            }
        }
        System.out.printf("Secrets checked: %d, in a server log of %d characters and %d audit events%n",
                secrets.size(), serverLog.length(), events);
        assertTrue(secrets.size() >= 2, "the known secrets at least");
    }
}
