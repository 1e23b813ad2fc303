#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H

/* Selects PCRE2's 8-bit (UTF-8) API. It must come before the include:
   pcre2.h reads it to decide which function names the generic macros map to. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* pcre2.h's generic names (pcre2_compile, ...) are token-pasting macros and its
   size constants are casts; neither imports into Swift. Swift calls the `_8`
   functions directly and always passes explicit lengths. The one value we
   still need is re-exposed here. */
static inline uint32_t cpcre2_mark_length(PCRE2_SPTR8 mark) {
    /* PCRE2 stores a mark's length in the code unit just before its name. */
    return mark ? (uint32_t)mark[-1] : 0;
}

#endif
