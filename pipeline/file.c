/*
 * file.c - reading a whole file into memory in as few system calls as the
 * file allows.  On the paravirtualised hosts whosaid was measured on, a
 * system call costs some 5.5 us; start-up reads over a hundred lexicon
 * files, and stdio's open-stat-read-read-read-close took 7 calls a file
 * where 4 do.  And writing a file whole in place of another, so that no
 * reader ever sees it half written.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ws_int.h"

int
ws_file_slurp(const char *path, ws_buf *b)
{
    int fd;
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return -errno;
    struct stat st;
    int rc = 0;
    /* a regular file's size: ask for one byte more, and a read that
     * gives fewer than asked with the size reached is its end (the
     * zero-byte read stdio makes to see it is a system call saved) */
    size_t want = 0;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
        (unsigned long long)st.st_size < SIZE_MAX / 2)
        want = (size_t)st.st_size;
    size_t start = b->len;
    for (;;) {
        size_t ask =
            want > b->len - start ? want - (b->len - start) + 1 : (size_t)65536;
        char *p = ws_buf__room(b, ask);
        if (p == NULL) {
            rc = -ENOMEM;
            break;
        }
        ssize_t n = read(fd, p, ask);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            rc = -errno;
            break;
        }
        ws_buf__done(b, p + n);
        if (n == 0 || ((size_t)n < ask && want > 0 && b->len - start == want))
            break;
    }
    close(fd);
    return rc;
}

ws_file_id
ws_file_id_of(const struct stat *st)
{
    ws_file_id id;
    memset(&id, 0, sizeof id);
    id.dev = (uint64_t)st->st_dev;
    id.ino = (uint64_t)st->st_ino;
    id.size = (uint64_t)st->st_size;
    id.mtime_s = (int64_t)st->st_mtim.tv_sec;
    id.mtime_ns = (int64_t)st->st_mtim.tv_nsec;
    id.ctime_s = (int64_t)st->st_ctim.tv_sec;
    id.ctime_ns = (int64_t)st->st_ctim.tv_nsec;
    return id;
}

int
ws_file_replace(const char *path, const void *a, size_t na, const void *b,
                size_t nb)
{
    char tmp[PATH_MAX + 32];
    int n = snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    if (n < 0 || (size_t)n >= sizeof tmp)
        return -ENAMETOOLONG;
    FILE *f = fopen(tmp, "wb");
    if (f == NULL)
        return -errno;
    int ok = (na == 0 || fwrite(a, 1, na, f) == na) &&
             (nb == 0 || fwrite(b, 1, nb, f) == nb);
    int err = ok ? 0 : errno;
    if (fclose(f) != 0 && ok) {
        ok = 0;
        err = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = 0;
        err = errno;
    }
    if (!ok) {
        unlink(tmp);
        return -(err != 0 ? err : EIO);
    }
    return 0;
}
