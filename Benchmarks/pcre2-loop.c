/* The speed of light for our tokenizer: the same joined PCRE2 pattern, JIT-compiled,
 * matched in a plain C loop over the whole text. Prints MB/s counting only and
 * storing each token (start, end, rule) in an array, as the Swift tokenizer does.
 * Usage: pcre2-loop PATTERN_FILE TEXT_FILE [REPEATS] */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { size_t start, end; int rule; } token;

static char *slurp(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(66); }
    fseek(file, 0, SEEK_END);
    *length = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    char *data = malloc(*length + 1);
    if (fread(data, 1, *length, file) != *length) { perror(path); exit(74); }
    fclose(file);
    data[*length] = 0;
    return data;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PATTERN_FILE TEXT_FILE [REPEATS]\n", argv[0]); return 64; }
    size_t pattern_length, length;
    char *pattern = slurp(argv[1], &pattern_length);
    while (pattern_length && (pattern[pattern_length - 1] == '\n')) pattern[--pattern_length] = 0;
    char *text = slurp(argv[2], &length);
    int repeats = argc > 3 ? atoi(argv[3]) : 3;
    int error; PCRE2_SIZE offset;
    pcre2_code *code = pcre2_compile_8((PCRE2_SPTR)pattern, pattern_length, PCRE2_UTF | PCRE2_UCP, &error, &offset, NULL);
    if (!code) { fprintf(stderr, "pattern error %d at %zu\n", error, (size_t)offset); return 65; }
    int jit = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0;
    pcre2_match_data *data = pcre2_match_data_create_from_pattern_8(code, NULL);
    size_t capacity = length / 5 + 16;
    for (int store = 0; store <= 1; store++) {
        double best = 1e30; size_t count = 0;
        for (int r = 0; r < repeats; r++) {
            token *tokens = store ? malloc(capacity * sizeof(token)) : NULL;
            size_t used = 0, cap = capacity;
            double start = now();
            size_t position = 0; count = 0;
            while (position < length) {
                int rc = jit ? pcre2_jit_match_8(code, (PCRE2_SPTR)text, length, position, PCRE2_NO_UTF_CHECK, data, NULL)
                             : pcre2_match_8(code, (PCRE2_SPTR)text, length, position, PCRE2_NO_UTF_CHECK, data, NULL);
                if (rc < 0) break;
                PCRE2_SIZE *ovector = pcre2_get_ovector_pointer_8(data);
                if (store) {
                    if (used == cap) { cap *= 2; tokens = realloc(tokens, cap * sizeof(token)); }
                    PCRE2_SPTR mark = pcre2_get_mark_8(data);
                    tokens[used].start = ovector[0]; tokens[used].end = ovector[1];
                    tokens[used].rule = mark ? atoi((const char *)mark) : -1;
                    used++;
                }
                count++;
                position = ovector[1] > ovector[0] ? ovector[1] : ovector[1] + 1;
            }
            double elapsed = now() - start;
            if (elapsed < best) best = elapsed;
            free(tokens);
        }
        printf("%-28s %8.1f MB/s  %10.0f tokens/s  (%zu, best of %d, JIT %s)\n",
               store ? "C PCRE2 loop (tokens stored)" : "C PCRE2 loop (count only)",
               length / 1e6 / best, count / best, count, repeats, jit ? "on" : "off");
    }
    pcre2_match_data_free_8(data);
    pcre2_code_free_8(code);
    free(text); free(pattern);
    return 0;
}
