# Man pages, shell completions and the Debian changelog (Linux).
# gen_cli_docs.py (python3, no extra modules) writes them at build time:
#   - rapport(1) and rapport-cli(1) from docs/man/*.1.in, rapport-cli's
#     commands from docs/man/rapport-cli.commands (the one place to describe
#     a command; its top says how), gzipped -9n for /usr/share/man/man1;
#   - bash, zsh and fish completions for rapport-cli from the same file, with
#     the tier, channel and other names printed from the code by
#     rapport-cli-words (tools/cliwords);
#   - the released sections of CHANGELOG.md as the Debian changelog.gz.
# The cli_docs test (tests/app) checks them against the real rapport-cli.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
    message(STATUS "python3 not found: no man pages, shell completions or package changelog")
    return()
endif()

set(RAPPORT_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions" CACHE STRING
    "Where the zsh completion is installed (Debian: share/zsh/vendor-completions; elsewhere often share/zsh/site-functions)")
set(RAPPORT_CLI_DOCS_DIR ${PROJECT_BINARY_DIR}/cli-docs CACHE INTERNAL
    "Where the generated man pages and completions are (the cli_docs test reads them)")
set(gen ${CMAKE_CURRENT_SOURCE_DIR}/linux/gen_cli_docs.py)
set(out ${RAPPORT_CLI_DOCS_DIR})
set(man ${PROJECT_SOURCE_DIR}/docs/man)
file(MAKE_DIRECTORY ${out})

add_custom_command(
    OUTPUT ${out}/rapport-cli.1 ${out}/rapport.1 ${out}/rapport-cli.1.gz ${out}/rapport.1.gz
           ${out}/rapport-cli.bash ${out}/_rapport-cli ${out}/rapport-cli.fish
    COMMAND ${Python3_EXECUTABLE} ${gen} docs
        --spec ${man}/rapport-cli.commands
        --words-exe $<TARGET_FILE:rapport-cli-words>
        --man-dir ${man}
        --version ${PROJECT_VERSION}
        --date ${RAPPORT_RELEASE_DATE}
        --out ${out}
    DEPENDS ${gen} ${man}/rapport-cli.commands ${man}/rapport-cli.1.in ${man}/rapport.1.in
            rapport-cli-words
    COMMENT "Writing the man pages and shell completions"
    VERBATIM)
add_custom_command(
    OUTPUT ${out}/changelog.gz
    COMMAND ${Python3_EXECUTABLE} ${gen} changelog
        --changelog ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        --maintainer ${CPACK_PACKAGE_CONTACT}
        --version ${PROJECT_VERSION}
        --out ${out}/changelog.gz
    DEPENDS ${gen} ${PROJECT_SOURCE_DIR}/CHANGELOG.md
    COMMENT "Writing the package changelog from CHANGELOG.md"
    VERBATIM)
add_custom_target(rapport_cli_docs ALL DEPENDS
    ${out}/rapport-cli.1 ${out}/changelog.gz)

install(FILES ${out}/rapport.1.gz ${out}/rapport-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${out}/rapport-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME rapport-cli)
install(FILES ${out}/_rapport-cli DESTINATION ${RAPPORT_ZSH_COMPLETION_DIR})
install(FILES ${out}/rapport-cli.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# Debian's name for the changelog of a native package.
install(FILES ${out}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rapport)
