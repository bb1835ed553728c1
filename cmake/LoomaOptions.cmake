# One INTERFACE target carries the language level, warnings and Qt defines for every target.
add_library(looma_options INTERFACE)
add_library(Looma::options ALIAS looma_options)

target_compile_features(looma_options INTERFACE cxx_std_17)
target_compile_options(looma_options INTERFACE -Wall -Wextra -Wpedantic)
if(LOOMA_WERROR)
    target_compile_options(looma_options INTERFACE -Werror)
endif()
target_compile_definitions(looma_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LOOMA_VERSION="${PROJECT_VERSION}")

# looma_add_library(NAME SOURCES ... LIBS ...): a static library of one layer.
function(looma_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC Looma::options ${ARG_LIBS})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()
