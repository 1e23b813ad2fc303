// Empty: SwiftPM needs a source file for the target that carries CFuzzerDriver.h.
