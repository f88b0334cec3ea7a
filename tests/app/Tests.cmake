# app/ tests that drive the built executables.
bd_add_test(app/TestCliMrz.cpp LABELS unit cli)
target_compile_definitions(test_app_TestCliMrz PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>")
add_dependencies(test_app_TestCliMrz borderdesk-cli)
bd_add_test(app/TestCliUnify.cpp LABELS unit cli)
target_compile_definitions(test_app_TestCliUnify PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>")
add_dependencies(test_app_TestCliUnify borderdesk-cli)
bd_add_test(app/TestStartupSafety.cpp LABELS unit security TIMEOUT 120)
target_compile_definitions(test_app_TestStartupSafety PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>"
                                                              BD_APP_PATH="$<TARGET_FILE:borderdesk>")
add_dependencies(test_app_TestStartupSafety borderdesk-cli borderdesk)
bd_add_test(app/TestCliAudit.cpp LABELS unit cli storage LIBS bd_storage)
target_compile_definitions(test_app_TestCliAudit PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>")
add_dependencies(test_app_TestCliAudit borderdesk-cli)
