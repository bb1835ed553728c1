# The Failover page's dialogs and widgets and the Reports page's parts, added to looma_ui.
target_sources(looma_ui PRIVATE
    failover/FailoverGroupFilterModel.cpp failover/FailoverGroupFilterModel.h
    failover/GroupDetailsPane.cpp failover/GroupDetailsPane.h
    failover/GroupMembers.cpp failover/GroupMembers.h
    failover/OperatorReasonDialog.cpp failover/OperatorReasonDialog.h
    failover/SchedulerLink.cpp failover/SchedulerLink.h
    failover/SwitchoverDialog.cpp failover/SwitchoverDialog.h
    failover/SwitchoverGate.cpp failover/SwitchoverGate.h
    reports/ReportPresets.cpp reports/ReportPresets.h
    reports/RecentReportsList.cpp reports/RecentReportsList.h
)
# The Reports page runs ReportJob (ui/report); the page itself shows the scheduler's decisions.
target_link_libraries(looma_ui PUBLIC looma_reportrender looma_scheduler)
