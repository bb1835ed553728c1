<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Native histogram samples were skipped; the console shows float samples only.</source>
        <translation>已跳过原生直方图样本；控制台只显示浮点样本。</translation>
    </message>
    <message>
        <source>a vector must be an array</source>
        <translation>向量必须是数组</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>a matrix must be an array</source>
        <translation>矩阵必须是数组</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>不是数组</translation>
    </message>
    <message>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>未知的结果类型“%1”</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>not an RFC 3339 time</source>
        <translation>不是 RFC 3339 时间</translation>
    </message>
    <message>
        <source>not a sample value</source>
        <translation>不是样本值</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>a text field is not a string</source>
        <translation>文本字段不是字符串</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>AiServiceFigureSet</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>半开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChartStatusText</name>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>CrmFigureSet</name>
    <message>
        <source>Talent management</source>
        <translation>人才管理</translation>
    </message>
    <message>
        <source>Relationship analysis</source>
        <translation>关系分析</translation>
    </message>
    <message>
        <source>AI search</source>
        <translation>AI 搜索</translation>
    </message>
    <message>
        <source>Knowledge-graph Q&amp;A</source>
        <translation>知识图谱问答</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
</context>
<context>
    <name>FailoverSides</name>
    <message>
        <source>No primary</source>
        <translation>无主实例</translation>
    </message>
    <message>
        <source>primary down (Prometheus)</source>
        <translation>主实例离线（Prometheus）</translation>
    </message>
    <message>
        <source>primary critical (registry)</source>
        <translation>主实例状态严重（注册中心）</translation>
    </message>
    <message>
        <source>primary&apos;s node is down</source>
        <translation>主实例所在节点离线</translation>
    </message>
    <message>
        <source>region has instances down or unscraped (Prometheus)</source>
        <translation>地域内有实例离线或未被抓取（Prometheus）</translation>
    </message>
    <message>
        <source>zone has problems (registry)</source>
        <translation>可用区存在问题（注册中心）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Disable every action: no failover, no maintenance changes.</source>
        <translation>禁用所有操作：不做故障转移，不做维护变更。</translation>
    </message>
    <message>
        <source>User interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Read settings from this file instead of the default.</source>
        <translation>从此文件读取设置，而不是默认文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use this registry (libpq DSN or postgresql:// URI, no password) for this run only.</source>
        <translation>仅在本次运行中使用此注册中心（libpq DSN 或 postgresql:// URI，不含密码）。</translation>
    </message>
    <message>
        <source>dsn</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Use this Prometheus URL for this run only.</source>
        <translation>仅在本次运行中使用此 Prometheus URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Watch only: run no health checks and no automatic failover in this window.</source>
        <translation>仅观察：此窗口不运行健康检查，也不执行自动故障转移。</translation>
    </message>
    <message>
        <source>Open on this page: crossCloud, clusters, aiServices, crm, events, failover, reports, settings.</source>
        <translation>启动时打开此页面：crossCloud、clusters、aiServices、crm、events、failover、reports、settings。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the registry and Prometheus have answered, then quit.</source>
        <translation>注册中心和 Prometheus 响应后保存窗口的 PNG 截图，然后退出。</translation>
    </message>
    <message>
        <source>Looma Ops Console: cross-cloud status, AI services, CRM dashboards and failover for Looma CRM.
Subcommands: migrate, report (run &apos;looma-ops SUBCOMMAND --help&apos;).
Without a window: looma-ops --headless (run &apos;looma-ops --headless --help&apos;).</source>
        <translation>Looma 运维控制台：面向 Looma CRM 的跨云状态、AI 服务、CRM 仪表盘与故障转移。
子命令：migrate、report（运行“looma-ops 子命令 --help”查看帮助）。
无窗口运行：looma-ops --headless（运行“looma-ops --headless --help”查看帮助）。</translation>
    </message>
</context>
<context>
    <name>PanelLoader</name>
    <message>
        <source>%1:%2:%3: the panel file is not valid JSON (%4); none of its panels were loaded.</source>
        <translation>%1:%2:%3：面板文件不是有效的 JSON（%4）；其中的面板均未加载。</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;panels&quot; array.</source>
        <translation>%1：应为包含“panels”数组的对象。</translation>
    </message>
    <message>
        <source>%1: panels[%2] is not an object; skipped.</source>
        <translation>%1：panels[%2] 不是对象；已跳过。</translation>
    </message>
    <message>
        <source>%1: panel &quot;%2&quot;: %3; skipped.</source>
        <translation>%1：面板“%2”：%3；已跳过。</translation>
    </message>
    <message>
        <source>missing &quot;id&quot;</source>
        <translation>缺少“id”</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (crossCloud, clusters, aiServices, crm)</source>
        <translation>未知页面“%1”（crossCloud、clusters、aiServices、crm）</translation>
    </message>
    <message>
        <source>missing &quot;title&quot;</source>
        <translation>缺少“title”</translation>
    </message>
    <message>
        <source>missing &quot;promql&quot;</source>
        <translation>缺少“promql”</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (percent, seconds, ms, reqps, ratio, bytes, count)</source>
        <translation>未知单位“%1”（percent、seconds、ms、reqps、ratio、bytes、count）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (stat, timeseries, table)</source>
        <translation>未知类型“%1”（stat、timeseries、table）</translation>
    </message>
    <message>
        <source>&quot;thresholds&quot; is not an object</source>
        <translation>“thresholds”不是对象</translation>
    </message>
    <message>
        <source>thresholds &quot;warn&quot; and &quot;crit&quot; must be numbers</source>
        <translation>阈值“warn”和“crit”必须是数字</translation>
    </message>
    <message>
        <source>unknown threshold direction &quot;%1&quot; (above, below)</source>
        <translation>未知的阈值方向“%1”（above、below）</translation>
    </message>
    <message>
        <source>the warning threshold lies beyond the critical one</source>
        <translation>警告阈值超出了严重阈值</translation>
    </message>
    <message>
        <source>%1: panel &quot;%2&quot; is defined twice; the first one is kept.</source>
        <translation>%1：面板“%2”重复定义；保留第一个。</translation>
    </message>
    <message>
        <source>The built-in panel definitions %1 are missing.</source>
        <translation>缺少内置面板定义 %1。</translation>
    </message>
    <message>
        <source>Cannot read the panel file %1: %2</source>
        <translation>无法读取面板文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>PanelTitles</name>
    <message>
        <source>Scrape targets up</source>
        <translation>在线的抓取目标</translation>
    </message>
    <message>
        <source>Scrape targets down</source>
        <translation>离线的抓取目标</translation>
    </message>
    <message>
        <source>Service instances up</source>
        <translation>在线的服务实例</translation>
    </message>
    <message>
        <source>AI request rate by cloud</source>
        <translation>各云的 AI 请求速率</translation>
    </message>
    <message>
        <source>AI availability by cloud</source>
        <translation>各云的 AI 可用性</translation>
    </message>
    <message>
        <source>CRM backends down</source>
        <translation>离线的 CRM 后端</translation>
    </message>
    <message>
        <source>CPU utilisation by cluster</source>
        <translation>各集群 CPU 利用率</translation>
    </message>
    <message>
        <source>Memory utilisation by cluster</source>
        <translation>各集群内存利用率</translation>
    </message>
    <message>
        <source>Memory available by cluster</source>
        <translation>各集群可用内存</translation>
    </message>
    <message>
        <source>Busiest nodes by CPU</source>
        <translation>CPU 最繁忙的节点</translation>
    </message>
    <message>
        <source>Node CPU utilisation</source>
        <translation>节点 CPU 利用率</translation>
    </message>
    <message>
        <source>Node memory utilisation</source>
        <translation>节点内存利用率</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Error budget burn rate (1 h)</source>
        <translation>错误预算消耗速率（1 小时）</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>模型准确率</translation>
    </message>
    <message>
        <source>Gateway circuit breakers (0 closed, 1 half-open, 2 open)</source>
        <translation>网关熔断器（0 关闭，1 半开，2 打开）</translation>
    </message>
    <message>
        <source>Healthy instances</source>
        <translation>健康实例</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>CRM throughput by operation</source>
        <translation>各操作的 CRM 吞吐量</translation>
    </message>
    <message>
        <source>CRM error ratio by operation</source>
        <translation>各操作的 CRM 错误比例</translation>
    </message>
    <message>
        <source>CRM latency p95 by operation</source>
        <translation>各操作的 CRM p95 延迟</translation>
    </message>
    <message>
        <source>Backend database health</source>
        <translation>后端数据库健康状况</translation>
    </message>
    <message>
        <source>Backends up by cluster</source>
        <translation>各集群在线的后端</translation>
    </message>
    <message>
        <source>Error budget left (30 d)</source>
        <translation>剩余错误预算（30 天）</translation>
    </message>
    <message>
        <source>CRM instances up</source>
        <translation>CRM 在线实例</translation>
    </message>
    <message>
        <source>Backend connections</source>
        <translation>后端连接数</translation>
    </message>
    <message>
        <source>Backend queries per second</source>
        <translation>后端每秒查询数</translation>
    </message>
    <message>
        <source>Backend replication lag (worst)</source>
        <translation>后端复制延迟（最差）</translation>
    </message>
</context>
<context>
    <name>PromConfig</name>
    <message>
        <source>No secret file is configured for Prometheus authentication.</source>
        <translation>未为 Prometheus 认证配置密钥文件。</translation>
    </message>
    <message>
        <source>Cannot read the Prometheus secret file %1: %2</source>
        <translation>无法读取 Prometheus 密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The Prometheus secret file %1 is too large to be a token or password.</source>
        <translation>Prometheus 密钥文件 %1 过大，不可能是令牌或密码。</translation>
    </message>
    <message>
        <source>The Prometheus secret file %1 is empty.</source>
        <translation>Prometheus 密钥文件 %1 为空。</translation>
    </message>
    <message>
        <source>No Prometheus URL is configured.</source>
        <translation>未配置 Prometheus URL。</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://, not &quot;%1&quot;.</source>
        <translation>Prometheus URL 必须以 http:// 或 https:// 开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>The Prometheus URL %1 has no host.</source>
        <translation>Prometheus URL %1 没有主机名。</translation>
    </message>
    <message>
        <source>Bearer authentication needs a token file.</source>
        <translation>Bearer 认证需要令牌文件。</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name and a password file.</source>
        <translation>Basic 认证需要用户名和密码文件。</translation>
    </message>
    <message>
        <source>The Prometheus timeout must be at least 100 ms.</source>
        <translation>Prometheus 超时至少为 100 毫秒。</translation>
    </message>
    <message>
        <source>The Prometheus response size limit must be at least 1 KB.</source>
        <translation>Prometheus 响应大小上限至少为 1 KB。</translation>
    </message>
    <message>
        <source>At least one Prometheus query must be allowed in flight.</source>
        <translation>至少要允许一个 Prometheus 查询同时进行。</translation>
    </message>
    <message>
        <source>The scrape interval must be at least 1 second.</source>
        <translation>抓取间隔至少为 1 秒。</translation>
    </message>
</context>
<context>
    <name>PromJsonReader</name>
    <message>
        <source>expected a [time, &quot;value&quot;] pair</source>
        <translation>应为 [时间, &quot;值&quot;] 对</translation>
    </message>
    <message numerus="yes">
        <source>expected a [time, &quot;value&quot;] pair, got %n element(s)</source>
        <translation>
            <numerusform>应为 [时间, &quot;值&quot;] 对，实际有 %n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>the time is not a plausible number of seconds</source>
        <translation>时间不是合理的秒数</translation>
    </message>
    <message>
        <source>the value is not a string</source>
        <translation>值不是字符串</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with an empty body.</source>
        <translation>Prometheus 返回 HTTP %1，响应体为空。</translation>
    </message>
    <message>
        <source>Prometheus answered with an empty body.</source>
        <translation>Prometheus 返回了空的响应体。</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1: %2</source>
        <translation>Prometheus 返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer is not valid JSON: %1.</source>
        <translation>Prometheus 的响应不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Prometheus refused the request: %1</source>
        <translation>Prometheus 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Prometheus refused the request (%1): %2</source>
        <translation>Prometheus 拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <source>expected &quot;success&quot; or &quot;error&quot;</source>
        <translation>应为“success”或“error”</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with a success body.</source>
        <translation>Prometheus 返回 HTTP %1，但响应体表示成功。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>the label set is not a JSON object</source>
        <translation>标签集不是 JSON 对象</translation>
    </message>
    <message>
        <source>the label set has %1 labels; more than %2 is refused</source>
        <translation>标签集有 %1 个标签；超过 %2 个即拒绝</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>标签“%1”不是字符串</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is implausibly long</source>
        <translation>标签“%1”长得不合常理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sample value</source>
        <translation>“%1”不是样本值</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer has an unexpected shape at %1: %2.</source>
        <translation>Prometheus 的响应在 %1 处结构异常：%2。</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not a valid URL (example: http://prometheus:9090).</source>
        <translation>Prometheus URL“%1”不是有效的 URL（例如：http://prometheus:9090）。</translation>
    </message>
    <message>
        <source>The Prometheus URL must start with http:// or https://.</source>
        <translation>Prometheus URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; names no host.</source>
        <translation>Prometheus URL“%1”没有主机名。</translation>
    </message>
    <message>
        <source>The Prometheus URL must be the server&apos;s base address, without ?query or #fragment.</source>
        <translation>Prometheus URL 必须是服务器的基础地址，不能带 ?查询参数 或 #片段。</translation>
    </message>
    <message>
        <source>The Prometheus URL must not contain a user or password; use the authentication fields.</source>
        <translation>Prometheus URL 中不能包含用户名或密码；请使用认证字段。</translation>
    </message>
    <message>
        <source>%1: no file is given.</source>
        <translation>%1：未指定文件。</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1：文件 %2 不存在。</translation>
    </message>
    <message>
        <source>%1: %2 is not a file.</source>
        <translation>%1：%2 不是文件。</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read.</source>
        <translation>%1：无法读取文件 %2。</translation>
    </message>
    <message>
        <source>Give either a registry DSN or a libpq service name, not both.</source>
        <translation>请填写注册中心 DSN 或 libpq 服务名，二者只选其一。</translation>
    </message>
    <message>
        <source>The registry DSN must not contain a password. Put it in PGPASSFILE (~/.pgpass) or the libpq service file.</source>
        <translation>注册中心 DSN 中不能包含密码。请把密码放在 PGPASSFILE（~/.pgpass）或 libpq 服务文件中。</translation>
    </message>
    <message>
        <source>The registry DSN is not a valid postgresql:// URI.</source>
        <translation>注册中心 DSN 不是有效的 postgresql:// URI。</translation>
    </message>
    <message>
        <source>A libpq service name is one word, as in [name] of pg_service.conf.</source>
        <translation>libpq 服务名是一个单词，即 pg_service.conf 中的 [名称]。</translation>
    </message>
    <message>
        <source>Bearer token file</source>
        <translation>Bearer 令牌文件</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic 认证需要用户名。</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Prometheus label name (letters, digits, underscore; not starting with a digit).</source>
        <translation>“%1”不是有效的 Prometheus 标签名（字母、数字、下划线；不能以数字开头）。</translation>
    </message>
    <message>
        <source>The registry poll interval must be 1 to 3600 seconds.</source>
        <translation>注册中心轮询间隔必须为 1 到 3600 秒。</translation>
    </message>
    <message>
        <source>The Prometheus refresh interval must be 1 to 3600 seconds.</source>
        <translation>Prometheus 刷新间隔必须为 1 到 3600 秒。</translation>
    </message>
    <message>
        <source>The failover cooldown must be 0 to 1440 minutes.</source>
        <translation>故障转移冷却时间必须为 0 到 1440 分钟。</translation>
    </message>
    <message>
        <source>The partition guard share must be 1 to 100 %.</source>
        <translation>分区保护比例必须为 1 到 100 %。</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>actuated</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>actuation failed</source>
        <translation>执行失败</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
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
        <translation>毫秒</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>AI 服务</translation>
    </message>
    <message>
        <source>The five AI services: healthy and total instances, current primary, request and error rates, p50/p95/p99 latency against the 300 ms target, availability against the 99.9 % SLO with error budget, and the gateway&apos;s circuit breakers.</source>
        <translation>五个 AI 服务：健康实例数与总实例数、当前主实例、请求速率与错误率、相对 300 毫秒目标的 p50/p95/p99 延迟、相对 99.9 % SLO 的可用性及错误预算，以及网关的熔断器状态。</translation>
    </message>
    <message>
        <source>Filter services or instances…</source>
        <translation>筛选服务或实例…</translation>
    </message>
    <message>
        <source>
worst: %1</source>
        <translation>
最差：%1</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Lowest availability</source>
        <translation>最低可用性</translation>
    </message>
    <message>
        <source>SLO ≥ 99.9 %</source>
        <translation>服务目标 ≥ 99.9 %</translation>
    </message>
    <message>
        <source>Least error budget left (30 d)</source>
        <translation>最少剩余错误预算（30 天）</translation>
    </message>
    <message>
        <source>warn below 25 %</source>
        <translation>低于 25 % 时告警</translation>
    </message>
    <message>
        <source>Highest burn rate (1 h)</source>
        <translation>最高消耗速率（1 小时）</translation>
    </message>
    <message>
        <source>page at ≥ 14.4×</source>
        <translation>≥ 14.4 倍时呼叫值班</translation>
    </message>
    <message>
        <source>Highest p95 latency</source>
        <translation>最高 p95 延迟</translation>
    </message>
    <message>
        <source>target ≤ 300 ms</source>
        <translation>目标 ≤ 300 毫秒</translation>
    </message>
    <message>
        <source>Instances by service</source>
        <translation>各服务实例数</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
</context>
<context>
    <name>looma::AiServicesTable</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Instances up / total</source>
        <translation>在线 / 总实例</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主实例</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>延迟 p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Budget left (30 d)</source>
        <translation>剩余预算（30 天）</translation>
    </message>
    <message>
        <source>Burn rate (1 h)</source>
        <translation>消耗速率（1 小时）</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Gateway breaker</source>
        <translation>网关熔断器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>error rate over target</source>
        <translation>错误率超出目标</translation>
    </message>
    <message>
        <source>p95 latency over target</source>
        <translation>p95 延迟超出目标</translation>
    </message>
    <message>
        <source>availability under SLO</source>
        <translation>可用性低于服务目标</translation>
    </message>
    <message>
        <source>burning error budget</source>
        <translation>正在消耗错误预算</translation>
    </message>
    <message>
        <source>accuracy low</source>
        <translation>准确率偏低</translation>
    </message>
    <message>
        <source>gateway breaker open</source>
        <translation>网关熔断器已打开</translation>
    </message>
    <message>
        <source>no primary</source>
        <translation>无主实例</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) down</source>
        <translation>
            <numerusform>%n 个实例宕机</numerusform>
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
        <translation>在线数来自 Prometheus；总数及检查通过数（%1）来自注册中心。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>on node %1</source>
        <translation>位于节点 %1</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %</source>
        <translation>目标 ≤ 0.1 %</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 毫秒</translation>
    </message>
    <message>
        <source>p95 target ≤ 300 ms</source>
        <translation>p95 目标 ≤ 300 毫秒</translation>
    </message>
    <message>
        <source>SLO ≥ 99.9 %</source>
        <translation>服务目标 ≥ 99.9 %</translation>
    </message>
    <message>
        <source>share of the 30-day error budget not yet spent</source>
        <translation>30 天错误预算中尚未消耗的比例</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>1× spends the budget in exactly 30 days</source>
        <translation>1 倍表示恰好 30 天耗尽预算</translation>
    </message>
    <message>
        <source>worst state over the gateway&apos;s clusters</source>
        <translation>网关各集群中最差的状态</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>looma::AppSettings</name>
    <message>
        <source>The settings file %1 is a folder; defaults are used and nothing can be saved.</source>
        <translation>设置文件 %1 是一个文件夹；将使用默认值，且无法保存任何设置。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read; defaults are used.</source>
        <translation>无法读取设置文件 %1；将使用默认值。</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed and was not read; defaults are used.</source>
        <translation>设置文件 %1 格式错误，未被读取；将使用默认值。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be accessed; defaults are used.</source>
        <translation>无法访问设置文件 %1；将使用默认值。</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is not a whole number from %3 to %4; the default %5 is used.</source>
        <translation>设置项 %1 = “%2” 不是 %3 到 %4 之间的整数；改用默认值 %5。</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is not a known choice; the default &quot;%3&quot; is used.</source>
        <translation>设置项 %1 = “%2” 不是可识别的选项；改用默认值“%3”。</translation>
    </message>
    <message>
        <source>The registry DSN in the settings file holds a password; it is ignored. Put the password in PGPASSFILE (~/.pgpass) or the libpq service file.</source>
        <translation>设置文件中的注册中心 DSN 含有密码，已忽略。请把密码放在 PGPASSFILE（~/.pgpass）或 libpq 服务文件中。</translation>
    </message>
    <message>
        <source>Setting %1 holds a secret and is ignored: name a file that holds it instead.</source>
        <translation>设置项 %1 含有密钥，已忽略：请改为填写存放密钥的文件路径。</translation>
    </message>
    <message>
        <source>Setting %1 = &quot;%2&quot; is neither true nor false; read-only stays off.</source>
        <translation>设置项 %1 = “%2” 既不是 true 也不是 false；只读模式保持关闭。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
</context>
<context>
    <name>looma::AppearanceSettingsGroup</name>
    <message>
        <source>Appearance and safety</source>
        <translation>外观与安全</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Read-onl&amp;y: no failover, no changes to the fleet</source>
        <translation>只读(&amp;Y)：不做故障转移，不改动集群</translation>
    </message>
    <message>
        <source>Read-only is on for this run (--read-only).</source>
        <translation>本次运行已开启只读模式（--read-only）。</translation>
    </message>
    <message>
        <source>Watch only: every action that changes the fleet is disabled.</source>
        <translation>仅观察：所有会改动集群的操作均被禁用。</translation>
    </message>
</context>
<context>
    <name>looma::CloudSummaryPanel</name>
    <message>
        <source> (registry stale: last known figures)</source>
        <translation>（注册中心数据过期：显示最后已知数据）</translation>
    </message>
    <message>
        <source>Nodes: no data yet</source>
        <translation>节点：尚无数据</translation>
    </message>
    <message>
        <source>Nodes: %1 up · %2 down · %3 draining · primaries of %4 failover group(s)%5</source>
        <translation>节点：%1 在线 · %2 离线 · %3 排空中 · 承载 %4 个故障转移组的主实例%5</translation>
    </message>
    <message>
        <source>Instances: no data yet</source>
        <translation>实例：尚无数据</translation>
    </message>
    <message>
        <source>Instances: %1 passing · %2 warning · %3 critical · %4 unknown</source>
        <translation>实例：%1 正常 · %2 警告 · %3 严重 · %4 未知</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Prometheus: not configured</source>
        <translation>Prometheus：未配置</translation>
    </message>
    <message>
        <source>Prometheus: no answer yet</source>
        <translation>Prometheus：尚未响应</translation>
    </message>
    <message>
        <source>Prometheus: no instance down</source>
        <translation>Prometheus：无实例离线</translation>
    </message>
    <message numerus="yes">
        <source>Prometheus: %n instance(s) down in %1</source>
        <translation>
            <numerusform>Prometheus：%1 中有 %n 个实例离线</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Prometheus cannot scrape: %1</source>
        <translation>Prometheus 无法抓取：%1</translation>
    </message>
    <message>
        <source>Stale (as of %1, Prometheus unreachable): %2</source>
        <translation>数据过期（截至 %1，Prometheus 无法访问）：%2</translation>
    </message>
</context>
<context>
    <name>looma::ClusterSummaryModel</name>
    <message>
        <source>%1 (%2 not up)</source>
        <translation>%1（%2 个不在线）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Healthy / instances</source>
        <translation>健康 / 实例</translation>
    </message>
    <message>
        <source>Avg CPU</source>
        <translation>平均 CPU</translation>
    </message>
    <message>
        <source>Avg memory</source>
        <translation>平均内存</translation>
    </message>
</context>
<context>
    <name>looma::ClustersPage</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Every cluster with its totals, and a node table that filters and sorts 10,000+ nodes by cloud, region, cluster, status or text; a node&apos;s instances and CPU/memory charts.</source>
        <translation>所有集群及其汇总数据，以及一个可按云、地域、集群、状态或文本筛选和排序 10,000+ 节点的节点表；节点的实例及 CPU/内存图表。</translation>
    </message>
    <message>
        <source>Filter nodes by name, address, cluster…</source>
        <translation>按名称、地址、集群筛选节点…</translation>
    </message>
</context>
<context>
    <name>looma::ConnectionTestRow</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Not available yet: the connection test is not wired into this build.</source>
        <translation>暂不可用：此版本尚未接入连接测试。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>连接正常：%1</translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>looma::ConnectionTester</name>
    <message>
        <source>The registry did not answer within %1 s.</source>
        <translation>注册中心在 %1 秒内未响应。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: Prometheus answers and scrapes %n target(s).</source>
        <translation>
            <numerusform>已连接：Prometheus 有响应，正在抓取 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the registry schema is version %1 and this console needs %2: run &quot;looma-ops migrate&quot;.</source>
        <translation>已连接，但注册中心架构版本为 %1，本控制台需要 %2：请运行“looma-ops migrate”。</translation>
    </message>
    <message>
        <source>Connected: registry schema version %1.</source>
        <translation>已连接：注册中心架构版本 %1。</translation>
    </message>
    <message>
        <source>Name resolution failed (DNS)</source>
        <translation>域名解析失败（DNS）</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens at that host and port</source>
        <translation>连接被拒绝：该主机和端口上没有服务在监听</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Authentication refused</source>
        <translation>认证被拒绝</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>数据库不存在</translation>
    </message>
    <message>
        <source>Schema version not supported</source>
        <translation>不支持该架构版本</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Authentication refused (HTTP %1)</source>
        <translation>认证被拒绝（HTTP %1）</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP 错误 %1</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not a Prometheus API answer</source>
        <translation>不是 Prometheus API 响应</translation>
    </message>
</context>
<context>
    <name>looma::CrmPage</name>
    <message>
        <source>CRM</source>
        <translation>CRM 看板</translation>
    </message>
    <message>
        <source>Looma CRM health and its backends (PostgreSQL, Redis, Neo4j, Weaviate, Elasticsearch), with throughput and latency of talent management, relationship analysis, AI search and knowledge-graph Q&amp;A.</source>
        <translation>Looma CRM 及其后端（PostgreSQL、Redis、Neo4j、Weaviate、Elasticsearch）的健康状况，以及人才管理、关系分析、AI 搜索和知识图谱问答的吞吐量与延迟。</translation>
    </message>
    <message>
        <source>Filter backends or features…</source>
        <translation>筛选后端或功能…</translation>
    </message>
    <message>
        <source>Up in all %1 clusters</source>
        <translation>全部 %1 个集群在线</translation>
    </message>
    <message>
        <source>Down in %1 of %2 clusters</source>
        <translation>%2 个集群中 %1 个宕机</translation>
    </message>
    <message>
        <source>worst cluster</source>
        <translation>最差集群</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %</source>
        <translation>目标 ≤ 0.1 %</translation>
    </message>
    <message>
        <source>target ≤ 300 ms</source>
        <translation>目标 ≤ 300 毫秒</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%2 个中 %1 个在线</translation>
    </message>
    <message>
        <source>every backend in every cluster</source>
        <translation>所有集群的所有后端</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>宕机：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>target ≤ 300 ms
slowest: %1</source>
        <translation>目标 ≤ 300 毫秒
最慢：%1</translation>
    </message>
    <message>
        <source>target ≤ 0.1 %
worst: %1</source>
        <translation>目标 ≤ 0.1 %
最差：%1</translation>
    </message>
    <message>
        <source>CRM instances up / registered</source>
        <translation>CRM 在线 / 已注册实例</translation>
    </message>
    <message>
        <source>Backend databases</source>
        <translation>后端数据库</translation>
    </message>
    <message>
        <source>Slowest feature p95</source>
        <translation>最慢功能 p95</translation>
    </message>
    <message>
        <source>Highest feature error ratio</source>
        <translation>最高功能错误率</translation>
    </message>
    <message>
        <source>CRM features</source>
        <translation>CRM 功能</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询速率</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Error ratio</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>p95 延迟</translation>
    </message>
</context>
<context>
    <name>looma::CrossCloudPage</name>
    <message>
        <source>Cross-cloud</source>
        <translation>跨云状态</translation>
    </message>
    <message>
        <source>Health across Tencent Cloud and Alibaba Cloud by region and zone: nodes up, down or draining, instance health, the active side of each failover group, and how fresh each data source is.</source>
        <translation>按地域和可用区查看腾讯云与阿里云的健康状况：节点在线、离线或排空中，实例健康，各故障转移组的活动侧，以及各数据源的数据新鲜度。</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Stale: %1 not answering; these are the last known figures.</source>
        <translation>数据过期：%1 未响应；显示的是最后已知的数据。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Filter regions and zones…</source>
        <translation>筛选地域和可用区…</translation>
    </message>
</context>
<context>
    <name>looma::DashboardPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No data source configured</source>
        <translation>未配置数据源</translation>
    </message>
    <message>
        <source>This page needs: %1.
Enter the connection on the Settings page (Ctrl+8) and press Apply; the page fills in as soon as the first data arrives.</source>
        <translation>此页面需要：%1。
请在设置页面（Ctrl+8）填写连接信息并点击“应用”；首批数据到达后页面即会显示内容。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Data source unreachable</source>
        <translation>数据源无法访问</translation>
    </message>
    <message>
        <source>No data could be loaded yet.
%1
Check the connection on the Settings page; the console keeps retrying.</source>
        <translation>尚未加载到任何数据。
%1
请在设置页面检查连接；控制台会持续重试。</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>正在等待数据</translation>
    </message>
    <message>
        <source>The data sources are configured. The page fills in when the first data arrives; F5 asks for it now.</source>
        <translation>数据源已配置。首批数据到达后页面即会显示内容；按 F5 可立即请求。</translation>
    </message>
</context>
<context>
    <name>looma::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>instance #%1</source>
        <translation>实例 #%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 failover by %2: %3 → %4, %5 (generation %6)</source>
        <translation>%1 故障转移，执行者 %2：%3 → %4，%5（代次 %6）</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1（待定）</translation>
    </message>
</context>
<context>
    <name>looma::EventNotifier</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>暂停提醒 1 小时</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>显示事件</translation>
    </message>
    <message>
        <source>Looma Ops Console</source>
        <translation>Looma 运维控制台</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>暂停 1 小时</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more new critical event(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个新的严重事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical event</source>
        <translation>严重事件</translation>
    </message>
    <message>
        <source>Critical event: %1</source>
        <translation>严重事件：%1</translation>
    </message>
</context>
<context>
    <name>looma::EventStateProxy</name>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
</context>
<context>
    <name>looma::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Prometheus alerts, health transitions, failover events and the audit log, newest first.</source>
        <translation>Prometheus 告警、健康状态变化、故障转移事件和审计日志，最新的在前。</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>搜索事件…</translation>
    </message>
    <message>
        <source>%1 of %2 events shown; %3 critical unacknowledged</source>
        <translation>显示 %2 个事件中的 %1 个；%3 个严重事件未确认</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Hide acknowledged</source>
        <translation>隐藏已确认</translation>
    </message>
    <message>
        <source>&amp;Minimum severity:</source>
        <translation>最低严重级别(&amp;M)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>&amp;Acknowledge selected</source>
        <translation>确认所选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Snooze notifications 1 h</source>
        <translation>暂停通知 1 小时(&amp;S)</translation>
    </message>
    <message>
        <source>⚠ Prometheus did not answer the last alerts poll; the alerts shown are the last ones received.</source>
        <translation>⚠ Prometheus 未响应最近一次告警轮询；显示的是最后收到的告警。</translation>
    </message>
</context>
<context>
    <name>looma::FailoverGroupModel</name>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主</translation>
    </message>
    <message>
        <source>Primary health</source>
        <translation>主实例健康</translation>
    </message>
    <message>
        <source>Standbys</source>
        <translation>备实例</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代次</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>unknown service #%1</source>
        <translation>未知服务 #%1</translation>
    </message>
    <message>
        <source>%1 of %2 instances</source>
        <translation>%1 / %2 个实例</translation>
    </message>
</context>
<context>
    <name>looma::FailoverPage</name>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>Each failover group with its primary and standbys, and manual switchover with candidate, reason and confirmation.</source>
        <translation>各故障转移组及其主实例和备实例，以及手动切换（选择候选实例、填写原因并确认）。</translation>
    </message>
    <message>
        <source>Filter failover groups…</source>
        <translation>筛选故障转移组…</translation>
    </message>
    <message>
        <source>Switch over…</source>
        <translation>切换…</translation>
    </message>
    <message>
        <source>Acknowledge cooldown…</source>
        <translation>确认冷却期…</translation>
    </message>
    <message>
        <source>Set maintenance…</source>
        <translation>设置维护…</translation>
    </message>
    <message>
        <source>Clear maintenance…</source>
        <translation>解除维护…</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>unknown (no registry connection)</source>
        <translation>未知（无注册中心连接）</translation>
    </message>
    <message>
        <source>none: the group never failed over</source>
        <translation>无：该组从未发生故障转移</translation>
    </message>
    <message>
        <source>until %1 (last failover %2)</source>
        <translation>至 %1（上次故障转移：%2）</translation>
    </message>
    <message>
        <source>acknowledged (last failover %1)</source>
        <translation>已确认（上次故障转移：%1）</translation>
    </message>
    <message>
        <source>over (last failover %1)</source>
        <translation>已结束（上次故障转移：%1）</translation>
    </message>
    <message>
        <source>Ready: the switchover asks for a candidate, a reason and a confirmation.</source>
        <translation>就绪：切换时需要选择候选实例、填写原因并确认。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>looma::FailoverPolicy</name>
    <message>
        <source>Primary #%1 of group %2 failed %3 consecutive checks (fall %4); promoting standby #%5.</source>
        <translation>组 %2 的主实例 #%1 连续 %3 次检查失败（失败阈值 %4）；正在提升备实例 #%5。</translation>
    </message>
    <message>
        <source>Group %1 has no instances.</source>
        <translation>组 %1 没有实例。</translation>
    </message>
    <message>
        <source>Instances of group %1 disagree on the generation; fix the registry first.</source>
        <translation>组 %1 的实例代次不一致；请先修复注册中心。</translation>
    </message>
    <message>
        <source>Group %1 has no primary; an operator must choose one.</source>
        <translation>组 %1 没有主实例；需要运维人员指定一个。</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2 is not critical.</source>
        <translation>组 %2 的主实例 #%1 不处于严重状态。</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2 failed %3 of the %4 consecutive checks needed.</source>
        <translation>组 %2 的主实例 #%1 已连续失败 %3 次，需要 %4 次。</translation>
    </message>
    <message>
        <source>The console is read-only; automatic failover is off.</source>
        <translation>控制台处于只读模式；自动故障转移已关闭。</translation>
    </message>
    <message>
        <source>Another console holds the leadership; only the leader fails over.</source>
        <translation>另一个控制台持有领导权；只有领导者执行故障转移。</translation>
    </message>
    <message>
        <source>%1 % of all checks fail at once (threshold %2 %): this console&apos;s own network is suspect, so nothing fails over.</source>
        <translation>所有检查中有 %1 % 同时失败（阈值 %2 %）：怀疑本控制台自身网络有问题，因此不做任何故障转移。</translation>
    </message>
    <message>
        <source>Prometheus still sees primary #%1 up; the two observers disagree.</source>
        <translation>Prometheus 仍认为主实例 #%1 在线；两个观测方结论不一致。</translation>
    </message>
    <message>
        <source>Primary #%1 of group %2, its node or its region is under maintenance.</source>
        <translation>组 %2 的主实例 #%1、其节点或其地域正在维护中。</translation>
    </message>
    <message>
        <source>Group %1 failed over at %2; cooldown until %3 unless an operator acknowledges it.</source>
        <translation>组 %1 已于 %2 发生故障转移；冷却期至 %3，除非运维人员确认。</translation>
    </message>
    <message>
        <source>Group %1 has no passing standby outside maintenance to promote.</source>
        <translation>组 %1 没有可提升的、不在维护中的正常备实例。</translation>
    </message>
</context>
<context>
    <name>looma::FailoverService</name>
    <message>
        <source>The webhook was removed while the promotion ran; nobody was told.</source>
        <translation>提升过程中 Webhook 被移除；未通知任何一方。</translation>
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
        <translation>故障转移组：主实例位于哪个云</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Cloud · zone</source>
        <translation>云 · 可用区</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主实例</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>列出原因</translation>
    </message>
    <message>
        <source>%1: %2 primaries · %3: %4 primaries · without primary: %5 · groups: %6</source>
        <translation>%1：%2 个主实例 · %3：%4 个主实例 · 无主实例：%5 · 组总数：%6</translation>
    </message>
    <message>
        <source>No group has its primary in a zone with problems.</source>
        <translation>没有组的主实例位于存在问题的可用区。</translation>
    </message>
    <message>
        <source>%1 groups have their primary where something is wrong; the worst %2 are listed.</source>
        <translation>%1 个组的主实例所在位置存在问题；列出最严重的 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) have their primary where something is wrong:</source>
        <translation>
            <numerusform>%n 个组的主实例所在位置存在问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>looma::FailoverWorker</name>
    <message>
        <source>Cannot connect to the registry: %1</source>
        <translation>无法连接注册中心：%1</translation>
    </message>
</context>
<context>
    <name>looma::FieldChecks</name>
    <message>
        <source>host name must have 1 to 253 characters</source>
        <translation>主机名必须为 1 到 253 个字符</translation>
    </message>
    <message>
        <source>host name contains &apos;%1&apos;</source>
        <translation>主机名包含“%1”</translation>
    </message>
    <message>
        <source>host name label longer than 63 characters</source>
        <translation>主机名中的某段超过 63 个字符</translation>
    </message>
    <message>
        <source>host name is malformed</source>
        <translation>主机名格式错误</translation>
    </message>
    <message>
        <source>IP address must have 1 to 45 characters</source>
        <translation>IP 地址必须为 1 到 45 个字符</translation>
    </message>
    <message>
        <source>IP address contains &apos;%1&apos;</source>
        <translation>IP 地址包含“%1”</translation>
    </message>
    <message>
        <source>IPv4 address needs four parts</source>
        <translation>IPv4 地址需要四段</translation>
    </message>
    <message>
        <source>endpoint is empty</source>
        <translation>端点为空</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; has no port</source>
        <translation>端点“%1”没有端口</translation>
    </message>
    <message>
        <source>IPv6 endpoint must be written [address]:port</source>
        <translation>IPv6 端点必须写作 [地址]:端口</translation>
    </message>
    <message>
        <source>endpoint port &quot;%1&quot; is not 1..65535</source>
        <translation>端点端口“%1”不在 1..65535 范围内</translation>
    </message>
    <message>
        <source>URL longer than 2048 characters</source>
        <translation>URL 超过 2048 个字符</translation>
    </message>
    <message>
        <source>malformed URL: %1</source>
        <translation>URL 格式错误：%1</translation>
    </message>
    <message>
        <source>URL scheme must be http or https</source>
        <translation>URL 协议必须是 http 或 https</translation>
    </message>
    <message>
        <source>URL has no host</source>
        <translation>URL 没有主机名</translation>
    </message>
    <message>
        <source>check path must start with &apos;/&apos;</source>
        <translation>检查路径必须以“/”开头</translation>
    </message>
    <message>
        <source>check path contains a space or control character</source>
        <translation>检查路径包含空格或控制字符</translation>
    </message>
    <message>
        <source>timeout must be shorter than the interval</source>
        <translation>超时必须短于间隔</translation>
    </message>
</context>
<context>
    <name>looma::FieldReader</name>
    <message>
        <source>missing column</source>
        <translation>缺少列</translation>
    </message>
    <message>
        <source>NULL where a value is required</source>
        <translation>必填值为 NULL</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 不在 %2..%3 范围内</translation>
    </message>
    <message>
        <source>NULL where text is required</source>
        <translation>必填文本为 NULL</translation>
    </message>
    <message>
        <source>%1 bytes, longer than the %2 characters allowed</source>
        <translation>%1 字节，超过允许的 %2 个字符</translation>
    </message>
    <message>
        <source>length %1 is outside %2..%3</source>
        <translation>长度 %1 不在 %2..%3 范围内</translation>
    </message>
    <message>
        <source>NULL where a time is required</source>
        <translation>必填时间为 NULL</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>不是时间</translation>
    </message>
    <message>
        <source>unknown word (too long)</source>
        <translation>未知的词（过长）</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot;</source>
        <translation>未知的词“%1”</translation>
    </message>
</context>
<context>
    <name>looma::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Path to a file</source>
        <translation>文件路径</translation>
    </message>
</context>
<context>
    <name>looma::FleetChartsPanel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nodes by status per region</source>
        <translation>各地域节点状态分布</translation>
    </message>
    <message>
        <source>Nodes by CPU utilisation (% up to)</source>
        <translation>节点 CPU 利用率分布（% 上限）</translation>
    </message>
</context>
<context>
    <name>looma::GroupDetailsPane</name>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>主实例：</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>代次：</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>维护：</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>冷却期：</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>调度器：</translation>
    </message>
    <message>
        <source>Blocked by:</source>
        <translation>阻止原因：</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>未选择组</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none: an operator must choose one</source>
        <translation>无：需要运维人员指定一个</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>至 %1：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no scheduler runs in this console</source>
        <translation>本控制台未运行调度器</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>failed over automatically at %1</source>
        <translation>已于 %1 自动故障转移</translation>
    </message>
    <message>
        <source>would fail over (%1)</source>
        <translation>将执行故障转移（%1）</translation>
    </message>
    <message>
        <source>holds (%1)</source>
        <translation>保持不变（%1）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1; failed over automatically at %2</source>
        <translation>%1；已于 %2 自动故障转移</translation>
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
        <translation>健康状态为%1</translation>
    </message>
    <message>
        <source>its node is not in the registry</source>
        <translation>其节点不在注册中心中</translation>
    </message>
    <message>
        <source>node %1 is %2</source>
        <translation>节点 %1 状态为%2</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>weight 0 (never routed to)</source>
        <translation>权重为 0（不会路由到此实例）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>looma::InstanceTableModel</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Failover group</source>
        <translation>故障转移组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>代次</translation>
    </message>
    <message>
        <source>unknown service #%1</source>
        <translation>未知服务 #%1</translation>
    </message>
    <message>
        <source>unknown node #%1</source>
        <translation>未知节点 #%1</translation>
    </message>
</context>
<context>
    <name>looma::LeaderElectionWorker</name>
    <message>
        <source>Leadership connection failed: %1</source>
        <translation>领导权连接失败：%1</translation>
    </message>
    <message>
        <source>The leadership lock is no longer held by this session.</source>
        <translation>本会话已不再持有领导权锁。</translation>
    </message>
    <message>
        <source>Leadership connection lost: %1</source>
        <translation>领导权连接已断开：%1</translation>
    </message>
</context>
<context>
    <name>looma::MainWindow</name>
    <message>
        <source>Problems with the settings file:</source>
        <translation>设置文件存在问题：</translation>
    </message>
    <message>
        <source>About Looma Ops Console</source>
        <translation>关于 Looma 运维控制台</translation>
    </message>
    <message>
        <source>Looma Ops Console %1

Cross-cloud status, AI services, CRM dashboards and failover for Looma CRM on Tencent Cloud and Alibaba Cloud.</source>
        <translation>Looma 运维控制台 %1

面向腾讯云和阿里云上 Looma CRM 的跨云状态、AI 服务、CRM 仪表盘与故障转移。</translation>
    </message>
    <message>
        <source>Looma Ops Console</source>
        <translation>Looma 运维控制台</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>在本页查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Looma Ops Console</source>
        <translation>关于 Looma 运维控制台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>looma::Migrator</name>
    <message>
        <source>Lost the connection to the registry while %1: %2</source>
        <translation>%1 时与注册中心的连接断开：%2</translation>
    </message>
    <message>
        <source>Registry error while %1: %2</source>
        <translation>%1 时注册中心出错：%2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取架构版本</translation>
    </message>
    <message>
        <source>The registry schema is at version %1, newer than version %2, the newest this console knows. Upgrade the console; it will not touch a newer schema.</source>
        <translation>注册中心架构版本为 %1，高于本控制台所知的最新版本 %2。请升级控制台；它不会改动更新的架构。</translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation>迁移架构</translation>
    </message>
    <message>
        <source>Migration %1_%2 changed since it was applied (checksum differs); it is not re-run.</source>
        <translation>迁移 %1_%2 在应用之后被修改过（校验和不同）；不会重新执行。</translation>
    </message>
    <message>
        <source>applying %1</source>
        <translation>应用 %1</translation>
    </message>
</context>
<context>
    <name>looma::NodeDetailPanel</name>
    <message>
        <source>No node selected</source>
        <translation>未选择节点</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 · %5 · %6 cores · %7 MB</source>
        <translation>%1 · %2 · %3
%4 · %5 · %6 核 · %7 MB</translation>
    </message>
    <message>
        <source>unknown cluster</source>
        <translation>未知集群</translation>
    </message>
    <message>
        <source>unknown zone</source>
        <translation>未知可用区</translation>
    </message>
    <message>
        <source>Service instances on this node:</source>
        <translation>此节点上的服务实例：</translation>
    </message>
    <message>
        <source>CPU utilisation, last hour</source>
        <translation>CPU 利用率（最近 1 小时）</translation>
    </message>
    <message>
        <source>Memory utilisation, last hour</source>
        <translation>内存利用率（最近 1 小时）</translation>
    </message>
</context>
<context>
    <name>looma::NodeFilterBar</name>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>所有集群</translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation>%1 / %2 个节点</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All clouds</source>
        <translation>所有云</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
</context>
<context>
    <name>looma::NodeSeriesChart</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1（数据过期）</translation>
    </message>
</context>
<context>
    <name>looma::NodeTableModel</name>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>unknown cluster #%1</source>
        <translation>未知集群 #%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
</context>
<context>
    <name>looma::OperatorActions</name>
    <message>
        <source>Maintenance needs a reason.</source>
        <translation>设置维护需要填写原因。</translation>
    </message>
    <message>
        <source>No %1 matches %2; nothing changed.</source>
        <translation>没有与 %2 匹配的 %1；未做任何更改。</translation>
    </message>
    <message>
        <source>Maintenance set on %1 until %2.</source>
        <translation>已为 %1 设置维护，至 %2。</translation>
    </message>
    <message>
        <source>Maintenance cleared on %1.</source>
        <translation>已解除 %1 的维护。</translation>
    </message>
    <message>
        <source>Maintenance on %1 failed; nothing changed (%2).</source>
        <translation>为 %1 设置维护失败；未做任何更改（%2）。</translation>
    </message>
    <message>
        <source>Acknowledging a cooldown needs a reason.</source>
        <translation>确认冷却期需要填写原因。</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>组 %1 不存在。</translation>
    </message>
    <message>
        <source>Cooldown of group %1 acknowledged: automatic failover may act again.</source>
        <translation>已确认组 %1 的冷却期：自动故障转移可再次执行。</translation>
    </message>
    <message>
        <source>Acknowledging the cooldown of group %1 failed (%2).</source>
        <translation>确认组 %1 的冷却期失败（%2）。</translation>
    </message>
    <message>
        <source>Database role %1 may not fail over: it lacks %2.</source>
        <translation>数据库角色 %1 无权执行故障转移：缺少 %2。</translation>
    </message>
    <message>
        <source>The permission check failed (%1).</source>
        <translation>权限检查失败（%1）。</translation>
    </message>
</context>
<context>
    <name>looma::OperatorReasonDialog</name>
    <message>
        <source>Recorded in the audit log.</source>
        <translation>将记录到审计日志。</translation>
    </message>
    <message>
        <source>Acknowledge cooldown of %1</source>
        <translation>确认 %1 的冷却期</translation>
    </message>
    <message>
        <source>The group failed over recently. Acknowledging the cooldown lets a manual or automatic failover act again before it ends. The acknowledgement is audited.</source>
        <translation>该组最近发生过故障转移。确认冷却期后，冷却期结束前即可再次执行手动或自动故障转移。此确认操作会被审计。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Set maintenance on %1</source>
        <translation>为 %1 设置维护</translation>
    </message>
    <message>
        <source>Every instance of the group goes into maintenance: automatic failover leaves the group alone until the time ends or maintenance is cleared.</source>
        <translation>该组的所有实例都将进入维护：在维护时间结束或维护被解除之前，自动故障转移不会处理该组。</translation>
    </message>
    <message>
        <source>Set maintenance</source>
        <translation>设置维护</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>持续时间：</translation>
    </message>
    <message>
        <source>Clear maintenance on %1</source>
        <translation>解除 %1 的维护</translation>
    </message>
    <message>
        <source>Every instance of the group leaves maintenance now: automatic failover may act on it again.</source>
        <translation>该组的所有实例将立即退出维护：自动故障转移可再次处理该组。</translation>
    </message>
    <message>
        <source>Clear maintenance</source>
        <translation>解除维护</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>looma::PollingSettingsGroup</name>
    <message>
        <source>Refresh and labels</source>
        <translation>刷新与标签</translation>
    </message>
    <message>
        <source>&amp;Registry poll every:</source>
        <translation>注册中心轮询间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Prometheus re&amp;fresh every:</source>
        <translation>Prometheus 刷新间隔(&amp;F)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Node label:</source>
        <translation>节点标签(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service label:</source>
        <translation>服务标签(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cluster label:</source>
        <translation>集群标签(&amp;C)：</translation>
    </message>
    <message>
        <source>The Prometheus label that names the node, e.g. node or instance.</source>
        <translation>表示节点的 Prometheus 标签，例如 node 或 instance。</translation>
    </message>
    <message>
        <source>The Prometheus label that names the service, e.g. service or job.</source>
        <translation>表示服务的 Prometheus 标签，例如 service 或 job。</translation>
    </message>
    <message>
        <source>The Prometheus label that names the cluster.</source>
        <translation>表示集群的 Prometheus 标签。</translation>
    </message>
</context>
<context>
    <name>looma::ProbeClient</name>
    <message>
        <source>malformed HTTP response</source>
        <translation>HTTP 响应格式错误</translation>
    </message>
    <message>
        <source>response too large (over %1 bytes)</source>
        <translation>响应过大（超过 %1 字节）</translation>
    </message>
    <message>
        <source>connection closed before a complete response</source>
        <translation>在收到完整响应前连接已关闭</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>HTTP 429: the target is shedding load</source>
        <translation>HTTP 429：目标正在限流</translation>
    </message>
    <message>
        <source>HTTP %1, expected %2</source>
        <translation>HTTP %1，期望 %2</translation>
    </message>
    <message>
        <source>the response body does not contain the expected text</source>
        <translation>响应体中没有期望的文本</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
</context>
<context>
    <name>looma::ProbeRequestFactory</name>
    <message>
        <source>health-check URL is not a valid http:// URL: %1</source>
        <translation>健康检查 URL 不是有效的 http:// URL：%1</translation>
    </message>
    <message>
        <source>endpoint is not host:port: %1</source>
        <translation>端点不是 主机:端口 形式：%1</translation>
    </message>
    <message>
        <source>health-check host is not an IP address: %1</source>
        <translation>健康检查主机不是 IP 地址：%1</translation>
    </message>
    <message>
        <source>health-check port out of range: %1</source>
        <translation>健康检查端口超出范围：%1</translation>
    </message>
</context>
<context>
    <name>looma::PromClient</name>
    <message>
        <source>No PEM certificate could be read from the CA file %1.</source>
        <translation>无法从 CA 文件 %1 中读取 PEM 证书。</translation>
    </message>
    <message>
        <source>Prometheus did not answer within %1 s.</source>
        <translation>Prometheus 在 %1 秒内未响应。</translation>
    </message>
    <message>
        <source>The TLS connection to Prometheus failed: %1</source>
        <translation>与 Prometheus 的 TLS 连接失败：%1</translation>
    </message>
    <message>
        <source>Prometheus redirected to %1; redirects to another host are refused.</source>
        <translation>Prometheus 重定向到 %1；拒绝重定向到其他主机。</translation>
    </message>
    <message>
        <source>Cannot reach Prometheus at %1: %2</source>
        <translation>无法访问 %1 上的 Prometheus：%2</translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer is larger than the limit of %1 MB; narrow the query (aggregate with by (...)) or raise the limit.</source>
        <translation>Prometheus 的响应超过 %1 MB 的上限；请缩小查询范围（用 by (...) 聚合）或提高上限。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>looma::PrometheusHealthSource</name>
    <message>
        <source>Prometheus: %1 = %2</source>
        <translation>Prometheus：%1 = %2</translation>
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
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>http://prometheus.example:9090</source>
        <translation>http://prometheus.example:9090</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token (from a file)</source>
        <translation>Bearer 令牌（来自文件）</translation>
    </message>
    <message>
        <source>Basic (user + password file)</source>
        <translation>Basic（用户名 + 密码文件）</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>密码文件(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Tokens and passwords stay in their files; only the paths are saved. Leave the CA file empty to use the system&apos;s certificates.</source>
        <translation>令牌和密码保留在各自的文件中；只保存文件路径。CA 文件留空则使用系统证书。</translation>
    </message>
    <message>
        <source>Choose the bearer token file</source>
        <translation>选择 Bearer 令牌文件</translation>
    </message>
    <message>
        <source>Choose the password file</source>
        <translation>选择密码文件</translation>
    </message>
    <message>
        <source>Choose a CA certificate file (PEM)</source>
        <translation>选择 CA 证书文件（PEM）</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>系统证书</translation>
    </message>
</context>
<context>
    <name>looma::PromotionTransaction</name>
    <message>
        <source>A failover needs a reason.</source>
        <translation>故障转移需要填写原因。</translation>
    </message>
    <message>
        <source>The connection broke during COMMIT; whether group %1 failed over is unknown. Check the registry before acting again (%2).</source>
        <translation>COMMIT 期间连接中断；无法确定组 %1 是否已完成故障转移。再次操作前请先检查注册中心（%2）。</translation>
    </message>
    <message>
        <source>The connection to the registry broke; the transaction rolled back and nothing changed (%1).</source>
        <translation>与注册中心的连接中断；事务已回滚，未做任何更改（%1）。</translation>
    </message>
    <message>
        <source>The failover of group %1 failed and rolled back; nothing changed (%2).</source>
        <translation>组 %1 的故障转移失败并已回滚；未做任何更改（%2）。</translation>
    </message>
    <message>
        <source>Group %1 does not exist.</source>
        <translation>组 %1 不存在。</translation>
    </message>
    <message>
        <source>Instances of group %1 disagree on the generation; nothing changed.</source>
        <translation>组 %1 的实例代次不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>This console no longer holds the leadership; nothing changed.</source>
        <translation>本控制台已不再持有领导权；未做任何更改。</translation>
    </message>
    <message>
        <source>The group changed since the decision (generation %1, now %2); nothing changed.</source>
        <translation>决策之后组已发生变化（代次 %1，现为 %2）；未做任何更改。</translation>
    </message>
    <message>
        <source>The primary of group %1 changed since the decision (#%2, now #%3); nothing changed.</source>
        <translation>决策之后组 %1 的主实例已变化（#%2，现为 #%3）；未做任何更改。</translation>
    </message>
    <message>
        <source>Instance #%1 is not in group %2; nothing changed.</source>
        <translation>实例 #%1 不在组 %2 中；未做任何更改。</translation>
    </message>
    <message>
        <source>Instance #%1 is already the primary; nothing changed.</source>
        <translation>实例 #%1 已经是主实例；未做任何更改。</translation>
    </message>
    <message>
        <source>Instance #%1 is not a standby (role %2); nothing changed.</source>
        <translation>实例 #%1 不是备实例（角色 %2）；未做任何更改。</translation>
    </message>
    <message>
        <source>Group %1: instance #%2 is the primary now (generation %3).</source>
        <translation>组 %1：实例 #%2 现在是主实例（代次 %3）。</translation>
    </message>
    <message>
        <source>(The attempt could not be recorded: %1)</source>
        <translation>（无法记录此次尝试：%1）</translation>
    </message>
    <message>
        <source>Failover event %1 is not a committed event.</source>
        <translation>故障转移事件 %1 不是已提交的事件。</translation>
    </message>
</context>
<context>
    <name>looma::ReadOnlyIndicator</name>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read-only mode: failover and every other change to the fleet are disabled.</source>
        <translation>只读模式：故障转移及其他所有改动集群的操作均被禁用。</translation>
    </message>
</context>
<context>
    <name>looma::RegionSummaryModel</name>
    <message>
        <source>(unknown location)</source>
        <translation>（未知位置）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>在线节点</translation>
    </message>
    <message>
        <source>Nodes down</source>
        <translation>离线节点</translation>
    </message>
    <message>
        <source>Nodes draining</source>
        <translation>排空中的节点</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>looma::RegistryClient</name>
    <message>
        <source>The registry client is not running</source>
        <translation>注册中心客户端未运行</translation>
    </message>
</context>
<context>
    <name>looma::RegistryConnection</name>
    <message>
        <source>libpq defaults (PG* environment, service file)</source>
        <translation>libpq 默认值（PG* 环境变量、服务文件）</translation>
    </message>
    <message>
        <source>Cannot connect to the registry (%1): %2</source>
        <translation>无法连接注册中心（%1）：%2</translation>
    </message>
</context>
<context>
    <name>looma::RegistrySettingsGroup</name>
    <message>
        <source>Service registry (PostgreSQL)</source>
        <translation>服务注册中心（PostgreSQL）</translation>
    </message>
    <message>
        <source>Connection &amp;DSN:</source>
        <translation>连接 DSN(&amp;D)：</translation>
    </message>
    <message>
        <source>host=db.example port=5432 dbname=looma_registry user=looma_ops</source>
        <translation>host=db.example port=5432 dbname=looma_registry user=looma_ops</translation>
    </message>
    <message>
        <source>or libpq ser&amp;vice:</source>
        <translation>或 libpq 服务名(&amp;V)：</translation>
    </message>
    <message>
        <source>a [name] from pg_service.conf</source>
        <translation>pg_service.conf 中的 [名称]</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL 模式(&amp;M)：</translation>
    </message>
    <message>
        <source>No password here: libpq reads it from PGPASSFILE (~/.pgpass) or the service file, so this settings file holds no secret.</source>
        <translation>此处不填密码：libpq 从 PGPASSFILE（~/.pgpass）或服务文件读取密码，因此本设置文件不含任何密钥。</translation>
    </message>
</context>
<context>
    <name>looma::RegistryWorker</name>
    <message>
        <source>Showing the cached registry snapshot from %1 while connecting</source>
        <translation>连接期间显示 %1 时缓存的注册中心快照</translation>
    </message>
    <message>
        <source>The registry database has no Looma schema; run &quot;looma-ops migrate&quot; first</source>
        <translation>注册中心数据库中没有 Looma 架构；请先运行“looma-ops migrate”</translation>
    </message>
    <message>
        <source>Registry error while connecting: %1</source>
        <translation>连接时注册中心出错：%1</translation>
    </message>
    <message>
        <source>Registry query failed: %1</source>
        <translation>注册中心查询失败：%1</translation>
    </message>
    <message>
        <source>Lost the registry connection: %1</source>
        <translation>与注册中心的连接已断开：%1</translation>
    </message>
    <message>
        <source>The registry is not connected</source>
        <translation>注册中心未连接</translation>
    </message>
</context>
<context>
    <name>looma::RejectedRowsBanner</name>
    <message numerus="yes">
        <source>The registry holds %n row(s) the console cannot read; they are left out:</source>
        <translation>
            <numerusform>注册中心中有 %n 行数据无法被控制台读取，已略去：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log).</source>
        <translation>
            <numerusform>…另有 %n 行（详见日志）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>looma::ReportCollector</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>The registry is not configured.</source>
        <translation>未配置注册中心。</translation>
    </message>
    <message>
        <source>Registry skipped</source>
        <translation>已跳过注册中心</translation>
    </message>
    <message>
        <source>Registry failed</source>
        <translation>注册中心失败</translation>
    </message>
    <message>
        <source>Registry read</source>
        <translation>已读取注册中心</translation>
    </message>
    <message>
        <source>Prometheus is not configured.</source>
        <translation>未配置 Prometheus。</translation>
    </message>
    <message>
        <source>Prometheus query failed</source>
        <translation>Prometheus 查询失败</translation>
    </message>
    <message>
        <source>Prometheus answered (%1)</source>
        <translation>Prometheus 已响应（%1）</translation>
    </message>
    <message>
        <source>Data collected</source>
        <translation>数据已收集</translation>
    </message>
</context>
<context>
    <name>looma::ReportJob</name>
    <message>
        <source>Report written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <source>No output path was given.</source>
        <translation>未指定输出路径。</translation>
    </message>
    <message>
        <source>Rendering the report</source>
        <translation>正在生成报告</translation>
    </message>
</context>
<context>
    <name>looma::ReportPresets</name>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
</context>
<context>
    <name>looma::ReportRequest</name>
    <message>
        <source>The start of the range is missing or not a valid ISO 8601 time.</source>
        <translation>范围起点缺失或不是有效的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>The end of the range is missing or not a valid ISO 8601 time.</source>
        <translation>范围终点缺失或不是有效的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>The range must start before it ends (from %1, to %2).</source>
        <translation>范围的起点必须早于终点（从 %1 到 %2）。</translation>
    </message>
    <message>
        <source>The range is %1 days long; a report covers at most %2 days.</source>
        <translation>范围长达 %1 天；一份报告最多覆盖 %2 天。</translation>
    </message>
    <message>
        <source>The range ends in the future (%1); it may end at most %2 minutes after now (%3).</source>
        <translation>范围终点在未来（%1）；最多只能比现在（%3）晚 %2 分钟。</translation>
    </message>
    <message>
        <source>Unknown report language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知的报告语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>The scope names no cloud or service.</source>
        <translation>范围中没有指定云或服务。</translation>
    </message>
</context>
<context>
    <name>looma::ReportText</name>
    <message>
        <source>AI request rate</source>
        <translation>AI 请求速率</translation>
    </message>
    <message>
        <source>AI error rate</source>
        <translation>AI 错误率</translation>
    </message>
    <message>
        <source>AI p95 latency</source>
        <translation>AI p95 延迟</translation>
    </message>
    <message>
        <source>CPU utilisation by cloud</source>
        <translation>各云 CPU 利用率</translation>
    </message>
    <message>
        <source>SLA and incident report</source>
        <translation>SLA 与故障报告</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Data gaps</source>
        <translation>数据缺口</translation>
    </message>
    <message>
        <source>None: every source answered.</source>
        <translation>无：所有数据源均有响应。</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>SLA summary</source>
        <translation>SLA 摘要</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Error budget used</source>
        <translation>已用错误预算</translation>
    </message>
    <message>
        <source>Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3.</source>
        <translation>目标：可用性 ≥ %1，p95 延迟 ≤ %2，错误率 ≤ %3。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>No incidents in this range.</source>
        <translation>此时间范围内没有故障。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障转移</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>集群规模</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>在线节点</translation>
    </message>
    <message>
        <source>Nodes down</source>
        <translation>离线节点</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Node counts are the registry&apos;s at generation time; utilisation is the mean over the range.</source>
        <translation>节点数为生成报告时注册中心中的数量；利用率为该时间范围内的平均值。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No data for this chart.</source>
        <translation>此图表没有数据。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>云：%1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Looma CRM</source>
        <translation>Looma CRM</translation>
    </message>
    <message>
        <source>SLA summary (service rows)</source>
        <translation>SLA 摘要（按服务）</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>集群规模</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Availability is the share of requests that did not fail (5xx for AI services, status &quot;error&quot; for the CRM); p95 comes from Prometheus&apos;s histogram_quantile over the whole range.</source>
        <translation>可用性是未失败请求的占比（AI 服务以 5xx 计，CRM 以状态“error”计）；p95 由 Prometheus 的 histogram_quantile 在整个时间范围上计算得出。</translation>
    </message>
</context>
<context>
    <name>looma::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Daily and weekly SLA reports and incident reports, exported as PDF, HTML or CSV.</source>
        <translation>每日和每周 SLA 报告及故障报告，可导出为 PDF、HTML 或 CSV。</translation>
    </message>
    <message>
        <source>Filter reports…</source>
        <translation>筛选报告…</translation>
    </message>
    <message>
        <source>Whole fleet</source>
        <translation>全部集群</translation>
    </message>
    <message>
        <source>One cloud</source>
        <translation>单个云</translation>
    </message>
    <message>
        <source>One service</source>
        <translation>单个服务</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reports written in this session (double-click to open):</source>
        <translation>本次会话中写入的报告（双击打开）：</translation>
    </message>
    <message>
        <source>File (PDF, HTML) or folder (CSV)</source>
        <translation>文件（PDF、HTML）或文件夹（CSV）</translation>
    </message>
    <message>
        <source>Looma CRM (crm)</source>
        <translation>Looma CRM（crm）</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Cancelled; no report was written.</source>
        <translation>已取消；未写入任何报告。</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>the registry (%1)</source>
        <translation>注册中心（%1）</translation>
    </message>
    <message>
        <source>Prometheus (%1)</source>
        <translation>Prometheus（%1）</translation>
    </message>
    <message>
        <source>Could not reach %1; the report states the gaps. First error: %2</source>
        <translation>无法访问 %1；报告中已注明数据缺口。首个错误：%2</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
</context>
<context>
    <name>looma::SchedulerService</name>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus：%1</translation>
    </message>
    <message>
        <source>Writing health events failed: %1</source>
        <translation>写入健康事件失败：%1</translation>
    </message>
    <message>
        <source>Leadership: %1</source>
        <translation>领导权：%1</translation>
    </message>
    <message>
        <source>The Prometheus health source needs a Prometheus URL.</source>
        <translation>Prometheus 健康数据源需要 Prometheus URL。</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>注册中心：%1</translation>
    </message>
    <message>
        <source>Reading the groups&apos; last failovers failed (retrying): %1</source>
        <translation>读取各组最近的故障转移失败（正在重试）：%1</translation>
    </message>
    <message>
        <source>The second observer did not answer: %1</source>
        <translation>第二观测方未响应：%1</translation>
    </message>
    <message>
        <source>%1 of %2 checks (%3 %) failed in one sweep (threshold %4 %): this console&apos;s own network is suspect; automatic failover is held until it clears.</source>
        <translation>一轮检查中 %2 项有 %1 项失败（%3 %，阈值 %4 %）：怀疑本控制台自身网络有问题；在恢复之前暂停自动故障转移。</translation>
    </message>
    <message>
        <source>Recording the partition alert failed: %1</source>
        <translation>记录分区告警失败：%1</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
</context>
<context>
    <name>looma::SchedulerSettingsGroup</name>
    <message>
        <source>Automatic failover</source>
        <translation>自动故障转移</translation>
    </message>
    <message>
        <source>C&amp;ooldown per group:</source>
        <translation>每组冷却时间(&amp;O)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Partition &amp;guard at:</source>
        <translation>分区保护阈值(&amp;G)：</translation>
    </message>
    <message>
        <source> % of checks failing</source>
        <translation> % 的检查失败</translation>
    </message>
    <message>
        <source>After a failover a group is not failed over again within the cooldown. When this share of all checks fails at once, the console suspects its own network and raises an alert instead of failing anything over.</source>
        <translation>一个组发生故障转移后，在冷却时间内不会再次转移。当所有检查中有这么大比例同时失败时，控制台会怀疑自身网络有问题，只发出告警而不做任何故障转移。</translation>
    </message>
</context>
<context>
    <name>looma::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Not applied. Please correct:</source>
        <translation>未应用。请更正：</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Settings applied and saved.</source>
        <translation>设置已应用并保存。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
</context>
<context>
    <name>looma::SnapshotCache</name>
    <message>
        <source>Cannot write the snapshot cache %1: %2</source>
        <translation>无法写入快照缓存 %1：%2</translation>
    </message>
    <message>
        <source>No snapshot cache at %1</source>
        <translation>%1 处没有快照缓存</translation>
    </message>
    <message>
        <source>The snapshot cache %1 has an unknown format; ignored</source>
        <translation>快照缓存 %1 的格式未知；已忽略</translation>
    </message>
    <message>
        <source>The snapshot cache %1 is damaged; ignored</source>
        <translation>快照缓存 %1 已损坏；已忽略</translation>
    </message>
</context>
<context>
    <name>looma::SourceStatusWidget</name>
    <message>
        <source>Last data: %1</source>
        <translation>最近数据：%1</translation>
    </message>
    <message>
        <source>No data received yet.</source>
        <translation>尚未收到数据。</translation>
    </message>
    <message>
        <source>%1: not configured</source>
        <translation>%1：未配置</translation>
    </message>
    <message>
        <source>%1 is not configured. Enter it on the Settings page.</source>
        <translation>%1 未配置。请在设置页面填写。</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：正在连接…</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1：实时</translation>
    </message>
    <message>
        <source>%1: live · %2</source>
        <translation>%1：实时 · %2</translation>
    </message>
    <message>
        <source>%1: stale · no data yet</source>
        <translation>%1：数据陈旧 · 尚无数据</translation>
    </message>
    <message>
        <source>%1: stale · %2</source>
        <translation>%1：数据陈旧 · %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>looma::StatTile</name>
    <message>
        <source>⚠ Stale: showing the last known value</source>
        <translation>⚠ 数据过期：显示最后已知的值</translation>
    </message>
</context>
<context>
    <name>looma::SwitchoverDialog</name>
    <message>
        <source>Switch over %1</source>
        <translation>切换 %1</translation>
    </message>
    <message>
        <source>Switch over</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. Current primary: %4 (%5).</source>
        <translation>服务 &lt;b&gt;%2&lt;/b&gt; 的组 &lt;b&gt;%1&lt;/b&gt;，代次 %3。当前主实例：%4（%5）。</translation>
    </message>
    <message>
        <source>Group &lt;b&gt;%1&lt;/b&gt; of service &lt;b&gt;%2&lt;/b&gt;, generation %3. The group has no primary.</source>
        <translation>服务 &lt;b&gt;%2&lt;/b&gt; 的组 &lt;b&gt;%1&lt;/b&gt;，代次 %3。该组没有主实例。</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选实例</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Promote an unhealthy candidate anyway (I have checked it myself)</source>
        <translation>仍然提升不健康的候选实例（我已亲自检查）</translation>
    </message>
    <message>
        <source>Why this switchover? Recorded in the failover event and the audit log.</source>
        <translation>为什么要切换？原因将记录在故障转移事件和审计日志中。</translation>
    </message>
    <message>
        <source>Type the service name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>输入服务名 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Recorded as %1, database role %2.</source>
        <translation>记录身份：%1，数据库角色：%2。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Promote which standby?</source>
        <translation>要提升哪个备实例？</translation>
    </message>
    <message>
        <source>No connection for operator actions.</source>
        <translation>没有可用于运维操作的连接。</translation>
    </message>
    <message>
        <source>The group has no standby to promote.</source>
        <translation>该组没有可提升的备实例。</translation>
    </message>
    <message>
        <source>Choose the standby to promote.</source>
        <translation>请选择要提升的备实例。</translation>
    </message>
    <message>
        <source>This candidate is unhealthy: tick the override box to promote it anyway.</source>
        <translation>该候选实例不健康：如仍要提升，请勾选强制提升选项。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>原因超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Type the service name to confirm.</source>
        <translation>请输入服务名以确认。</translation>
    </message>
    <message>
        <source>Switching over to %1…</source>
        <translation>正在切换到 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Committed.&lt;/b&gt; %1 is the primary of %2 now, generation %3.</source>
        <translation>&lt;b&gt;已提交。&lt;/b&gt;%1 现在是 %2 的主实例，代次 %3。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused&lt;/b&gt;; nothing changed: %1</source>
        <translation>&lt;b&gt;已拒绝&lt;/b&gt;；未做任何更改：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;; nothing changed: %1</source>
        <translation>&lt;b&gt;失败&lt;/b&gt;；未做任何更改：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;In doubt&lt;/b&gt;: the connection broke while committing. Look at the registry before acting again. %1</source>
        <translation>&lt;b&gt;结果不确定&lt;/b&gt;：提交期间连接中断。再次操作前请先检查注册中心。%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>looma::SwitchoverGate</name>
    <message>
        <source>Select a failover group.</source>
        <translation>请选择一个故障转移组。</translation>
    </message>
    <message>
        <source>Read-only mode (--read-only): this console makes no changes.</source>
        <translation>只读模式（--read-only）：本控制台不做任何更改。</translation>
    </message>
    <message>
        <source>Read-only mode is on in the settings: this console makes no changes.</source>
        <translation>设置中已开启只读模式：本控制台不做任何更改。</translation>
    </message>
    <message>
        <source>No registry is configured.</source>
        <translation>未配置注册中心。</translation>
    </message>
    <message>
        <source>Connecting to the registry…</source>
        <translation>正在连接注册中心…</translation>
    </message>
    <message>
        <source>The registry data is stale: the view may no longer be current.</source>
        <translation>注册中心数据已过期：当前视图可能不是最新状态。</translation>
    </message>
    <message>
        <source>The registry is unreachable (%1): the view may no longer be current.</source>
        <translation>注册中心无法访问（%1）：当前视图可能不是最新状态。</translation>
    </message>
    <message>
        <source>Checking the database role&apos;s rights…</source>
        <translation>正在检查数据库角色的权限…</translation>
    </message>
    <message>
        <source>Database role %1 may not set maintenance.</source>
        <translation>数据库角色 %1 无权设置维护。</translation>
    </message>
    <message>
        <source>An operation on this group is running.</source>
        <translation>该组有操作正在进行。</translation>
    </message>
    <message>
        <source>Database role %1 may not fail over.</source>
        <translation>数据库角色 %1 无权执行故障转移。</translation>
    </message>
    <message>
        <source>Reading the group&apos;s last failover…</source>
        <translation>正在读取该组最近的故障转移…</translation>
    </message>
    <message>
        <source>In cooldown after the failover at %1, until %2. Acknowledge the cooldown to switch over earlier.</source>
        <translation>该组于 %1 发生故障转移，冷却期至 %2。如需提前切换，请先确认冷却期。</translation>
    </message>
</context>
<context>
    <name>looma::TimeSeriesChart</name>
    <message>
        <source>Target ≤ %1</source>
        <translation>目标 ≤ %1</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>目标 ≥ %1</translation>
    </message>
    <message>
        <source>No series: the query returned nothing for this window.</source>
        <translation>无数据序列：该时间范围内查询没有返回结果。</translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>正在等待首次刷新…</translation>
    </message>
    <message>
        <source>⚠ Stale: the last refresh failed; showing the previous data.</source>
        <translation>⚠ 数据过期：最近一次刷新失败，显示的是之前的数据。</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Showing the previous data.</source>
        <translation>⚠ 数据过期：%1 显示的是之前的数据。</translation>
    </message>
</context>
<context>
    <name>looma::WebhookActuator</name>
    <message>
        <source>Webhook %1 answered HTTP %2 (attempt %3 of %4).</source>
        <translation>Webhook %1 返回 HTTP %2（第 %3 次尝试，共 %4 次）。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Webhook %1 failed after %2 attempts; last error: %3.</source>
        <translation>Webhook %1 尝试 %2 次后失败；最后的错误：%3。</translation>
    </message>
</context>
<context>
    <name>looma::cli::HeadlessCommand</name>
    <message>
        <source>Runs the health-check and failover scheduler without a window.</source>
        <translation>以无窗口方式运行健康检查和故障转移调度器。</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>无窗口运行。</translation>
    </message>
    <message>
        <source>Registry connection string.</source>
        <translation>注册中心连接字符串。</translation>
    </message>
    <message>
        <source>Prometheus base URL (second observer, or the health source).</source>
        <translation>Prometheus 基础 URL（作为第二观测方或健康数据源）。</translation>
    </message>
    <message>
        <source>Never write: no failover, no leadership, no health events.</source>
        <translation>从不写入：不做故障转移，不争取领导权，不写健康事件。</translation>
    </message>
    <message>
        <source>Override every check policy&apos;s interval.</source>
        <translation>覆盖所有检查策略的间隔。</translation>
    </message>
    <message>
        <source>Cooldown after a group&apos;s failover, in seconds.</source>
        <translation>组发生故障转移后的冷却时间，单位为秒。</translation>
    </message>
    <message>
        <source>Failing share of all checks that trips the partition guard (0..1).</source>
        <translation>触发分区保护的检查失败比例（0..1）。</translation>
    </message>
    <message>
        <source>Name in health_events.observer and as the failover actor.</source>
        <translation>写入 health_events.observer 并作为故障转移执行者的名称。</translation>
    </message>
    <message>
        <source>probes (default) or prometheus.</source>
        <translation>probes（默认）或 prometheus。</translation>
    </message>
    <message>
        <source>Webhook POSTed after every committed failover.</source>
        <translation>每次故障转移提交后以 POST 方式调用的 Webhook。</translation>
    </message>
    <message>
        <source>Leadership retry and confirm interval.</source>
        <translation>领导权重试与确认间隔。</translation>
    </message>
    <message>
        <source>Give up (exit 3) when the registry stays unreachable this long at start.</source>
        <translation>启动时若注册中心持续无法访问达到此时长，则放弃（退出码 3）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Numbers out of range: --check-interval-ms 100.., --cooldown-s 0.., --leader-interval-ms 200.., --start-timeout-s 1.., --partition-share (0, 1].</source>
        <translation>数值超出范围：--check-interval-ms 100..、--cooldown-s 0..、--leader-interval-ms 200..、--start-timeout-s 1..、--partition-share (0, 1]。</translation>
    </message>
    <message>
        <source>--health-source prometheus needs --prometheus URL.</source>
        <translation>--health-source prometheus 需要 --prometheus URL。</translation>
    </message>
    <message>
        <source>--health-source is probes or prometheus, not %1.</source>
        <translation>--health-source 只能是 probes 或 prometheus，而不是 %1。</translation>
    </message>
    <message>
        <source>--webhook needs an http(s) URL.</source>
        <translation>--webhook 需要 http(s) URL。</translation>
    </message>
</context>
<context>
    <name>looma::cli::MigrateCommand</name>
    <message>
        <source>Apply the registry schema migrations built into this console.</source>
        <translation>应用本控制台内置的注册中心架构迁移。</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>子命令。</translation>
    </message>
    <message>
        <source>libpq connection string or URI. Without it, libpq&apos;s defaults apply (PGHOST, PGDATABASE, ... , service file, PGPASSFILE).</source>
        <translation>libpq 连接字符串或 URI。不提供时使用 libpq 默认值（PGHOST、PGDATABASE、……、服务文件、PGPASSFILE）。</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>libpq service name (pg_service.conf).</source>
        <translation>libpq 服务名（pg_service.conf）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No migrations are built into this console.</source>
        <translation>本控制台没有内置任何迁移。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Registry %1 is up to date at schema version %2; nothing to do.</source>
        <translation>注册中心 %1 已是最新的架构版本 %2；无需操作。</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>已应用 %1</translation>
    </message>
    <message>
        <source>Registry %1 migrated from schema version %2 to %3.</source>
        <translation>注册中心 %1 已从架构版本 %2 迁移到 %3。</translation>
    </message>
    <message>
        <source>looma-ops migrate: %1</source>
        <translation>looma-ops migrate：%1</translation>
    </message>
</context>
<context>
    <name>looma::cli::ReportCommand</name>
    <message>
        <source>Write an SLA and incident report for a time range.</source>
        <translation>为一个时间范围生成 SLA 与故障报告。</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>子命令。</translation>
    </message>
    <message>
        <source>Start of the range, ISO 8601 (UTC if no zone).</source>
        <translation>范围起点，ISO 8601 格式（未带时区时按 UTC）。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End of the range, ISO 8601 (UTC if no zone).</source>
        <translation>范围终点，ISO 8601 格式（未带时区时按 UTC）。</translation>
    </message>
    <message>
        <source>all, cloud:tencent, cloud:alibaba or service:NAME (service:crm for the CRM).</source>
        <translation>all、cloud:tencent、cloud:alibaba 或 service:名称（CRM 用 service:crm）。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>pdf, html or csv.</source>
        <translation>pdf、html 或 csv。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report language: zh_CN or en.</source>
        <translation>报告语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Output file (pdf, html) or directory (csv).</source>
        <translation>输出文件（pdf、html）或目录（csv）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Registry libpq DSN; default: libpq&apos;s defaults (PG* variables).</source>
        <translation>注册中心的 libpq DSN；默认使用 libpq 的默认值（PG* 环境变量）。</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Prometheus base URL.</source>
        <translation>Prometheus 基础 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>looma-ops report: %1</source>
        <translation>looma-ops report：%1</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;; use all, cloud:tencent, cloud:alibaba or service:NAME.</source>
        <translation>未知范围“%1”；请使用 all、cloud:tencent、cloud:alibaba 或 service:名称。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use pdf, html or csv.</source>
        <translation>未知格式“%1”；请使用 pdf、html 或 csv。</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>必须指定 --output。</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; is not valid.</source>
        <translation>Prometheus URL“%1”无效。</translation>
    </message>
    <message>
        <source>looma-ops report: data gap (%1, %2): %3</source>
        <translation>looma-ops report：数据缺口（%1，%2）：%3</translation>
    </message>
    <message>
        <source>looma-ops report: cannot write the report: %1</source>
        <translation>looma-ops report：无法写入报告：%1</translation>
    </message>
    <message>
        <source>looma-ops report: %1 (%2) did not answer every query; the report was written with the gaps stated in it.</source>
        <translation>looma-ops report：%1（%2）未响应所有查询；报告已写入，并注明了数据缺口。</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
</context>
</TS>
