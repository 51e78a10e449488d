# rapport_add_test(NAME SOURCES... LIBRARIES...)
# One Qt Test executable per class, registered with CTest, run offscreen in
# a fixed locale so results do not depend on the machine.
function(rapport_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test rapport_options ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;TZ=UTC"
        TIMEOUT 300)
endfunction()
