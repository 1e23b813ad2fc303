// libFuzzer's entry for programs that keep their own main (LLVM 12 and later). Swift cannot
// leave `main` to libFuzzer under SwiftPM, which renames an executable's entry point.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
