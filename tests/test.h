/*
 * test.h - the smallest test harness: CHECK(cond, fmt, ...) prints
 * "file:line: FAIL: msg" and goes on; TEST_END prints "N passed, N failed"
 * and returns non-zero when anything failed.
 */
#ifndef WS_TEST_H
#define WS_TEST_H

#include <stdio.h>

static int test_passed, test_failed;

#define CHECK(cond, ...)                                                       \
    do {                                                                       \
        if (cond) {                                                            \
            test_passed++;                                                     \
        } else {                                                               \
            test_failed++;                                                     \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);              \
            fprintf(stderr, __VA_ARGS__);                                      \
            fputc('\n', stderr);                                               \
        }                                                                      \
    } while (0)

#define TEST_END()                                                             \
    do {                                                                       \
        printf("%d passed, %d failed\n", test_passed, test_failed);            \
        return test_failed != 0;                                               \
    } while (0)

#endif
