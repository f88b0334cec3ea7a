if(BD_GUI_TESTS)
    bd_add_test(ui/TestMainWindow.cpp LABELS ui)
    bd_add_test(ui/TestWedgeEventFilter.cpp LABELS ui)
endif()
