<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>looma::ReportText</name>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="11" />
        <source>SLA and incident report</source>
        <translation>SLA 与故障报告</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="12" />
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="13" />
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="14" />
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="15" />
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="16" />
        <source>Data gaps</source>
        <translation>数据缺口</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="17" />
        <source>None: every source answered.</source>
        <translation>无：所有数据源均已响应。</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="18" />
        <source>reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="19" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="20" />
        <source>Registry</source>
        <translation>注册中心</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="21" />
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="22" />
        <source>SLA summary</source>
        <translation>SLA 汇总</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="23" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="24" />
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="25" />
        <source>Failed</source>
        <translation>失败数</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="26" />
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="27" />
        <location filename="../../work/main/ui/report/ReportText.cpp" line="76" />
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="28" />
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="29" />
        <source>Error budget used</source>
        <translation>已用错误预算</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="30" />
        <source>Targets: availability ≥ %1, p95 latency ≤ %2, error rate ≤ %3.</source>
        <translation>目标：可用性 ≥ %1，p95 延迟 ≤ %2，错误率 ≤ %3。</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="31" />
        <source>pass</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="32" />
        <source>FAIL</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="33" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="34" />
        <source>Incidents</source>
        <translation>故障事件</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="35" />
        <source>No incidents in this range.</source>
        <translation>此时间范围内无故障事件。</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="36" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="37" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="38" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="39" />
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="40" />
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="41" />
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="42" />
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="43" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="44" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="45" />
        <source>open</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="46" />
        <source>Outage</source>
        <translation>服务中断</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="47" />
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="48" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="49" />
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="50" />
        <source>Fleet</source>
        <translation>集群资源</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="51" />
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="52" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="53" />
        <source>Nodes up</source>
        <translation>在线节点</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="54" />
        <source>Nodes down</source>
        <translation>离线节点</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="55" />
        <source>Draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="56" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="57" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="58" />
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="59" />
        <source>Node counts are the registry's at generation time; utilisation is the mean over the range.</source>
        <translation>节点数取自生成报告时的注册中心；资源利用率为该时间范围内的平均值。</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="60" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="61" />
        <source>No data for this chart.</source>
        <translation>此图表无数据。</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="62" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="63" />
        <location filename="../../work/main/app/core/reports/ReportCollector.cpp" line="232" />
        <source>AI request rate</source>
        <translation>AI 请求速率</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="64" />
        <location filename="../../work/main/app/core/reports/ReportCollector.cpp" line="234" />
        <source>AI error rate</source>
        <translation>AI 错误率</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="65" />
        <location filename="../../work/main/app/core/reports/ReportCollector.cpp" line="237" />
        <source>AI p95 latency</source>
        <translation>AI p95 延迟</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="66" />
        <location filename="../../work/main/app/core/reports/ReportCollector.cpp" line="240" />
        <source>CPU utilisation by cloud</source>
        <translation>各云 CPU 利用率</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="67" />
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="68" />
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="69" />
        <source>Cloud: %1</source>
        <translation>云：%1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="70" />
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="71" />
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="72" />
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="73" />
        <source>Looma CRM</source>
        <translation>Looma CRM</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="74" />
        <source>SLA summary (service rows)</source>
        <translation>SLA 汇总（按服务）</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="75" />
        <source>summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="77" />
        <source>incidents</source>
        <translation>故障事件</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="78" />
        <source>fleet</source>
        <translation>集群资源</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="79" />
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/report/ReportText.cpp" line="80" />
        <source>Availability is the share of requests that did not fail (5xx for AI services, status "error" for the CRM); p95 comes from Prometheus's histogram_quantile over the whole range.</source>
        <translation>可用性为未失败请求所占比例（AI 服务以 5xx 计失败，CRM 以 status="error" 计失败）；p95 由 Prometheus 在整个时间范围上的 histogram_quantile 计算。</translation>
    </message>
</context>
</TS>