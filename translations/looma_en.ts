<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Native histogram samples were skipped; the console shows float samples only.</source>
        <translation>Native histogram samples were skipped; the console shows float samples only.</translation>
    </message>
    <message>
        <source>a vector must be an array</source>
        <translation>a vector must be an array</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>a matrix must be an array</source>
        <translation>a matrix must be an array</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>not an array</translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>unknown result type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>not a string</translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation>not an RFC 3339 time</translation>
    </message>
    <message>
        <source>not a sample value</source>
        <translation>not a sample value</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>a text field is not a string</source>
        <translation>a text field is not a string</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>AiServiceFigureSet</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Half-open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ChartStatusText</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>CrmFigureSet</name>
    <message>
        <source>Talent management</source>
        <translation>Talent management</translation>
    </message>
    <message>
        <source>Relationship analysis</source>
        <translation>Relationship analysis</translation>
    </message>
    <message>
        <source>AI search</source>
        <translation>AI search</translation>
    </message>
    <message>
        <source>Knowledge-graph Q&amp;A</source>
        <translation>Knowledge-graph Q&amp;A</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
</context>
<context>
    <name>FailoverSides</name>
    <message>
        <source>No primary</source>
        <translation>No primary</translation>
    </message>
    <message>
        <source>primary down (Prometheus)</source>
        <translation>primary down (Prometheus)</translation>
    </message>
    <message>
        <source>primary critical (registry)</source>
        <translation>primary critical (registry)</translation>
    </message>
    <message>
        <source>primary&apos;s node is down</source>
        <translation>primary&apos;s node is down</translation>
    </message>
    <message>
        <source>region has instances down or unscraped (Prometheus)</source>
        <translation>region has instances down or unscraped (Prometheus)</translation>
    </message>
    <message>
        <source>zone has problems (registry)</source>
        <translation>zone has problems (registry)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Disable every action: no failover, no maintenance changes.</source>
        <translation>Disable every action: no failover, no maintenance changes.</translation>
    </message>
    <message>
        <source>User interface language (zh_CN or en).</source>
        <translation>User interface language (zh_CN or en).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Read settings from this file instead of the default.</source>
        <translation>Read settings from this file instead of the default.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use this registry (libpq DSN or postgresql:// URI, no password) for this run only.</source>
        <translation>Use this registry (libpq DSN or postgresql:// URI, no password) for this run only.</translation>
    </message>
    <message>
        <source>dsn</source>
        <translation>dsn</translation>
    </message>
    <message>
        <source>Use this Prometheus URL for this run only.</source>
        <translation>Use this Prometheus URL for this run only.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Watch only: run no health checks and no automatic failover in this window.</source>
        <translation>Watch only: run no health checks and no automatic failover in this window.</translation>
    </message>
    <message>
        <source>Open on this page: crossCloud, clusters, aiServices, crm, events, failover, reports, settings.</source>
        <translation>Open on this page: crossCloud, clusters, aiServices, crm, events, failover, reports, settings.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the registry and Prometheus have answered, then quit.</source>
        <translation>Save a PNG of the window once the registry and Prometheus have answered, then quit.</translation>
    </message>
    <message>
        <source>Looma Ops Console: cross-cloud status, AI services, CRM dashboards and failover for Looma CRM.
Subcommands: migrate, report (run &apos;looma-ops SUBCOMMAND --help&apos;).
Without a window: looma-ops --headless (run &apos;looma-ops --headless --help&apos;).</source>
        <translation>Looma Ops Console: cross-cloud status, AI services, CRM dashboards and failover for Looma CRM.
Subcommands: migrate, report (run &apos;looma-ops SUBCOMMAND --help&apos;).
Without a window: looma-ops --headless (run &apos;looma-ops --headless --help&apos;).</translation>
    </message>
</context>
<context>
    <name>PanelLoader</name>
    <message>
        <source>%1:%2:%3: the panel file is not valid JSON (%4); none of its panels were loaded.</source>
        <translation>%1:%2:%3: the panel file is not valid JSON (%4); none of its panels were loaded.</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;panels&quot; array.</source>
        <translation>%1: expected an object with a &quot;panels&quot; array.</translation>
    </message>
    <message>
        <source>%1: panels[%2] is not an object; skipped.</source>
        <translation>%1: panels[%2] is not an object; skipped.</translation>
    </message>
    <message>
        <source>%1: panel &quot;%2&quot;: %3; skipped.</source>
        <translation>%1: panel &quot;%2&quot;: %3; skipped.</translation>
    </message>
    <message>
        <source>missing &quot;id&quot;</source>
        <translation>missing &quot;id&quot;</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (crossCloud, clusters, aiServices, crm)</source>
        <translation>unknown page &quot;%1&quot; (crossCloud, clusters, aiServices, crm)</translation>
    </message>
    <message>
        <source>missing &quot;title&quot;</source>
        <translation>missing &quot;title&quot;</translation>
    </message>
    <message>
        <source>missing &quot;promql&quot;</source>
        <translation>missing &quot;promql&quot;</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (percent, seconds, ms, reqps, ratio, bytes, count)</source>
        <translation>unknown unit &quot;%1&quot; (percent, seconds, ms, reqps, ratio, bytes, count)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (stat, timeseries, table)</source>
        <translation>unknown kind &quot;%1&quot; (stat, timeseries, table)</translation>
    </message>
    <message>
        <source>&quot;thresholds&quot; is not an object</source>
        <translation>&quot;thresholds&quot; is not an object</translation>
    </message>
    <message>
        <source>thresholds &quot;warn&quot; and &quot;crit&quot; must be numbers</source>
        <translation>thresholds &quot;warn&quot; and &quot;crit&quot; must be numbers</translation>
    </message>
    <message>
        <source>unknown threshold direction &quot;%1&quot; (above, below)</source>
        <translation>unknown threshold direction &quot;%1&quot; (above, below)</translation>
    </message>
    <message>
        <source>the warning threshold lies beyond the critical one</source>
        <translation>the warning threshold lies beyond the critical one</translation>
    </message>
    <message>
        <source>%1: panel &quot;%2&quot; is defined twice; the first one is kept.</source>
        <translation>%1: panel &quot;%2&quot; is defined twice; the first one is kept.</translation>
    </message>
    <message>
        <source>The built-in panel definitions %1 are missing.</source>
        <translation>The built-in panel definitions %1 are missing.</translation>
    </message>
    <message>
        <source>Cannot read the panel file %1: %2</source>
        <translation>Cannot read the panel file %1: %2</translation>
    </message>
</context>
<context>
    <name>PanelTitles</name>
    <message>
        <source>Scrape targets up</source>
        <translation>Scrape targets up</translation>
    </message>
    <message>
        <source>Scrape targets down</source>
        <translation>Scrape targets down</translation>
    </message>
    <message>
        <source>Service instances up</source>
        <translation>Service instances up</translation>
    </message>
    <message>
        <source>AI request rate by cloud</source>
        <translation>AI request rate by cloud</translation>
    </message>
    <message>
        <source>AI availability by cloud</source>
        <translation>AI availability by cloud</translation>
    </message>
    <message>
        <source>CRM backends down</source>
        <translation>CRM backends down</translation>
    </message>
    <message>
        <source>CPU utilisation by cluster</source>
        <translation>CPU utilisation by cluster</translation>
    </message>
    <message>
        <source>Memory utilisation by cluster</source>
        <translation>Memory utilisation by cluster</translation>
    </message>
    <message>
        <source>Memory available by cluster</source>
        <translation>Memory available by cluster</translation>
    </message>
    <message>
        <source>Busiest nodes by CPU</source>
        <translation>Busiest nodes by CPU</translation>
    </message>
    <message>
        <source>Node CPU utilisation</source>
        <translation>Node CPU utilisation</translation>
    </message>
    <message>
        <source>Node memory utilisation</source>
        <translation>Node memory utilisation</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Request rate</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latency p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latency p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latency p99</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Error budget burn rate (1 h)</source>
        <translation>Error budget burn rate (1 h)</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Model accuracy</translation>
    </message>
    <message>
        <source>Gateway circuit breakers (0 closed, 1 half-open, 2 open)</source>
        <translation>Gateway circuit breakers (0 closed, 1 half-open, 2 open)</translation>
    </message>
    <message>
        <source>Healthy instances</source>
        <translation>Healthy instances</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>CRM throughput by operation</source>
        <translation>CRM throughput by operation</translation>
    </message>
    <message>
        <source>CRM error ratio by operation</source>
        <translation>CRM error ratio by operation</translation>
    </message>
    <message>
        <source>CRM latency p95 by operation</source>
        <translation>CRM latency p95 by operation</translation>
    </message>
    <message>
        <source>Backend database health</source>
        <translation>Backend database health</translation>
    </message>
    <message>
        <source>Backends up by cluster</source>
        <translation>Backends up by cluster</translation>
    </message>
    <message>
        <source>Error budget left (30 d)</source>
        <translation>Error budget left (30 d)</translation>
    </message>
    <message>
        <source>CRM instances up</source>
        <translation>CRM instances up</translation>
    </message>
    <message>
        <source>Backend connections</source>
        <translation>Backend connections</translation>
    </message>
    <message>
        <source>Backend queries per second</source>
        <translation>Backend queries per second</translation>
    </message>
    <message>
        <source>Backend replication lag (worst)</source>
        <translation>Backend replication lag (worst)</translation>
    </message>
</context>
<context>
    <name>PromConfig</name>
    <message>
        <source>No secret file is configured for Prometheus authentication.</source>
        <translation>No secret file is configured for Prometheus authentication.</translation>
    </message>
    <message>
        <source>Cannot read the Prometheus secret file %1: %2</source>
        <translation>Cannot read the Prometheus secret file %1: %2</translation>
    </message>
    <message>
        <source>The Prometheus secret file %1 is too large to be a token or password.</source>
        <translation>The Prometheus secret file %1 is too large to be a token or password.</translation>
    </message>
    <message>
        <source>The Prometheus secret file %1 is empty.</source>
        <translation>The Prometheus secret file %1 is empty.</translation>
    </message>
    <message>
        <source>No Prometheus URL is configured.</source>
        <translation>No Prometheus URL is configured.</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://, not &quot;%1&quot;.</source>
        <translation>The Prometheus URL must start with http:// or https://, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Prometheus URL %1 has no host.</source>
        <translation>The Prometheus URL %1 has no host.</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token file.</source>
        <translation>Bearer authentication needs a token file.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name and a password file.</source>
        <translation>Basic authentication needs a user name and a password file.</translation>
    </message>
    <message>
        <source>The Prometheus timeout must be at least 100 ms.</source>
        <translation>The Prometheus timeout must be at least 100 ms.</translation>
    </message>
    <message>
        <source>The Prometheus response size limit must be at least 1 KB.</source>
        <translation>The Prometheus response size limit must be at least 1 KB.</translation>
    </message>
    <message>
        <source>At least one Prometheus query must be allowed in flight.</source>
        <translation>At least one Prometheus query must be allowed in flight.</translation>
    </message>
    <message>
        <source>The scrape interval must be at least 1 second.</source>
        <translation>The scrape interval must be at least 1 second.</translation>
    </message>
</context>
<context>
    <name>PromJsonReader</name>
    <message>
        <source>expected a [time, &quot;value&quot;] pair</source>
        <translation>expected a [time, &quot;value&quot;] pair</translation>
    </message>
    <message numerus="yes">
        <source>expected a [time, &quot;value&quot;] pair, got %n element(s)</source>
        <translation>
            <numerusform>expected a [time, &quot;value&quot;] pair, got %n element</numerusform>
            <numerusform>expected a [time, &quot;value&quot;] pair, got %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>the time is not a plausible number of seconds</source>
        <translation>the time is not a plausible number of seconds</translation>
    </message>
    <message>
        <source>the value is not a string</source>
        <translation>the value is not a string</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with an empty body.</source>
        <translation>Prometheus answered HTTP %1 with an empty body.</translation>
    </message>
    <message>
        <source>Prometheus answered with an empty body.</source>
        <translation>Prometheus answered with an empty body.</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1: %2</source>
        <translation>Prometheus answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>the top level is not a JSON object</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer is not valid JSON: %1.</source>
        <translation>Prometheus&apos;s answer is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Prometheus refused the request: %1</source>
        <translation>Prometheus refused the request: %1</translation>
    </message>
    <message>
        <source>Prometheus refused the request (%1): %2</source>
        <translation>Prometheus refused the request (%1): %2</translation>
    </message>
    <message>
        <source>expected &quot;success&quot; or &quot;error&quot;</source>
        <translation>expected &quot;success&quot; or &quot;error&quot;</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with a success body.</source>
        <translation>Prometheus answered HTTP %1 with a success body.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>the label set is not a JSON object</source>
        <translation>the label set is not a JSON object</translation>
    </message>
    <message>
        <source>the label set has %1 labels; more than %2 is refused</source>
        <translation>the label set has %1 labels; more than %2 is refused</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>label &quot;%1&quot; is not a string</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is implausibly long</source>
        <translation>label &quot;%1&quot; is implausibly long</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample value</source>
        <translation>&quot;%1&quot; is not a sample value</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer has an unexpected shape at %1: %2.</source>
        <translation>Prometheus&apos;s answer has an unexpected shape at %1: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not a valid URL (example: http://prometheus:9090).</source>
        <translation>The Prometheus URL &quot;%1&quot; is not a valid URL (example: http://prometheus:9090).</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://.</source>
        <translation>The Prometheus URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; names no host.</source>
        <translation>The Prometheus URL &quot;%1&quot; names no host.</translation>
    </message>
    <message>
        <source>The Prometheus URL must be the server&apos;s base address, without ?query or #fragment.</source>
        <translation>The Prometheus URL must be the server&apos;s base address, without ?query or #fragment.</translation>
    </message>
    <message>
        <source>The Prometheus URL must not contain a user or password; use the authentication fields.</source>
        <translation>The Prometheus URL must not contain a user or password; use the authentication fields.</translation>
    </message>
    <message>
        <source>%1: no file is given.</source>
        <translation>%1: no file is given.</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: the file %2 does not exist.</translation>
    </message>
    <message>
        <source>%1: %2 is not a file.</source>
        <translation>%1: %2 is not a file.</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read.</source>
        <translation>%1: the file %2 cannot be read.</translation>
    </message>
    <message>
        <source>Give either a registry DSN or a libpq service name, not both.</source>
        <translation>Give either a registry DSN or a libpq service name, not both.</translation>
    </message>
    <message>
        <source>The registry DSN must not contain a password. Put it in PGPASSFILE (~/.pgpass) or the libpq service file.</source>
        <translation>The registry DSN must not contain a password. Put it in PGPASSFILE (~/.pgpass) or the libpq service file.</translation>
    </message>
    <message>
        <source>The registry DSN is not a valid postgresql:// URI.</source>
        <translation>The registry DSN is not a valid postgresql:// URI.</translation>
    </message>
    <message>
        <source>A libpq service name is one word, as in [name] of pg_service.conf.</source>
        <translation>A libpq service name is one word, as in [name] of pg_service.conf.</translation>
    </message>
    <message>
        <source>Bearer token file</source>
        <translation>Bearer token file</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic authentication needs a user name.</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Password file</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Prometheus label name (letters, digits, underscore; not starting with a digit).</source>
        <translation>&quot;%1&quot; is not a valid Prometheus label name (letters, digits, underscore; not starting with a digit).</translation>
    </message>
    <message>
        <source>The registry poll interval must be 1 to 3600 seconds.</source>
        <translation>The registry poll interval must be 1 to 3600 seconds.</translation>
    </message>
    <message>
        <source>The Prometheus refresh interval must be 1 to 3600 seconds.</source>
        <translation>The Prometheus refresh interval must be 1 to 3600 seconds.</translation>
    </message>
    <message>
        <source>The failover cooldown must be 0 to 1440 minutes.</source>
        <translation>The failover cooldown must be 0 to 1440 minutes.</translation>
    </message>
    <message>
        <source>The partition guard share must be 1 to 100 %.</source>
        <translation>The partition guard share must be 1 to 100 %.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Draining</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Passing</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>actuated</source>
        <translation>actuated</translation>
    </message>
    <message>
        <source>actuation failed</source>
        <translation>actuation failed</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
</context>
<context>
    <name>looma::AiServicesPage</name>
    <message>
        <source>AI services</source>
        <translation>AI services</translation>
    </message>
    <message>
        <source>The five AI services: healthy and total instances, current primary, request and error rates, p50/p95/p99 latency against the 300 ms target, availability against the 99.9 % SLO with error budget, and the gateway&apos;s circuit breakers.</source>
        <translation>The five AI services: healthy and total instances, current primary, request and error rates, p50/p95/p99 latency against the 300 ms target, availability against the 99.9 % SLO with error budget, and the gateway&apos;s circuit breakers.</translation>
    </message>
    <message>
        <source>Filter services or instances…</source>
        <translation>Filter services or instances…</translation>
    </message>
    <message>
        <source>
worst: %1</source>
        <translation>
worst: %1</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Lowest availability</source>
        <translation>Lowest availability</translation>
    </message>
    <message>
        <source>SLO ≥ 99.9 %</source>
        <translation>SLO ≥ 99.9 %</translation>
    </message>
    <message>
        <source>Least error budget left (30 d)</source>
        <translation>Least error budget left (30 d)</translation>
    </message>
    <message>
        <source>warn below 25 %</source>
        <translation>warn below 25 %</translation>
    </message>
    <message>
        <source>Highest burn rate (1 h)</source>
        <translation>Highest burn rate (1 h)</translation>
    </message>
    <message>
        <source>page at ≥ 14.4×</source>
        <translation>page at ≥ 14.4×</translation>
    </message>
    <message>
        <source>Highest p95 latency</source>
        <translation>Highest p95 latency</translation>
    </message>
    <message>
        <source>target ≤ 300 ms</source>
        <translation>target ≤ 300 ms</translation>
    </message>
    <message>
        <source>Instances by service</source>
        <translation>Instances by service</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Not updated yet</translation>
    </message>
</context>
<context>
    <name>looma::AiServicesTable</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Instances up / total</source>
        <translation>Instances up / total</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>Latency p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Budget left (30 d)</source>
        <translation>Budget left (30 d)</translation>
    </message>
    <message>
        <source>Burn rate (1 h)</source>
        <translation>Burn rate (1 h)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Gateway breaker</source>
        <translation>Gateway breaker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>error rate over target</source>
        <translation>error rate over target</translation>
    </message>
    <message>
        <source>p95 latency over target</source>
        <translation>p95 latency over target</translation>
    </message>
    <message>
        <source>availability under SLO</source>
        <translation>availability under SLO</translation>
    </message>
    <message>
        <source>burning error budget</source>
        <translation>burning error budget</translation>
    </message>
    <message>
        <source>accuracy low</source>
        <translation>accuracy low</translation>
    </message>
    <message>
        <source>gateway breaker open</source>
        <translation>gateway breaker open</translation>
    </message>
    <message>
        <source>no primary</source>
        <translation>no primary</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) down</source>
        <translation>
            <numerusform>%n instance down</numerusform>
            <numerusform>%n instances down</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Up per Prometheus; total and passing (%1) per the registry.</source>
        <translation>Up per Prometheus; total and passing (%1) per the registry.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>on node %1</source>
        <translation>on node %1</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %</source>
        <translation>target ≤ 0.1 %</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <source>p95 target ≤ 300 ms</source>
        <translation>p95 target ≤ 300 ms</translation>
    </message>
    <message>
        <source>SLO ≥ 99.9 %</source>
        <translation>SLO ≥ 99.9 %</translation>
    </message>
    <message>
        <source>share of the 30-day error budget not yet spent</source>
        <translation>share of the 30-day error budget not yet spent</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>1× spends the budget in exactly 30 days</source>
        <translation>1× spends the budget in exactly 30 days</translation>
    </message>
    <message>
        <source>worst state over the gateway&apos;s clusters</source>
        <translation>worst state over the gateway&apos;s clusters</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>looma::AppSettings</name>
    <message>
        <source>The settings file %1 is a folder; defaults are used and nothing can be saved.</source>
        <translation>The settings file %1 is a folder; defaults are used and nothing can be saved.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read; defaults are used.</source>
        <translation>The settings file %1 cannot be read; defaults are used.</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed and was not read; defaults are used.</source>
        <translation>The settings file %1 is malformed and was not read; defaults are used.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be accessed; defaults are used.</source>
        <translation>The settings file %1 cannot be accessed; defaults are used.</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is not a whole number from %3 to %4; the default %5 is used.</source>
        <translation>Setting %1 = &quot;%2&quot; is not a whole number from %3 to %4; the default %5 is used.</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is not a known choice; the default &quot;%3&quot; is used.</source>
        <translation>Setting %1 = &quot;%2&quot; is not a known choice; the default &quot;%3&quot; is used.</translation>
    </message>
    <message>
        <source>The registry DSN in the settings file holds a password; it is ignored. Put the password in PGPASSFILE (~/.pgpass) or the libpq service file.</source>
        <translation>The registry DSN in the settings file holds a password; it is ignored. Put the password in PGPASSFILE (~/.pgpass) or the libpq service file.</translation>
    </message>
    <message>
        <source>Setting %1 holds a secret and is ignored: name a file that holds it instead.</source>
        <translation>Setting %1 holds a secret and is ignored: name a file that holds it instead.</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is neither true nor false; read-only stays off.</source>
        <translation>Setting %1 = &quot;%2&quot; is neither true nor false; read-only stays off.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>The settings file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>looma::AppearanceSettingsGroup</name>
    <message>
        <source>Appearance and safety</source>
        <translation>Appearance and safety</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: no failover, no changes to the fleet</source>
        <translation>Read-onl&amp;y: no failover, no changes to the fleet</translation>
    </message>
    <message>
        <source>Read-only is on for this run (--read-only).</source>
        <translation>Read-only is on for this run (--read-only).</translation>
    </message>
    <message>
        <source>Watch only: every action that changes the fleet is disabled.</source>
        <translation>Watch only: every action that changes the fleet is disabled.</translation>
    </message>
</context>
<context>
    <name>looma::CloudSummaryPanel</name>
    <message>
        <source> (registry stale: last known figures)</source>
        <translation> (registry stale: last known figures)</translation>
    </message>
    <message>
        <source>Nodes: no data yet</source>
        <translation>Nodes: no data yet</translation>
    </message>
    <message>
        <source>Nodes: %1 up · %2 down · %3 draining · primaries of %4 failover group(s)%5</source>
        <translation>Nodes: %1 up · %2 down · %3 draining · primaries of %4 failover group(s)%5</translation>
    </message>
    <message>
        <source>Instances: no data yet</source>
        <translation>Instances: no data yet</translation>
    </message>
    <message>
        <source>Instances: %1 passing · %2 warning · %3 critical · %4 unknown</source>
        <translation>Instances: %1 passing · %2 warning · %3 critical · %4 unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prometheus: not configured</source>
        <translation>Prometheus: not configured</translation>
    </message>
    <message>
        <source>Prometheus: no answer yet</source>
        <translation>Prometheus: no answer yet</translation>
    </message>
    <message>
        <source>Prometheus: no instance down</source>
        <translation>Prometheus: no instance down</translation>
    </message>
    <message numerus="yes">
        <source>Prometheus: %n instance(s) down in %1</source>
        <translation>
            <numerusform>Prometheus: %n instance down in %1</numerusform>
            <numerusform>Prometheus: %n instances down in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Prometheus cannot scrape: %1</source>
        <translation>Prometheus cannot scrape: %1</translation>
    </message>
    <message>
        <source>Stale (as of %1, Prometheus unreachable): %2</source>
        <translation>Stale (as of %1, Prometheus unreachable): %2</translation>
    </message>
</context>
<context>
    <name>looma::ClusterSummaryModel</name>
    <message>
        <source>%1 (%2 not up)</source>
        <translation>%1 (%2 not up)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Healthy / instances</source>
        <translation>Healthy / instances</translation>
    </message>
    <message>
        <source>Avg CPU</source>
        <translation>Avg CPU</translation>
    </message>
    <message>
        <source>Avg memory</source>
        <translation>Avg memory</translation>
    </message>
</context>
<context>
    <name>looma::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Every cluster with its totals, and a node table that filters and sorts 10,000+ nodes by cloud, region, cluster, status or text; a node&apos;s instances and CPU/memory charts.</source>
        <translation>Every cluster with its totals, and a node table that filters and sorts 10,000+ nodes by cloud, region, cluster, status or text; a node&apos;s instances and CPU/memory charts.</translation>
    </message>
    <message>
        <source>Filter nodes by name, address, cluster…</source>
        <translation>Filter nodes by name, address, cluster…</translation>
    </message>
</context>
<context>
    <name>looma::ConnectionTestRow</name>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Not available yet: the connection test is not wired into this build.</source>
        <translation>Not available yet: the connection test is not wired into this build.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Connection works.</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Connection works: %1</translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Connection failed.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
</context>
<context>
    <name>looma::ConnectionTester</name>
    <message>
        <source>The registry did not answer within %1 s.</source>
        <translation>The registry did not answer within %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Prometheus answers and scrapes %n target(s).</source>
        <translation>
            <numerusform>Connected: Prometheus answers and scrapes %n target.</numerusform>
            <numerusform>Connected: Prometheus answers and scrapes %n targets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the registry schema is version %1 and this console needs %2: run &quot;looma-ops migrate&quot;.</source>
        <translation>Connected, but the registry schema is version %1 and this console needs %2: run &quot;looma-ops migrate&quot;.</translation>
    </message>
    <message>
        <source>Connected: registry schema version %1.</source>
        <translation>Connected: registry schema version %1.</translation>
    </message>
    <message>
        <source>Name resolution failed (DNS)</source>
        <translation>Name resolution failed (DNS)</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that host and port</source>
        <translation>Connection refused: nothing listens at that host and port</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>Authentication refused</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS failed</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>The database does not exist</translation>
    </message>
    <message>
        <source>Schema version not supported</source>
        <translation>Schema version not supported</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Authentication refused (HTTP %1)</source>
        <translation>Authentication refused (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP error %1</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer</source>
        <translation>Not a Prometheus API answer</translation>
    </message>
</context>
<context>
    <name>looma::CrmPage</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Looma CRM health and its backends (PostgreSQL, Redis, Neo4j, Weaviate, Elasticsearch), with throughput and latency of talent management, relationship analysis, AI search and knowledge-graph Q&amp;A.</source>
        <translation>Looma CRM health and its backends (PostgreSQL, Redis, Neo4j, Weaviate, Elasticsearch), with throughput and latency of talent management, relationship analysis, AI search and knowledge-graph Q&amp;A.</translation>
    </message>
    <message>
        <source>Filter backends or features…</source>
        <translation>Filter backends or features…</translation>
    </message>
    <message>
        <source>Up in all %1 clusters</source>
        <translation>Up in all %1 clusters</translation>
    </message>
    <message>
        <source>Down in %1 of %2 clusters</source>
        <translation>Down in %1 of %2 clusters</translation>
    </message>
    <message>
        <source>worst cluster</source>
        <translation>worst cluster</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %</source>
        <translation>target ≤ 0.1 %</translation>
    </message>
    <message>
        <source>target ≤ 300 ms</source>
        <translation>target ≤ 300 ms</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 of %2 up</translation>
    </message>
    <message>
        <source>every backend in every cluster</source>
        <translation>every backend in every cluster</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>down: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>target ≤ 300 ms
slowest: %1</source>
        <translation>target ≤ 300 ms
slowest: %1</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %
worst: %1</source>
        <translation>target ≤ 0.1 %
worst: %1</translation>
    </message>
    <message>
        <source>CRM instances up / registered</source>
        <translation>CRM instances up / registered</translation>
    </message>
    <message>
        <source>Backend databases</source>
        <translation>Backend databases</translation>
    </message>
    <message>
        <source>Slowest feature p95</source>
        <translation>Slowest feature p95</translation>
    </message>
    <message>
        <source>Highest feature error ratio</source>
        <translation>Highest feature error ratio</translation>
    </message>
    <message>
        <source>CRM features</source>
        <translation>CRM features</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Queries</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replication lag</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation>Error ratio</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latency p95</translation>
    </message>
</context>
<context>
    <name>looma::CrossCloudPage</name>
    <message>
        <source>Cross-cloud</source>
        <translation>Cross-cloud</translation>
    </message>
    <message>
        <source>Health across Tencent Cloud and Alibaba Cloud by region and zone: nodes up, down or draining, instance health, the active side of each failover group, and how fresh each data source is.</source>
        <translation>Health across Tencent Cloud and Alibaba Cloud by region and zone: nodes up, down or draining, instance health, the active side of each failover group, and how fresh each data source is.</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Stale: %1 not answering; these are the last known figures.</source>
        <translation>Stale: %1 not answering; these are the last known figures.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Filter regions and zones…</source>
        <translation>Filter regions and zones…</translation>
    </message>
</context>
<context>
    <name>looma::DashboardPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No data source configured</source>
        <translation>No data source configured</translation>
    </message>
    <message>
        <source>This page needs: %1.
Enter the connection on the Settings page (Ctrl+8) and press Apply; the page fills in as soon as the first data arrives.</source>
        <translation>This page needs: %1.
Enter the connection on the Settings page (Ctrl+8) and press Apply; the page fills in as soon as the first data arrives.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Data source unreachable</source>
        <translation>Data source unreachable</translation>
    </message>
    <message>
        <source>No data could be loaded yet.
%1
Check the connection on the Settings page; the console keeps retrying.</source>
        <translation>No data could be loaded yet.
%1
Check the connection on the Settings page; the console keeps retrying.</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Waiting for data</translation>
    </message>
    <message>
        <source>The data sources are configured. The page fills in when the first data arrives; F5 asks for it now.</source>
        <translation>The data sources are configured. The page fills in when the first data arrives; F5 asks for it now.</translation>
    </message>
</context>
<context>
    <name>looma::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>instance #%1</source>
        <translation>instance #%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 failover by %2: %3 → %4, %5 (generation %6)</source>
        <translation>%1 failover by %2: %3 → %4, %5 (generation %6)</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (pending)</translation>
    </message>
</context>
<context>
    <name>looma::EventNotifier</name>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Snooze for 1 hour</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Show events</translation>
    </message>
    <message>
        <source>Looma Ops Console</source>
        <translation>Looma Ops Console</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Snooze 1 h</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more new critical event(s))</source>
        <translation>
            <numerusform>%1 (and %n more new critical event)</numerusform>
            <numerusform>%1 (and %n more new critical events)</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical event</source>
        <translation>Critical event</translation>
    </message>
    <message>
        <source>Critical event: %1</source>
        <translation>Critical event: %1</translation>
    </message>
</context>
<context>
    <name>looma::EventStateProxy</name>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
</context>
<context>
    <name>looma::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Prometheus alerts, health transitions, failover events and the audit log, newest first.</source>
        <translation>Prometheus alerts, health transitions, failover events and the audit log, newest first.</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Search events…</translation>
    </message>
    <message>
        <source>%1 of %2 events shown; %3 critical unacknowledged</source>
        <translation>%1 of %2 events shown; %3 critical unacknowledged</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Hide acknowledged</source>
        <translation>Hide acknowledged</translation>
    </message>
    <message>
        <source>&amp;Minimum severity:</source>
        <translation>&amp;Minimum severity:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info and worse</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>Warning and worse</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <source>&amp;Acknowledge selected</source>
        <translation>&amp;Acknowledge selected</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications 1 h</source>
        <translation>&amp;Snooze notifications 1 h</translation>
    </message>
    <message>
        <source>⚠ Prometheus did not answer the last alerts poll; the alerts shown are the last ones received.</source>
        <translation>⚠ Prometheus did not answer the last alerts poll; the alerts shown are the last ones received.</translation>
    </message>
</context>
<context>
    <name>looma::FailoverGroupModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Primary health</source>
        <translation>Primary health</translation>
    </message>
    <message>
        <source>Standbys</source>
        <translation>Standbys</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>unknown service #%1</source>
        <translation>unknown service #%1</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 of %2 instances</translation>
    </message>
</context>
<context>
    <name>looma::FailoverPage</name>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Each failover group with its primary and standbys, and manual switchover with candidate, reason and confirmation.</source>
        <translation>Each failover group with its primary and standbys, and manual switchover with candidate, reason and confirmation.</translation>
    </message>
    <message>
        <source>Filter failover groups…</source>
        <translation>Filter failover groups…</translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation>Switch over…</translation>
    </message>
    <message>
        <source>Acknowledge cooldown…</source>
        <translation>Acknowledge cooldown…</translation>
    </message>
    <message>
        <source>Set maintenance…</source>
        <translation>Set maintenance…</translation>
    </message>
    <message>
        <source>Clear maintenance…</source>
        <translation>Clear maintenance…</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unknown (%1)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <source>unknown (no registry connection)</source>
        <translation>unknown (no registry connection)</translation>
    </message>
    <message>
        <source>none: the group never failed over</source>
        <translation>none: the group never failed over</translation>
    </message>
    <message>
        <source>until %1 (last failover %2)</source>
        <translation>until %1 (last failover %2)</translation>
    </message>
    <message>
        <source>acknowledged (last failover %1)</source>
        <translation>acknowledged (last failover %1)</translation>
    </message>
    <message>
        <source>over (last failover %1)</source>
        <translation>over (last failover %1)</translation>
    </message>
    <message>
        <source>Ready: the switchover asks for a candidate, a reason and a confirmation.</source>
        <translation>Ready: the switchover asks for a candidate, a reason and a confirmation.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>looma::FailoverPolicy</name>
    <message>
        <source>Primary #%1 of group %2 failed %3 consecutive checks (fall %4); promoting standby #%5.</source>
        <translation>Primary #%1 of group %2 failed %3 consecutive checks (fall %4); promoting standby #%5.</translation>
    </message>
    <message>
        <source>Group %1 has no instances.</source>
        <translation>Group %1 has no instances.</translation>
    </message>
    <message>
        <source>Instances of group %1 disagree on the generation; fix the registry first.</source>
        <translation>Instances of group %1 disagree on the generation; fix the registry first.</translation>
    </message>
    <message>
        <source>Group %1 has no primary; an operator must choose one.</source>
        <translation>Group %1 has no primary; an operator must choose one.</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2 is not critical.</source>
        <translation>Primary #%1 of group %2 is not critical.</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2 failed %3 of the %4 consecutive checks needed.</source>
        <translation>Primary #%1 of group %2 failed %3 of the %4 consecutive checks needed.</translation>
    </message>
    <message>
        <source>The console is read-only; automatic failover is off.</source>
        <translation>The console is read-only; automatic failover is off.</translation>
    </message>
    <message>
        <source>Another console holds the leadership; only the leader fails over.</source>
        <translation>Another console holds the leadership; only the leader fails over.</translation>
    </message>
    <message>
        <source>%1 % of all checks fail at once (threshold %2 %): this console&apos;s own network is suspect, so nothing fails over.</source>
        <translation>%1 % of all checks fail at once (threshold %2 %): this console&apos;s own network is suspect, so nothing fails over.</translation>
    </message>
    <message>
        <source>Prometheus still sees primary #%1 up; the two observers disagree.</source>
        <translation>Prometheus still sees primary #%1 up; the two observers disagree.</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2, its node or its region is under maintenance.</source>
        <translation>Primary #%1 of group %2, its node or its region is under maintenance.</translation>
    </message>
    <message>
        <source>Group %1 failed over at %2; cooldown until %3 unless an operator acknowledges it.</source>
        <translation>Group %1 failed over at %2; cooldown until %3 unless an operator acknowledges it.</translation>
    </message>
    <message>
        <source>Group %1 has no passing standby outside maintenance to promote.</source>
        <translation>Group %1 has no passing standby outside maintenance to promote.</translation>
    </message>
</context>
<context>
    <name>looma::FailoverService</name>
    <message>
        <source>The webhook was removed while the promotion ran; nobody was told.</source>
        <translation>The webhook was removed while the promotion ran; nobody was told.</translation>
    </message>
</context>
<context>
    <name>looma::FailoverSidesPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Failover groups: which cloud holds the primary</source>
        <translation>Failover groups: which cloud holds the primary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Cloud · zone</source>
        <translation>Cloud · zone</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Why listed</translation>
    </message>
    <message>
        <source>%1: %2 primaries · %3: %4 primaries · without primary: %5 · groups: %6</source>
        <translation>%1: %2 primaries · %3: %4 primaries · without primary: %5 · groups: %6</translation>
    </message>
    <message>
        <source>No group has its primary in a zone with problems.</source>
        <translation>No group has its primary in a zone with problems.</translation>
    </message>
    <message>
        <source>%1 groups have their primary where something is wrong; the worst %2 are listed.</source>
        <translation>%1 groups have their primary where something is wrong; the worst %2 are listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) have their primary where something is wrong:</source>
        <translation>
            <numerusform>%n group have their primary where something is wrong:</numerusform>
            <numerusform>%n groups have their primary where something is wrong:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>looma::FailoverWorker</name>
    <message>
        <source>Cannot connect to the registry: %1</source>
        <translation>Cannot connect to the registry: %1</translation>
    </message>
</context>
<context>
    <name>looma::FieldChecks</name>
    <message>
        <source>host name must have 1 to 253 characters</source>
        <translation>host name must have 1 to 253 characters</translation>
    </message>
    <message>
        <source>host name contains &apos;%1&apos;</source>
        <translation>host name contains &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host name label longer than 63 characters</source>
        <translation>host name label longer than 63 characters</translation>
    </message>
    <message>
        <source>host name is malformed</source>
        <translation>host name is malformed</translation>
    </message>
    <message>
        <source>IP address must have 1 to 45 characters</source>
        <translation>IP address must have 1 to 45 characters</translation>
    </message>
    <message>
        <source>IP address contains &apos;%1&apos;</source>
        <translation>IP address contains &apos;%1&apos;</translation>
    </message>
    <message>
        <source>IPv4 address needs four parts</source>
        <translation>IPv4 address needs four parts</translation>
    </message>
    <message>
        <source>endpoint is empty</source>
        <translation>endpoint is empty</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; has no port</source>
        <translation>endpoint &quot;%1&quot; has no port</translation>
    </message>
    <message>
        <source>IPv6 endpoint must be written [address]:port</source>
        <translation>IPv6 endpoint must be written [address]:port</translation>
    </message>
    <message>
        <source>endpoint port &quot;%1&quot; is not 1..65535</source>
        <translation>endpoint port &quot;%1&quot; is not 1..65535</translation>
    </message>
    <message>
        <source>URL longer than 2048 characters</source>
        <translation>URL longer than 2048 characters</translation>
    </message>
    <message>
        <source>malformed URL: %1</source>
        <translation>malformed URL: %1</translation>
    </message>
    <message>
        <source>URL scheme must be http or https</source>
        <translation>URL scheme must be http or https</translation>
    </message>
    <message>
        <source>URL has no host</source>
        <translation>URL has no host</translation>
    </message>
    <message>
        <source>check path must start with &apos;/&apos;</source>
        <translation>check path must start with &apos;/&apos;</translation>
    </message>
    <message>
        <source>check path contains a space or control character</source>
        <translation>check path contains a space or control character</translation>
    </message>
    <message>
        <source>timeout must be shorter than the interval</source>
        <translation>timeout must be shorter than the interval</translation>
    </message>
</context>
<context>
    <name>looma::FieldReader</name>
    <message>
        <source>missing column</source>
        <translation>missing column</translation>
    </message>
    <message>
        <source>NULL where a value is required</source>
        <translation>NULL where a value is required</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>not an integer</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 is outside %2..%3</translation>
    </message>
    <message>
        <source>NULL where text is required</source>
        <translation>NULL where text is required</translation>
    </message>
    <message>
        <source>%1 bytes, longer than the %2 characters allowed</source>
        <translation>%1 bytes, longer than the %2 characters allowed</translation>
    </message>
    <message>
        <source>length %1 is outside %2..%3</source>
        <translation>length %1 is outside %2..%3</translation>
    </message>
    <message>
        <source>NULL where a time is required</source>
        <translation>NULL where a time is required</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>not a time</translation>
    </message>
    <message>
        <source>unknown word (too long)</source>
        <translation>unknown word (too long)</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot;</source>
        <translation>unknown word &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>looma::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Path to a file</source>
        <translation>Path to a file</translation>
    </message>
</context>
<context>
    <name>looma::FleetChartsPanel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Nodes by status per region</source>
        <translation>Nodes by status per region</translation>
    </message>
    <message>
        <source>Nodes by CPU utilisation (% up to)</source>
        <translation>Nodes by CPU utilisation (% up to)</translation>
    </message>
</context>
<context>
    <name>looma::GroupDetailsPane</name>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>Primary:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Maintenance:</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Cooldown:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Scheduler:</translation>
    </message>
    <message>
        <source>Blocked by:</source>
        <translation>Blocked by:</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>No group selected</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none: an operator must choose one</source>
        <translation>none: an operator must choose one</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>until %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no scheduler runs in this console</source>
        <translation>no scheduler runs in this console</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>not evaluated yet</translation>
    </message>
    <message>
        <source>failed over automatically at %1</source>
        <translation>failed over automatically at %1</translation>
    </message>
    <message>
        <source>would fail over (%1)</source>
        <translation>would fail over (%1)</translation>
    </message>
    <message>
        <source>holds (%1)</source>
        <translation>holds (%1)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1; failed over automatically at %2</source>
        <translation>%1; failed over automatically at %2</translation>
    </message>
</context>
<context>
    <name>looma::GroupMembers</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>health is %1</source>
        <translation>health is %1</translation>
    </message>
    <message>
        <source>its node is not in the registry</source>
        <translation>its node is not in the registry</translation>
    </message>
    <message>
        <source>node %1 is %2</source>
        <translation>node %1 is %2</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in maintenance</translation>
    </message>
    <message>
        <source>weight 0 (never routed to)</source>
        <translation>weight 0 (never routed to)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>looma::InstanceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Failover group</source>
        <translation>Failover group</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>unknown service #%1</source>
        <translation>unknown service #%1</translation>
    </message>
    <message>
        <source>unknown node #%1</source>
        <translation>unknown node #%1</translation>
    </message>
</context>
<context>
    <name>looma::LeaderElectionWorker</name>
    <message>
        <source>Leadership connection failed: %1</source>
        <translation>Leadership connection failed: %1</translation>
    </message>
    <message>
        <source>The leadership lock is no longer held by this session.</source>
        <translation>The leadership lock is no longer held by this session.</translation>
    </message>
    <message>
        <source>Leadership connection lost: %1</source>
        <translation>Leadership connection lost: %1</translation>
    </message>
</context>
<context>
    <name>looma::MainWindow</name>
    <message>
        <source>Problems with the settings file:</source>
        <translation>Problems with the settings file:</translation>
    </message>
    <message>
        <source>About Looma Ops Console</source>
        <translation>About Looma Ops Console</translation>
    </message>
    <message>
        <source>Looma Ops Console %1

Cross-cloud status, AI services, CRM dashboards and failover for Looma CRM on Tencent Cloud and Alibaba Cloud.</source>
        <translation>Looma Ops Console %1

Cross-cloud status, AI services, CRM dashboards and failover for Looma CRM on Tencent Cloud and Alibaba Cloud.</translation>
    </message>
    <message>
        <source>Looma Ops Console</source>
        <translation>Looma Ops Console</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Find on this page</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Looma Ops Console</source>
        <translation>&amp;About Looma Ops Console</translation>
    </message>
</context>
<context>
    <name>looma::Migrator</name>
    <message>
        <source>Lost the connection to the registry while %1: %2</source>
        <translation>Lost the connection to the registry while %1: %2</translation>
    </message>
    <message>
        <source>Registry error while %1: %2</source>
        <translation>Registry error while %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>The registry schema is at version %1, newer than version %2, the newest this console knows. Upgrade the console; it will not touch a newer schema.</source>
        <translation>The registry schema is at version %1, newer than version %2, the newest this console knows. Upgrade the console; it will not touch a newer schema.</translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation>migrating the schema</translation>
    </message>
    <message>
        <source>Migration %1_%2 changed since it was applied (checksum differs); it is not re-run.</source>
        <translation>Migration %1_%2 changed since it was applied (checksum differs); it is not re-run.</translation>
    </message>
    <message>
        <source>applying %1</source>
        <translation>applying %1</translation>
    </message>
</context>
<context>
    <name>looma::NodeDetailPanel</name>
    <message>
        <source>No node selected</source>
        <translation>No node selected</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 · %5 · %6 cores · %7 MB</source>
        <translation>%1 · %2 · %3
%4 · %5 · %6 cores · %7 MB</translation>
    </message>
    <message>
        <source>unknown cluster</source>
        <translation>unknown cluster</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>unknown zone</translation>
    </message>
    <message>
        <source>Service instances on this node:</source>
        <translation>Service instances on this node:</translation>
    </message>
    <message>
        <source>CPU utilisation, last hour</source>
        <translation>CPU utilisation, last hour</translation>
    </message>
    <message>
        <source>Memory utilisation, last hour</source>
        <translation>Memory utilisation, last hour</translation>
    </message>
</context>
<context>
    <name>looma::NodeFilterBar</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 of %2 nodes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>All clouds</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
</context>
<context>
    <name>looma::NodeSeriesChart</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (stale)</translation>
    </message>
</context>
<context>
    <name>looma::NodeTableModel</name>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>unknown cluster #%1</source>
        <translation>unknown cluster #%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (until %2)</translation>
    </message>
</context>
<context>
    <name>looma::OperatorActions</name>
    <message>
        <source>Maintenance needs a reason.</source>
        <translation>Maintenance needs a reason.</translation>
    </message>
    <message>
        <source>No %1 matches %2; nothing changed.</source>
        <translation>No %1 matches %2; nothing changed.</translation>
    </message>
    <message>
        <source>Maintenance set on %1 until %2.</source>
        <translation>Maintenance set on %1 until %2.</translation>
    </message>
    <message>
        <source>Maintenance cleared on %1.</source>
        <translation>Maintenance cleared on %1.</translation>
    </message>
    <message>
        <source>Maintenance on %1 failed; nothing changed (%2).</source>
        <translation>Maintenance on %1 failed; nothing changed (%2).</translation>
    </message>
    <message>
        <source>Acknowledging a cooldown needs a reason.</source>
        <translation>Acknowledging a cooldown needs a reason.</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>Group %1 does not exist.</translation>
    </message>
    <message>
        <source>Cooldown of group %1 acknowledged: automatic failover may act again.</source>
        <translation>Cooldown of group %1 acknowledged: automatic failover may act again.</translation>
    </message>
    <message>
        <source>Acknowledging the cooldown of group %1 failed (%2).</source>
        <translation>Acknowledging the cooldown of group %1 failed (%2).</translation>
    </message>
    <message>
        <source>Database role %1 may not fail over: it lacks %2.</source>
        <translation>Database role %1 may not fail over: it lacks %2.</translation>
    </message>
    <message>
        <source>The permission check failed (%1).</source>
        <translation>The permission check failed (%1).</translation>
    </message>
</context>
<context>
    <name>looma::OperatorReasonDialog</name>
    <message>
        <source>Recorded in the audit log.</source>
        <translation>Recorded in the audit log.</translation>
    </message>
    <message>
        <source>Acknowledge cooldown of %1</source>
        <translation>Acknowledge cooldown of %1</translation>
    </message>
    <message>
        <source>The group failed over recently. Acknowledging the cooldown lets a manual or automatic failover act again before it ends. The acknowledgement is audited.</source>
        <translation>The group failed over recently. Acknowledging the cooldown lets a manual or automatic failover act again before it ends. The acknowledgement is audited.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Set maintenance on %1</source>
        <translation>Set maintenance on %1</translation>
    </message>
    <message>
        <source>Every instance of the group goes into maintenance: automatic failover leaves the group alone until the time ends or maintenance is cleared.</source>
        <translation>Every instance of the group goes into maintenance: automatic failover leaves the group alone until the time ends or maintenance is cleared.</translation>
    </message>
    <message>
        <source>Set maintenance</source>
        <translation>Set maintenance</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Clear maintenance on %1</source>
        <translation>Clear maintenance on %1</translation>
    </message>
    <message>
        <source>Every instance of the group leaves maintenance now: automatic failover may act on it again.</source>
        <translation>Every instance of the group leaves maintenance now: automatic failover may act on it again.</translation>
    </message>
    <message>
        <source>Clear maintenance</source>
        <translation>Clear maintenance</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>looma::PollingSettingsGroup</name>
    <message>
        <source>Refresh and labels</source>
        <translation>Refresh and labels</translation>
    </message>
    <message>
        <source>&amp;Registry poll every:</source>
        <translation>&amp;Registry poll every:</translation>
    </message>
    <message>
        <source>Prometheus re&amp;fresh every:</source>
        <translation>Prometheus re&amp;fresh every:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Node label:</source>
        <translation>&amp;Node label:</translation>
    </message>
    <message>
        <source>&amp;Service label:</source>
        <translation>&amp;Service label:</translation>
    </message>
    <message>
        <source>&amp;Cluster label:</source>
        <translation>&amp;Cluster label:</translation>
    </message>
    <message>
        <source>The Prometheus label that names the node, e.g. node or instance.</source>
        <translation>The Prometheus label that names the node, e.g. node or instance.</translation>
    </message>
    <message>
        <source>The Prometheus label that names the service, e.g. service or job.</source>
        <translation>The Prometheus label that names the service, e.g. service or job.</translation>
    </message>
    <message>
        <source>The Prometheus label that names the cluster.</source>
        <translation>The Prometheus label that names the cluster.</translation>
    </message>
</context>
<context>
    <name>looma::ProbeClient</name>
    <message>
        <source>malformed HTTP response</source>
        <translation>malformed HTTP response</translation>
    </message>
    <message>
        <source>response too large (over %1 bytes)</source>
        <translation>response too large (over %1 bytes)</translation>
    </message>
    <message>
        <source>connection closed before a complete response</source>
        <translation>connection closed before a complete response</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>HTTP 429: the target is shedding load</source>
        <translation>HTTP 429: the target is shedding load</translation>
    </message>
    <message>
        <source>HTTP %1, expected %2</source>
        <translation>HTTP %1, expected %2</translation>
    </message>
    <message>
        <source>the response body does not contain the expected text</source>
        <translation>the response body does not contain the expected text</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>timed out after %1 ms</translation>
    </message>
</context>
<context>
    <name>looma::ProbeRequestFactory</name>
    <message>
        <source>health-check URL is not a valid http:// URL: %1</source>
        <translation>health-check URL is not a valid http:// URL: %1</translation>
    </message>
    <message>
        <source>endpoint is not host:port: %1</source>
        <translation>endpoint is not host:port: %1</translation>
    </message>
    <message>
        <source>health-check host is not an IP address: %1</source>
        <translation>health-check host is not an IP address: %1</translation>
    </message>
    <message>
        <source>health-check port out of range: %1</source>
        <translation>health-check port out of range: %1</translation>
    </message>
</context>
<context>
    <name>looma::PromClient</name>
    <message>
        <source>No PEM certificate could be read from the CA file %1.</source>
        <translation>No PEM certificate could be read from the CA file %1.</translation>
    </message>
    <message>
        <source>Prometheus did not answer within %1 s.</source>
        <translation>Prometheus did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The TLS connection to Prometheus failed: %1</source>
        <translation>The TLS connection to Prometheus failed: %1</translation>
    </message>
    <message>
        <source>Prometheus redirected to %1; redirects to another host are refused.</source>
        <translation>Prometheus redirected to %1; redirects to another host are refused.</translation>
    </message>
    <message>
        <source>Cannot reach Prometheus at %1: %2</source>
        <translation>Cannot reach Prometheus at %1: %2</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer is larger than the limit of %1 MB; narrow the query (aggregate with by (...)) or raise the limit.</source>
        <translation>Prometheus&apos;s answer is larger than the limit of %1 MB; narrow the query (aggregate with by (...)) or raise the limit.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>looma::PrometheusHealthSource</name>
    <message>
        <source>Prometheus: %1 = %2</source>
        <translation>Prometheus: %1 = %2</translation>
    </message>
</context>
<context>
    <name>looma::PrometheusSettingsGroup</name>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>http://prometheus.example:9090</source>
        <translation>http://prometheus.example:9090</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentication:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bearer token (from a file)</source>
        <translation>Bearer token (from a file)</translation>
    </message>
    <message>
        <source>Basic (user + password file)</source>
        <translation>Basic (user + password file)</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token file:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>&amp;Password file:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Tokens and passwords stay in their files; only the paths are saved. Leave the CA file empty to use the system&apos;s certificates.</source>
        <translation>Tokens and passwords stay in their files; only the paths are saved. Leave the CA file empty to use the system&apos;s certificates.</translation>
    </message>
    <message>
        <source>Choose the bearer token file</source>
        <translation>Choose the bearer token file</translation>
    </message>
    <message>
        <source>Choose the password file</source>
        <translation>Choose the password file</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>Choose a CA certificate file (PEM)</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>System certificates</translation>
    </message>
</context>
<context>
    <name>looma::PromotionTransaction</name>
    <message>
        <source>A failover needs a reason.</source>
        <translation>A failover needs a reason.</translation>
    </message>
    <message>
        <source>The connection broke during COMMIT; whether group %1 failed over is unknown. Check the registry before acting again (%2).</source>
        <translation>The connection broke during COMMIT; whether group %1 failed over is unknown. Check the registry before acting again (%2).</translation>
    </message>
    <message>
        <source>The connection to the registry broke; the transaction rolled back and nothing changed (%1).</source>
        <translation>The connection to the registry broke; the transaction rolled back and nothing changed (%1).</translation>
    </message>
    <message>
        <source>The failover of group %1 failed and rolled back; nothing changed (%2).</source>
        <translation>The failover of group %1 failed and rolled back; nothing changed (%2).</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>Group %1 does not exist.</translation>
    </message>
    <message>
        <source>Instances of group %1 disagree on the generation; nothing changed.</source>
        <translation>Instances of group %1 disagree on the generation; nothing changed.</translation>
    </message>
    <message>
        <source>This console no longer holds the leadership; nothing changed.</source>
        <translation>This console no longer holds the leadership; nothing changed.</translation>
    </message>
    <message>
        <source>The group changed since the decision (generation %1, now %2); nothing changed.</source>
        <translation>The group changed since the decision (generation %1, now %2); nothing changed.</translation>
    </message>
    <message>
        <source>The primary of group %1 changed since the decision (#%2, now #%3); nothing changed.</source>
        <translation>The primary of group %1 changed since the decision (#%2, now #%3); nothing changed.</translation>
    </message>
    <message>
        <source>Instance #%1 is not in group %2; nothing changed.</source>
        <translation>Instance #%1 is not in group %2; nothing changed.</translation>
    </message>
    <message>
        <source>Instance #%1 is already the primary; nothing changed.</source>
        <translation>Instance #%1 is already the primary; nothing changed.</translation>
    </message>
    <message>
        <source>Instance #%1 is not a standby (role %2); nothing changed.</source>
        <translation>Instance #%1 is not a standby (role %2); nothing changed.</translation>
    </message>
    <message>
        <source>Group %1: instance #%2 is the primary now (generation %3).</source>
        <translation>Group %1: instance #%2 is the primary now (generation %3).</translation>
    </message>
    <message>
        <source>(The attempt could not be recorded: %1)</source>
        <translation>(The attempt could not be recorded: %1)</translation>
    </message>
    <message>
        <source>Failover event %1 is not a committed event.</source>
        <translation>Failover event %1 is not a committed event.</translation>
    </message>
</context>
<context>
    <name>looma::ReadOnlyIndicator</name>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Read-only mode: failover and every other change to the fleet are disabled.</source>
        <translation>Read-only mode: failover and every other change to the fleet are disabled.</translation>
    </message>
</context>
<context>
    <name>looma::RegionSummaryModel</name>
    <message>
        <source>(unknown location)</source>
        <translation>(unknown location)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nodes up</translation>
    </message>
    <message>
        <source>Nodes down</source>
        <translation>Nodes down</translation>
    </message>
    <message>
        <source>Nodes draining</source>
        <translation>Nodes draining</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Passing</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>looma::RegistryClient</name>
    <message>
        <source>The registry client is not running</source>
        <translation>The registry client is not running</translation>
    </message>
</context>
<context>
    <name>looma::RegistryConnection</name>
    <message>
        <source>libpq defaults (PG* environment, service file)</source>
        <translation>libpq defaults (PG* environment, service file)</translation>
    </message>
    <message>
        <source>Cannot connect to the registry (%1): %2</source>
        <translation>Cannot connect to the registry (%1): %2</translation>
    </message>
</context>
<context>
    <name>looma::RegistrySettingsGroup</name>
    <message>
        <source>Service registry (PostgreSQL)</source>
        <translation>Service registry (PostgreSQL)</translation>
    </message>
    <message>
        <source>Connection &amp;DSN:</source>
        <translation>Connection &amp;DSN:</translation>
    </message>
    <message>
        <source>host=db.example port=5432 dbname=looma_registry user=looma_ops</source>
        <translation>host=db.example port=5432 dbname=looma_registry user=looma_ops</translation>
    </message>
    <message>
        <source>or libpq ser&amp;vice:</source>
        <translation>or libpq ser&amp;vice:</translation>
    </message>
    <message>
        <source>a [name] from pg_service.conf</source>
        <translation>a [name] from pg_service.conf</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL &amp;mode:</translation>
    </message>
    <message>
        <source>No password here: libpq reads it from PGPASSFILE (~/.pgpass) or the service file, so this settings file holds no secret.</source>
        <translation>No password here: libpq reads it from PGPASSFILE (~/.pgpass) or the service file, so this settings file holds no secret.</translation>
    </message>
</context>
<context>
    <name>looma::RegistryWorker</name>
    <message>
        <source>Showing the cached registry snapshot from %1 while connecting</source>
        <translation>Showing the cached registry snapshot from %1 while connecting</translation>
    </message>
    <message>
        <source>The registry database has no Looma schema; run &quot;looma-ops migrate&quot; first</source>
        <translation>The registry database has no Looma schema; run &quot;looma-ops migrate&quot; first</translation>
    </message>
    <message>
        <source>Registry error while connecting: %1</source>
        <translation>Registry error while connecting: %1</translation>
    </message>
    <message>
        <source>Registry query failed: %1</source>
        <translation>Registry query failed: %1</translation>
    </message>
    <message>
        <source>Lost the registry connection: %1</source>
        <translation>Lost the registry connection: %1</translation>
    </message>
    <message>
        <source>The registry is not connected</source>
        <translation>The registry is not connected</translation>
    </message>
</context>
<context>
    <name>looma::RejectedRowsBanner</name>
    <message numerus="yes">
        <source>The registry holds %n row(s) the console cannot read; they are left out:</source>
        <translation>
            <numerusform>The registry holds %n row the console cannot read; they are left out:</numerusform>
            <numerusform>The registry holds %n rows the console cannot read; they are left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log).</source>
        <translation>
            <numerusform>… and %n more (see the log).</numerusform>
            <numerusform>… and %n more (see the log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>looma::ReportCollector</name>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>The registry is not configured.</source>
        <translation>The registry is not configured.</translation>
    </message>
    <message>
        <source>Registry skipped</source>
        <translation>Registry skipped</translation>
    </message>
    <message>
        <source>Registry failed</source>
        <translation>Registry failed</translation>
    </message>
    <message>
        <source>Registry read</source>
        <translation>Registry read</translation>
    </message>
    <message>
        <source>Prometheus is not configured.</source>
        <translation>Prometheus is not configured.</translation>
    </message>
    <message>
        <source>Prometheus query failed</source>
        <translation>Prometheus query failed</translation>
    </message>
    <message>
        <source>Prometheus answered (%1)</source>
        <translation>Prometheus answered (%1)</translation>
    </message>
    <message>
        <source>Data collected</source>
        <translation>Data collected</translation>
    </message>
</context>
<context>
    <name>looma::ReportJob</name>
    <message>
        <source>Report written</source>
        <translation>Report written</translation>
    </message>
    <message>
        <source>No output path was given.</source>
        <translation>No output path was given.</translation>
    </message>
    <message>
        <source>Rendering the report</source>
        <translation>Rendering the report</translation>
    </message>
</context>
<context>
    <name>looma::ReportPresets</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
</context>
<context>
    <name>looma::ReportRequest</name>
    <message>
        <source>The start of the range is missing or not a valid ISO 8601 time.</source>
        <translation>The start of the range is missing or not a valid ISO 8601 time.</translation>
    </message>
    <message>
        <source>The end of the range is missing or not a valid ISO 8601 time.</source>
        <translation>The end of the range is missing or not a valid ISO 8601 time.</translation>
    </message>
    <message>
        <source>The range must start before it ends (from %1, to %2).</source>
        <translation>The range must start before it ends (from %1, to %2).</translation>
    </message>
    <message>
        <source>The range is %1 days long; a report covers at most %2 days.</source>
        <translation>The range is %1 days long; a report covers at most %2 days.</translation>
    </message>
    <message>
        <source>The range ends in the future (%1); it may end at most %2 minutes after now (%3).</source>
        <translation>The range ends in the future (%1); it may end at most %2 minutes after now (%3).</translation>
    </message>
    <message>
        <source>Unknown report language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>Unknown report language &quot;%1&quot;; use zh_CN or en.</translation>
    </message>
    <message>
        <source>The scope names no cloud or service.</source>
        <translation>The scope names no cloud or service.</translation>
    </message>
</context>
<context>
    <name>looma::ReportText</name>
    <message>
        <source>AI request rate</source>
        <translation>AI request rate</translation>
    </message>
    <message>
        <source>AI error rate</source>
        <translation>AI error rate</translation>
    </message>
    <message>
        <source>AI p95 latency</source>
        <translation>AI p95 latency</translation>
    </message>
    <message>
        <source>CPU utilisation by cloud</source>
        <translation>CPU utilisation by cloud</translation>
    </message>
    <message>
        <source>SLA and incident report</source>
        <translation>SLA and incident report</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>Data gaps</source>
        <translation>Data gaps</translation>
    </message>
    <message>
        <source>None: every source answered.</source>
        <translation>None: every source answered.</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>SLA summary</source>
        <translation>SLA summary</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 latency</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>Error budget used</source>
        <translation>Error budget used</translation>
    </message>
    <message>
        <source>Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3.</source>
        <translation>Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents in this range.</source>
        <translation>No incidents in this range.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nodes up</translation>
    </message>
    <message>
        <source>Nodes down</source>
        <translation>Nodes down</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Draining</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Node counts are the registry&apos;s at generation time; utilisation is the mean over the range.</source>
        <translation>Node counts are the registry&apos;s at generation time; utilisation is the mean over the range.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>No data for this chart.</source>
        <translation>No data for this chart.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>Looma CRM</source>
        <translation>Looma CRM</translation>
    </message>
    <message>
        <source>SLA summary (service rows)</source>
        <translation>SLA summary (service rows)</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>fleet</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>Availability is the share of requests that did not fail (5xx for AI services, status &quot;error&quot; for the CRM); p95 comes from Prometheus&apos;s histogram_quantile over the whole range.</source>
        <translation>Availability is the share of requests that did not fail (5xx for AI services, status &quot;error&quot; for the CRM); p95 comes from Prometheus&apos;s histogram_quantile over the whole range.</translation>
    </message>
</context>
<context>
    <name>looma::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Daily and weekly SLA reports and incident reports, exported as PDF, HTML or CSV.</source>
        <translation>Daily and weekly SLA reports and incident reports, exported as PDF, HTML or CSV.</translation>
    </message>
    <message>
        <source>Filter reports…</source>
        <translation>Filter reports…</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>Whole fleet</translation>
    </message>
    <message>
        <source>One cloud</source>
        <translation>One cloud</translation>
    </message>
    <message>
        <source>One service</source>
        <translation>One service</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Output:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reports written in this session (double-click to open):</source>
        <translation>Reports written in this session (double-click to open):</translation>
    </message>
    <message>
        <source>File (PDF, HTML) or folder (CSV)</source>
        <translation>File (PDF, HTML) or folder (CSV)</translation>
    </message>
    <message>
        <source>Looma CRM (crm)</source>
        <translation>Looma CRM (crm)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Choose where to write the report.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>Cancelled; no report was written.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>the registry (%1)</source>
        <translation>the registry (%1)</translation>
    </message>
    <message>
        <source>Prometheus (%1)</source>
        <translation>Prometheus (%1)</translation>
    </message>
    <message>
        <source>Could not reach %1; the report states the gaps. First error: %2</source>
        <translation>Could not reach %1; the report states the gaps. First error: %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 to %2, %3</translation>
    </message>
</context>
<context>
    <name>looma::SchedulerService</name>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Writing health events failed: %1</source>
        <translation>Writing health events failed: %1</translation>
    </message>
    <message>
        <source>Leadership: %1</source>
        <translation>Leadership: %1</translation>
    </message>
    <message>
        <source>The Prometheus health source needs a Prometheus URL.</source>
        <translation>The Prometheus health source needs a Prometheus URL.</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registry: %1</translation>
    </message>
    <message>
        <source>Reading the groups&apos; last failovers failed (retrying): %1</source>
        <translation>Reading the groups&apos; last failovers failed (retrying): %1</translation>
    </message>
    <message>
        <source>The second observer did not answer: %1</source>
        <translation>The second observer did not answer: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checks (%3 %) failed in one sweep (threshold %4 %): this console&apos;s own network is suspect; automatic failover is held until it clears.</source>
        <translation>%1 of %2 checks (%3 %) failed in one sweep (threshold %4 %): this console&apos;s own network is suspect; automatic failover is held until it clears.</translation>
    </message>
    <message>
        <source>Recording the partition alert failed: %1</source>
        <translation>Recording the partition alert failed: %1</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
</context>
<context>
    <name>looma::SchedulerSettingsGroup</name>
    <message>
        <source>Automatic failover</source>
        <translation>Automatic failover</translation>
    </message>
    <message>
        <source>C&amp;ooldown per group:</source>
        <translation>C&amp;ooldown per group:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Partition &amp;guard at:</source>
        <translation>Partition &amp;guard at:</translation>
    </message>
    <message>
        <source> % of checks failing</source>
        <translation> % of checks failing</translation>
    </message>
    <message>
        <source>After a failover a group is not failed over again within the cooldown. When this share of all checks fails at once, the console suspects its own network and raises an alert instead of failing anything over.</source>
        <translation>After a failover a group is not failed over again within the cooldown. When this share of all checks fails at once, the console suspects its own network and raises an alert instead of failing anything over.</translation>
    </message>
</context>
<context>
    <name>looma::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Not applied. Please correct:</source>
        <translation>Not applied. Please correct:</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Settings applied and saved.</source>
        <translation>Settings applied and saved.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>looma::SnapshotCache</name>
    <message>
        <source>Cannot write the snapshot cache %1: %2</source>
        <translation>Cannot write the snapshot cache %1: %2</translation>
    </message>
    <message>
        <source>No snapshot cache at %1</source>
        <translation>No snapshot cache at %1</translation>
    </message>
    <message>
        <source>The snapshot cache %1 has an unknown format; ignored</source>
        <translation>The snapshot cache %1 has an unknown format; ignored</translation>
    </message>
    <message>
        <source>The snapshot cache %1 is damaged; ignored</source>
        <translation>The snapshot cache %1 is damaged; ignored</translation>
    </message>
</context>
<context>
    <name>looma::SourceStatusWidget</name>
    <message>
        <source>Last data: %1</source>
        <translation>Last data: %1</translation>
    </message>
    <message>
        <source>No data received yet.</source>
        <translation>No data received yet.</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1: not configured</translation>
    </message>
    <message>
        <source>%1 is not configured. Enter it on the Settings page.</source>
        <translation>%1 is not configured. Enter it on the Settings page.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: connecting…</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: live</translation>
    </message>
    <message>
        <source>%1: live · %2</source>
        <translation>%1: live · %2</translation>
    </message>
    <message>
        <source>%1: stale · no data yet</source>
        <translation>%1: stale · no data yet</translation>
    </message>
    <message>
        <source>%1: stale · %2</source>
        <translation>%1: stale · %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>looma::StatTile</name>
    <message>
        <source>⚠ Stale: showing the last known value</source>
        <translation>⚠ Stale: showing the last known value</translation>
    </message>
</context>
<context>
    <name>looma::SwitchoverDialog</name>
    <message>
        <source>Switch over %1</source>
        <translation>Switch over %1</translation>
    </message>
    <message>
        <source>Switch over</source>
        <translation>Switch over</translation>
    </message>
    <message>
        <source>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. Current primary: %4 (%5).</source>
        <translation>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. Current primary: %4 (%5).</translation>
    </message>
    <message>
        <source>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. The group has no primary.</source>
        <translation>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. The group has no primary.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Promote an unhealthy candidate anyway (I have checked it myself)</source>
        <translation>Promote an unhealthy candidate anyway (I have checked it myself)</translation>
    </message>
    <message>
        <source>Why this switchover? Recorded in the failover event and the audit log.</source>
        <translation>Why this switchover? Recorded in the failover event and the audit log.</translation>
    </message>
    <message>
        <source>Type the service name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type the service name &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>Recorded as %1, database role %2.</source>
        <translation>Recorded as %1, database role %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Promote which standby?</source>
        <translation>Promote which standby?</translation>
    </message>
    <message>
        <source>No connection for operator actions.</source>
        <translation>No connection for operator actions.</translation>
    </message>
    <message>
        <source>The group has no standby to promote.</source>
        <translation>The group has no standby to promote.</translation>
    </message>
    <message>
        <source>Choose the standby to promote.</source>
        <translation>Choose the standby to promote.</translation>
    </message>
    <message>
        <source>This candidate is unhealthy: tick the override box to promote it anyway.</source>
        <translation>This candidate is unhealthy: tick the override box to promote it anyway.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>The reason is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Type the service name to confirm.</source>
        <translation>Type the service name to confirm.</translation>
    </message>
    <message>
        <source>Switching over to %1…</source>
        <translation>Switching over to %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Committed.&lt;/b&gt; %1 is the primary of %2 now, generation %3.</source>
        <translation>&lt;b&gt;Committed.&lt;/b&gt; %1 is the primary of %2 now, generation %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused&lt;/b&gt;; nothing changed: %1</source>
        <translation>&lt;b&gt;Refused&lt;/b&gt;; nothing changed: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;; nothing changed: %1</source>
        <translation>&lt;b&gt;Failed&lt;/b&gt;; nothing changed: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;In doubt&lt;/b&gt;: the connection broke while committing. Look at the registry before acting again. %1</source>
        <translation>&lt;b&gt;In doubt&lt;/b&gt;: the connection broke while committing. Look at the registry before acting again. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>looma::SwitchoverGate</name>
    <message>
        <source>Select a failover group.</source>
        <translation>Select a failover group.</translation>
    </message>
    <message>
        <source>Read-only mode (--read-only): this console makes no changes.</source>
        <translation>Read-only mode (--read-only): this console makes no changes.</translation>
    </message>
    <message>
        <source>Read-only mode is on in the settings: this console makes no changes.</source>
        <translation>Read-only mode is on in the settings: this console makes no changes.</translation>
    </message>
    <message>
        <source>No registry is configured.</source>
        <translation>No registry is configured.</translation>
    </message>
    <message>
        <source>Connecting to the registry…</source>
        <translation>Connecting to the registry…</translation>
    </message>
    <message>
        <source>The registry data is stale: the view may no longer be current.</source>
        <translation>The registry data is stale: the view may no longer be current.</translation>
    </message>
    <message>
        <source>The registry is unreachable (%1): the view may no longer be current.</source>
        <translation>The registry is unreachable (%1): the view may no longer be current.</translation>
    </message>
    <message>
        <source>Checking the database role&apos;s rights…</source>
        <translation>Checking the database role&apos;s rights…</translation>
    </message>
    <message>
        <source>Database role %1 may not set maintenance.</source>
        <translation>Database role %1 may not set maintenance.</translation>
    </message>
    <message>
        <source>An operation on this group is running.</source>
        <translation>An operation on this group is running.</translation>
    </message>
    <message>
        <source>Database role %1 may not fail over.</source>
        <translation>Database role %1 may not fail over.</translation>
    </message>
    <message>
        <source>Reading the group&apos;s last failover…</source>
        <translation>Reading the group&apos;s last failover…</translation>
    </message>
    <message>
        <source>In cooldown after the failover at %1, until %2. Acknowledge the cooldown to switch over earlier.</source>
        <translation>In cooldown after the failover at %1, until %2. Acknowledge the cooldown to switch over earlier.</translation>
    </message>
</context>
<context>
    <name>looma::TimeSeriesChart</name>
    <message>
        <source>Target ≤ %1</source>
        <translation>Target ≤ %1</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Target ≥ %1</translation>
    </message>
    <message>
        <source>No series: the query returned nothing for this window.</source>
        <translation>No series: the query returned nothing for this window.</translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>Waiting for the first refresh…</translation>
    </message>
    <message>
        <source>⚠ Stale: the last refresh failed; showing the previous data.</source>
        <translation>⚠ Stale: the last refresh failed; showing the previous data.</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Showing the previous data.</source>
        <translation>⚠ Stale: %1 Showing the previous data.</translation>
    </message>
</context>
<context>
    <name>looma::WebhookActuator</name>
    <message>
        <source>Webhook %1 answered HTTP %2 (attempt %3 of %4).</source>
        <translation>Webhook %1 answered HTTP %2 (attempt %3 of %4).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Webhook %1 failed after %2 attempts; last error: %3.</source>
        <translation>Webhook %1 failed after %2 attempts; last error: %3.</translation>
    </message>
</context>
<context>
    <name>looma::cli::HeadlessCommand</name>
    <message>
        <source>Runs the health-check and failover scheduler without a window.</source>
        <translation>Runs the health-check and failover scheduler without a window.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Run without a window.</translation>
    </message>
    <message>
        <source>Registry connection string.</source>
        <translation>Registry connection string.</translation>
    </message>
    <message>
        <source>Prometheus base URL (second observer, or the health source).</source>
        <translation>Prometheus base URL (second observer, or the health source).</translation>
    </message>
    <message>
        <source>Never write: no failover, no leadership, no health events.</source>
        <translation>Never write: no failover, no leadership, no health events.</translation>
    </message>
    <message>
        <source>Override every check policy&apos;s interval.</source>
        <translation>Override every check policy&apos;s interval.</translation>
    </message>
    <message>
        <source>Cooldown after a group&apos;s failover, in seconds.</source>
        <translation>Cooldown after a group&apos;s failover, in seconds.</translation>
    </message>
    <message>
        <source>Failing share of all checks that trips the partition guard (0..1).</source>
        <translation>Failing share of all checks that trips the partition guard (0..1).</translation>
    </message>
    <message>
        <source>Name in health_events.observer and as the failover actor.</source>
        <translation>Name in health_events.observer and as the failover actor.</translation>
    </message>
    <message>
        <source>probes (default) or prometheus.</source>
        <translation>probes (default) or prometheus.</translation>
    </message>
    <message>
        <source>Webhook POSTed after every committed failover.</source>
        <translation>Webhook POSTed after every committed failover.</translation>
    </message>
    <message>
        <source>Leadership retry and confirm interval.</source>
        <translation>Leadership retry and confirm interval.</translation>
    </message>
    <message>
        <source>Give up (exit 3) when the registry stays unreachable this long at start.</source>
        <translation>Give up (exit 3) when the registry stays unreachable this long at start.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Numbers out of range: --check-interval-ms 100.., --cooldown-s 0.., --leader-interval-ms 200.., --start-timeout-s 1.., --partition-share (0, 1].</source>
        <translation>Numbers out of range: --check-interval-ms 100.., --cooldown-s 0.., --leader-interval-ms 200.., --start-timeout-s 1.., --partition-share (0, 1].</translation>
    </message>
    <message>
        <source>--health-source prometheus needs --prometheus URL.</source>
        <translation>--health-source prometheus needs --prometheus URL.</translation>
    </message>
    <message>
        <source>--health-source is probes or prometheus, not %1.</source>
        <translation>--health-source is probes or prometheus, not %1.</translation>
    </message>
    <message>
        <source>--webhook needs an http(s) URL.</source>
        <translation>--webhook needs an http(s) URL.</translation>
    </message>
</context>
<context>
    <name>looma::cli::MigrateCommand</name>
    <message>
        <source>Apply the registry schema migrations built into this console.</source>
        <translation>Apply the registry schema migrations built into this console.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>The subcommand.</translation>
    </message>
    <message>
        <source>libpq connection string or URI. Without it, libpq&apos;s defaults apply (PGHOST, PGDATABASE, ... , service file, PGPASSFILE).</source>
        <translation>libpq connection string or URI. Without it, libpq&apos;s defaults apply (PGHOST, PGDATABASE, ... , service file, PGPASSFILE).</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>libpq service name (pg_service.conf).</source>
        <translation>libpq service name (pg_service.conf).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No migrations are built into this console.</source>
        <translation>No migrations are built into this console.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Registry %1 is up to date at schema version %2; nothing to do.</source>
        <translation>Registry %1 is up to date at schema version %2; nothing to do.</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>Registry %1 migrated from schema version %2 to %3.</source>
        <translation>Registry %1 migrated from schema version %2 to %3.</translation>
    </message>
    <message>
        <source>looma-ops migrate: %1</source>
        <translation>looma-ops migrate: %1</translation>
    </message>
</context>
<context>
    <name>looma::cli::ReportCommand</name>
    <message>
        <source>Write an SLA and incident report for a time range.</source>
        <translation>Write an SLA and incident report for a time range.</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>The subcommand.</translation>
    </message>
    <message>
        <source>Start of the range, ISO 8601 (UTC if no zone).</source>
        <translation>Start of the range, ISO 8601 (UTC if no zone).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>End of the range, ISO 8601 (UTC if no zone).</source>
        <translation>End of the range, ISO 8601 (UTC if no zone).</translation>
    </message>
    <message>
        <source>all, cloud:tencent, cloud:alibaba or service:NAME (service:crm for the CRM).</source>
        <translation>all, cloud:tencent, cloud:alibaba or service:NAME (service:crm for the CRM).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>pdf, html or csv.</source>
        <translation>pdf, html or csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Report language: zh_CN or en.</source>
        <translation>Report language: zh_CN or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Output file (pdf, html) or directory (csv).</source>
        <translation>Output file (pdf, html) or directory (csv).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Registry libpq DSN; default: libpq&apos;s defaults (PG* variables).</source>
        <translation>Registry libpq DSN; default: libpq&apos;s defaults (PG* variables).</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation>Prometheus base URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Print no progress.</translation>
    </message>
    <message>
        <source>looma-ops report: %1</source>
        <translation>looma-ops report: %1</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;; use all, cloud:tencent, cloud:alibaba or service:NAME.</source>
        <translation>Unknown scope &quot;%1&quot;; use all, cloud:tencent, cloud:alibaba or service:NAME.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, html or csv.</source>
        <translation>Unknown format &quot;%1&quot;; use pdf, html or csv.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output is required.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not valid.</source>
        <translation>The Prometheus URL &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>looma-ops report: data gap (%1, %2): %3</source>
        <translation>looma-ops report: data gap (%1, %2): %3</translation>
    </message>
    <message>
        <source>looma-ops report: cannot write the report: %1</source>
        <translation>looma-ops report: cannot write the report: %1</translation>
    </message>
    <message>
        <source>looma-ops report: %1 (%2) did not answer every query; the report was written with the gaps stated in it.</source>
        <translation>looma-ops report: %1 (%2) did not answer every query; the report was written with the gaps stated in it.</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>the registry</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
</context>
</TS>
