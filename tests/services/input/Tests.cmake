bd_add_test(services/input/TestKeyboardWedgeDecoder.cpp)
