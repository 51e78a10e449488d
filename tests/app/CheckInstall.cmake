# Installs the build into PREFIX and checks the result (the install_layout
# test). Fails with a message naming what is missing.
file(REMOVE_RECURSE "${PREFIX}")
set(config_args)
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

if(WIN32)
    set(cli "${PREFIX}/bin/rapport-cli.exe")
    set(expected "${PREFIX}/bin/rapport.exe")
    set(qm_dir "${PREFIX}/bin/translations")
elseif(APPLE)
    set(cli "${PREFIX}/Rapport.app/Contents/MacOS/rapport-cli")
    set(expected "${PREFIX}/Rapport.app/Contents/MacOS/Rapport"
        "${PREFIX}/Rapport.app/Contents/Info.plist"
        "${PREFIX}/Rapport.app/Contents/Resources/rapport.icns")
    set(qm_dir "${PREFIX}/Rapport.app/Contents/Resources/translations")
else()
    include(GNUInstallDirs)
    set(cli "${PREFIX}/${CMAKE_INSTALL_BINDIR}/rapport-cli")
    set(data "${PREFIX}/${CMAKE_INSTALL_DATADIR}")
    set(expected "${PREFIX}/${CMAKE_INSTALL_BINDIR}/rapport"
        "${data}/applications/${APP_ID}.desktop"
        "${data}/metainfo/${APP_ID}.metainfo.xml"
        "${data}/icons/hicolor/scalable/apps/${APP_ID}.svg")
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        list(APPEND expected "${data}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    endforeach()
    set(qm_dir "${data}/rapport/translations")
    list(APPEND expected "${data}/doc/rapport/copyright")
    if(CLI_DOCS)
        list(APPEND expected "${data}/doc/rapport/changelog.gz"
            "${PREFIX}/${CMAKE_INSTALL_MANDIR}/man1/rapport.1.gz"
            "${PREFIX}/${CMAKE_INSTALL_MANDIR}/man1/rapport-cli.1.gz"
            "${data}/bash-completion/completions/rapport-cli"
            "${data}/zsh/vendor-completions/_rapport-cli"
            "${data}/fish/vendor_completions.d/rapport-cli.fish")
    endif()
endif()
list(APPEND expected "${cli}")
if(TRANSLATIONS)
    list(APPEND expected "${qm_dir}/rapport_de.qm")
endif()

set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing_text)
    message(FATAL_ERROR "Not installed:\n  ${missing_text}")
endif()

execute_process(COMMAND "${cli}" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
    message(FATAL_ERROR "The installed rapport-cli --version failed (${result}) or did not "
        "print ${VERSION}:\n${output}")
endif()

if(NOT WIN32 AND NOT APPLE)
    file(READ "${data}/applications/${APP_ID}.desktop" desktop)
    if(NOT desktop MATCHES "Icon=${APP_ID}\n" OR NOT desktop MATCHES "Exec=rapport")
        message(FATAL_ERROR "The desktop file does not name the icon ${APP_ID} and rapport")
    endif()
    file(READ "${data}/metainfo/${APP_ID}.metainfo.xml" metainfo)
    if(NOT metainfo MATCHES "<id>${APP_ID}</id>" OR NOT metainfo MATCHES "${APP_ID}.desktop")
        message(FATAL_ERROR "The metainfo file does not carry the app ID ${APP_ID}")
    endif()
endif()
message(STATUS "Installed layout in ${PREFIX} is complete; rapport-cli says: ${output}")
