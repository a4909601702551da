#!/usr/bin/python3
"""neutron-agent.py - a stand-in Neutron L2 agent for ovirt-osn tests.

It does what a Neutron L2 agent does towards the server and nothing on the host:
every REPORT_INTERVAL seconds it sends report_state over Neutron's own RPC client
(neutron.agent.rpc.PluginReportStateAPI, topic q-reports-plugin), as the Open vSwitch
agent does, announcing a host with chosen bridge mappings and tunnel types. Neutron
registers it in its agents table (GET /v2.0/agents) and marks it dead once it has not
reported for agent_down_time seconds: kill this process and its host goes away.

  /usr/bin/python3 scripts/neutron-agent.py --transport-url rabbit://guest:guest@127.0.0.1:5672/osn-neutron-9698 \
      --host host-a --bridge-mappings physnet1:br-ex,physnet2:br-p2 --tunnel-types vxlan [--interval 2]

Run it with Debian's /usr/bin/python3 (python3-neutron), never a pip install. It prints
"reported <host>" after its first accepted report (the server answered the call), so a
caller can wait for that line; later reports are casts.
"""
import argparse
import os
import signal
import sys
import tempfile
import time


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--transport-url", required=True, help="the Neutron server's transport_url")
    p.add_argument("--host", required=True, help="the host name the agent reports (binding:host_id)")
    p.add_argument("--bridge-mappings", default="", help="physnet:bridge[,physnet:bridge...]")
    p.add_argument("--tunnel-types", default="", help="vxlan,gre,geneve (comma separated)")
    p.add_argument("--agent-type", default="Open vSwitch agent")
    p.add_argument("--binary", default="neutron-openvswitch-agent")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between reports")
    return p.parse_args(argv)


def mappings(text):
    result = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        physnet, _, bridge = item.partition(":")
        if not physnet or not bridge:
            raise SystemExit("neutron-agent.py: bad mapping '%s' (want physnet:bridge)" % item)
        result[physnet] = bridge
    return result


def main(argv):
    args = parse_args(argv)
    from oslo_config import cfg
    import oslo_messaging
    from neutron.agent import rpc as agent_rpc
    from neutron.conf.agent import common as agent_config
    from neutron_lib.agent import topics
    from neutron_lib import context
    from neutron_lib import rpc as n_rpc

    # oslo.messaging registers transport_url when it builds the transport, so it comes from a file
    with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as conf:
        conf.write("[DEFAULT]\ntransport_url = %s\n[AGENT]\nreport_interval = %s\n"
                   % (args.transport_url, args.interval))
    try:
        # Neutron's agents and server talk on the "neutron" exchange, not oslo's default "openstack"
        oslo_messaging.set_transport_defaults(control_exchange="neutron")
        agent_config.register_agent_state_opts_helper(cfg.CONF)
        cfg.CONF(["--config-file", conf.name], project="neutron")
        n_rpc.init(cfg.CONF)
    finally:
        os.unlink(conf.name)

    state = {
        "binary": args.binary,
        "host": args.host,
        "topic": "N/A",
        "agent_type": args.agent_type,
        "configurations": {
            "bridge_mappings": mappings(args.bridge_mappings),
            "tunnel_types": [t.strip() for t in args.tunnel_types.split(",") if t.strip()],
            "devices": 0,
        },
        "start_flag": True,
    }
    reporter = agent_rpc.PluginReportStateAPI(topics.REPORTS)
    ctx = context.get_admin_context_without_session()
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))

    # the first report is a call, so that a refused or unanswered one fails here, loudly; a
    # loaded server may take longer than one interval to answer it
    reporter.timeout = max(args.interval, 60)
    reporter.report_state(ctx, dict(state), use_call=True)
    reporter.timeout = args.interval
    print("reported %s" % args.host, flush=True)
    state.pop("start_flag")
    while not stopping:
        time.sleep(args.interval)
        try:
            reporter.report_state(ctx, dict(state))
        except Exception as e:  # a server restart must not end the agent
            print("report of %s failed: %s" % (args.host, e), file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
