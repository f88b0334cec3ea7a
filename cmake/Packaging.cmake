# Debian packages (cpack -G DEB in the build directory): one per program, each declaring the Debian
# packages it needs at run time (dpkg-shlibdeps reads the libraries the binaries link, plus what is
# loaded by path and listed below).
#   borderdesk          the officer workstation, its desktop entry and the site configuration
#                       /etc/borderdesk/borderdesk.ini (a conffile: upgrades keep the site's edits)
#   borderdesk-cli      the command-line tools (docs/cli.md)
#   borderdesk-gateway  the training gateway server for classrooms
include(GNUInstallDirs)
# Everything BorderDesk links is a static library or a system library: no RPATH to set on install
# (qt_standard_project_setup would ask for $ORIGIN/../lib).
set_target_properties(borderdesk borderdesk-cli borderdesk-gateway PROPERTIES INSTALL_RPATH "")
install(TARGETS borderdesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT workstation)
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/borderdesk.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT workstation)
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/borderdesk.ini
    DESTINATION /etc/borderdesk PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT workstation)
install(TARGETS borderdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
install(TARGETS borderdesk-gateway RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gateway)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME borderdesk)
set(CPACK_PACKAGE_VENDOR "BorderDesk project")
set(CPACK_PACKAGE_CONTACT "BorderDesk maintainers <maintainers@borderdesk.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF) # /etc/borderdesk is meant
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL workstation cli gateway)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # fast; the binaries are stripped
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME borderdesk)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME borderdesk-cli)
set(CPACK_DEBIAN_GATEWAY_PACKAGE_NAME borderdesk-gateway)
set(CPACK_COMPONENT_WORKSTATION_DESCRIPTION "BorderDesk officer workstation (border and visa checks)")
set(CPACK_COMPONENT_CLI_DESCRIPTION "BorderDesk command-line tools (MRZ, OCR, stay, gateway query)")
set(CPACK_COMPONENT_GATEWAY_DESCRIPTION "BorderDesk training gateway for classrooms (synthetic data only)")
# Loaded by path, not linked: the OCR-B font, with which the workstation renders the training
# documents of --demo (OpenCV's freetype module: only the workstation links it); Qt's own
# translations for the German interface.
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "fonts-ocr-b")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/resources/packaging/conffiles)
include(CPack)
