# The AI services, CRM and Events pages' parts and the reusable chart widgets, added to looma_ui.
target_sources(looma_ui PRIVATE
    charts/BarChart.cpp charts/BarChart.h
    charts/ChartStatus.cpp charts/ChartStatus.h
    charts/PanelValues.cpp charts/PanelValues.h
    charts/SeriesDecimator.cpp charts/SeriesDecimator.h
    charts/StatTile.cpp charts/StatTile.h
    charts/TimeSeriesChart.cpp charts/TimeSeriesChart.h
    charts/UnitFormat.cpp charts/UnitFormat.h
)
target_sources(looma_ui PRIVATE
    charts/StatusTableWidget.cpp charts/StatusTableWidget.h
    ai/AiServiceFigures.cpp ai/AiServiceFigures.h
    ai/AiServicesTable.cpp ai/AiServicesTable.h
    crm/CrmFigures.cpp crm/CrmFigures.h
    events/AlertConversion.cpp events/AlertConversion.h
    events/EventNotifier.cpp events/EventNotifier.h
    events/EventStateProxy.cpp events/EventStateProxy.h
    events/MaintenanceLookup.cpp events/MaintenanceLookup.h
)
target_include_directories(looma_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/charts ${CMAKE_CURRENT_SOURCE_DIR}/ai
    ${CMAKE_CURRENT_SOURCE_DIR}/crm ${CMAKE_CURRENT_SOURCE_DIR}/events)
