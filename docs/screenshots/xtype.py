#!/usr/bin/env python3
"""Types text into the X display the way a keyboard-wedge desk reader does: XTEST key events,
a few milliseconds apart. Used by make-screenshots to feed the real borderdesk window.

    xtype.py [--interval-ms 8] TEXT      (\\r in TEXT presses Return)
"""
import ctypes
import ctypes.util
import sys
import time

x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
xtst = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xtst") or "libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.restype = ctypes.c_ubyte
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XKeycodeToKeysym.restype = ctypes.c_ulong
x11.XKeycodeToKeysym.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int]
x11.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

NAMES = {"<": "less", "\r": "Return", "\n": "Return", "\t": "Tab"}


def main():
    args = sys.argv[1:]
    interval = 0.008
    if len(args) >= 2 and args[0] == "--interval-ms":
        interval = int(args[1]) / 1000.0
        args = args[2:]
    text = args[0].encode().decode("unicode_escape")
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("xtype: cannot open the X display")
    shift = x11.XKeysymToKeycode(display, x11.XStringToKeysym(b"Shift_L"))
    for ch in text:
        sym = x11.XStringToKeysym(NAMES.get(ch, ch).encode())
        code = x11.XKeysymToKeycode(display, sym)
        if not code:
            sys.exit("xtype: no key for %r" % ch)
        shifted = x11.XKeycodeToKeysym(display, code, 0) != sym
        if shifted:
            xtst.XTestFakeKeyEvent(display, shift, 1, 0)
        xtst.XTestFakeKeyEvent(display, code, 1, 0)
        xtst.XTestFakeKeyEvent(display, code, 0, 0)
        if shifted:
            xtst.XTestFakeKeyEvent(display, shift, 0, 0)
        x11.XFlush(display)
        time.sleep(interval)


if __name__ == "__main__":
    main()
