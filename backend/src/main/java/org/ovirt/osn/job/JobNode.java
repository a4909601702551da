package org.ovirt.osn.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Which engine node runs a job, and in which run of the application. The node id must stay the same across restarts
 * of one node (so that it recognises the jobs it left behind) and differ between nodes sharing a database:
 * {@code osn.node.id}, else the host name. The run id is new each time the application starts, so a node never
 * mistakes the jobs it is running now for ones left by a crash.
 */
@ApplicationScoped
public class JobNode {

    private String nodeId;
    private String runId;

    protected JobNode() {
        // for CDI proxies
    }

    @Inject
    public JobNode(OsnConfiguration configuration) {
        this(configuration.get("osn.node.id", hostName()), UUID.randomUUID().toString());
    }

    public JobNode(String nodeId, String runId) {
        this.nodeId = nodeId;
        this.runId = runId;
    }

    public String nodeId() {
        return nodeId;
    }

    public String runId() {
        return runId;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
