# cmake -DLUPDATE=... -DSOURCE_DIRS="a;b" -DTS_FILES="x.ts;y.ts" -DWORK_DIR=... -DCHECK=check_translations.cmake -P this
# Copies the .ts files, runs lupdate over the sources into the copies (as the update_translations
# target would), and checks the copies: a tr() added without updating and translating the .ts files
# shows up as unfinished here, even though the committed files themselves are complete.
cmake_minimum_required(VERSION 3.25)
foreach(var LUPDATE SOURCE_DIRS TS_FILES WORK_DIR CHECK)
    if(NOT ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -silent ${SOURCE_DIRS} -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" "-DTS_FILES=${copies}" -P "${CHECK}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the .ts files are not current: run the update_translations target and translate "
                        "the new strings (listed above)")
endif()
