/*
 * store.c - the corpus store: the SQLite adapter (the only file that
 * includes <sqlite3.h>).  Schema, migrations, the queries of `whosaid
 * corpus` and the export cursors of `whosaid export`.  docs/STORE.md
 * documents the schema; bump WS_STORE_SCHEMA and add a migration below for
 * any change to it.
 *
 * Safety: every value from input is a bound parameter (every SQL text in
 * this file is a constant); extension loading is off, ATTACH is denied by
 * an authorizer and by SQLITE_LIMIT_ATTACHED = 0, the schema is untrusted
 * (SQLITE_DBCONFIG_TRUSTED_SCHEMA off) and defensive mode is on.
 *
 * Exactly-once: a document's annotation (its annotations row and the
 * entities, statements and stances rows hanging off it) is replaced by
 * delete + insert inside the caller's transaction, so a crash at any
 * moment leaves either the old annotation or the new one.
 */
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "ws_int.h"

/* ---- the schema: migrations[v] brings a database from v to v + 1 ---- */

static const char *const migrations[WS_STORE_SCHEMA] = {
    /* 0 -> 1: the tables */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    " WITHOUT ROWID;"
    "CREATE TABLE versions(id INTEGER PRIMARY KEY,"
    " versions TEXT NOT NULL UNIQUE);"
    "CREATE TABLE runs(id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL CHECK (kind IN ('add', 'run')),"
    " started TEXT NOT NULL, finished TEXT,"
    " status TEXT NOT NULL CHECK (status IN ('running', 'done',"
    " 'interrupted', 'failed')),"
    " pid INTEGER, jobs INTEGER, vid INTEGER REFERENCES versions(id),"
    " ndocs INTEGER NOT NULL DEFAULT 0, nskipped INTEGER NOT NULL DEFAULT 0,"
    " nerrors INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE documents(id INTEGER PRIMARY KEY,"
    " doc_id TEXT NOT NULL UNIQUE, hash BLOB NOT NULL UNIQUE,"
    " lang TEXT, lang_given INTEGER NOT NULL DEFAULT 0,"
    " date TEXT, title TEXT, place TEXT, source TEXT, url TEXT,"
    " dateline_date TEXT, meta_extra TEXT, extra TEXT, origin TEXT,"
    " added_run INTEGER REFERENCES runs(id), input_errors TEXT,"
    " text TEXT NOT NULL);"
    "CREATE INDEX documents_date ON documents(date);"
    "CREATE TABLE annotations("
    " doc INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
    " run INTEGER NOT NULL REFERENCES runs(id),"
    " vid INTEGER NOT NULL REFERENCES versions(id),"
    " lang TEXT, nsent INTEGER NOT NULL, ntok INTEGER NOT NULL,"
    " nent INTEGER NOT NULL, nstmt INTEGER NOT NULL, errors TEXT,"
    " tokens BLOB);"
    "CREATE INDEX annotations_vid ON annotations(vid);"
    "CREATE TABLE entities("
    " doc INTEGER NOT NULL REFERENCES annotations(doc) ON DELETE CASCADE,"
    " i INTEGER NOT NULL, type TEXT NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, name TEXT,"
    " cluster INTEGER, role INTEGER, org INTEGER, gender TEXT, source TEXT,"
    " PRIMARY KEY (doc, i)) WITHOUT ROWID;"
    "CREATE TABLE statements("
    " doc INTEGER NOT NULL REFERENCES annotations(doc) ON DELETE CASCADE,"
    " i INTEGER NOT NULL, kind TEXT NOT NULL,"
    " content_start INTEGER, content_end INTEGER, segments TEXT,"
    " cue_start INTEGER, cue_end INTEGER,"
    " speaker_start INTEGER, speaker_end INTEGER, speaker_entity INTEGER,"
    " speaker_name TEXT, speaker_role TEXT, speaker_org TEXT,"
    " stance TEXT NOT NULL, target TEXT, target_start INTEGER,"
    " target_end INTEGER, intensity TEXT, negated INTEGER NOT NULL,"
    " hedged INTEGER NOT NULL,"
    " PRIMARY KEY (doc, i)) WITHOUT ROWID;"
    "CREATE INDEX statements_speaker ON statements(speaker_name);"
    "CREATE TABLE stances(doc INTEGER NOT NULL, stmt INTEGER NOT NULL,"
    " label TEXT NOT NULL, PRIMARY KEY (doc, stmt, label),"
    " FOREIGN KEY (doc, stmt) REFERENCES statements(doc, i)"
    " ON DELETE CASCADE) WITHOUT ROWID;",
    /* 1 -> 2: the stance index and the speakers view */
    "CREATE INDEX stances_label ON stances(label);"
    "CREATE VIEW speakers AS SELECT s.speaker_name AS speaker,"
    " max(s.speaker_role) AS role, max(s.speaker_org) AS org,"
    " count(*) AS statements, count(DISTINCT s.doc) AS documents,"
    " min(d.date) AS first_date, max(d.date) AS last_date"
    " FROM statements s JOIN documents d ON d.id = s.doc"
    " WHERE s.speaker_name IS NOT NULL GROUP BY s.speaker_name;"};

struct ws_store {
    sqlite3 *db;
    char path[512];
    int schema;
    char err[1024];
    /* prepared statements, made on first use */
    sqlite3_stmt *st[32];
};

/* Indices into ws_store.st; the SQL of each is in sql_text[]. */
enum {
    Q_FIND_HASH,
    Q_FIND_ID,
    Q_INSERT_DOC,
    Q_UPDATE_DOC,
    Q_DELETE_ANN,
    Q_INSERT_ANN,
    Q_INSERT_ENT,
    Q_INSERT_STMT,
    Q_INSERT_STANCE,
    Q_FIND_VERSION,
    Q_INSERT_VERSION,
    Q_RUN_INSERT,
    Q_RUN_FINISH,
    Q_RUN_PROGRESS,
    Q_PENDING,
    Q_LOAD_DOC,
    Q_LOAD_ANN,
    Q_LOAD_ENT,
    Q_LOAD_STMT,
    Q_COUNT
};

static const char *const sql_text[Q_COUNT] = {
    [Q_FIND_HASH] = "SELECT id FROM documents WHERE hash = ?1",
    [Q_FIND_ID] = "SELECT id FROM documents WHERE doc_id = ?1",
    [Q_INSERT_DOC] =
        "INSERT INTO documents(doc_id, hash, lang, lang_given, date, title,"
        " place, source, url, dateline_date, meta_extra, extra, origin,"
        " added_run, input_errors, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
        " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    [Q_UPDATE_DOC] =
        "UPDATE documents SET hash = ?2, lang = ?3, lang_given = ?4,"
        " date = ?5, title = ?6, place = ?7, source = ?8, url = ?9,"
        " dateline_date = ?10, meta_extra = ?11, extra = ?12, origin = ?13,"
        " added_run = ?14, input_errors = ?15, text = ?16 WHERE id = ?1",
    [Q_DELETE_ANN] = "DELETE FROM annotations WHERE doc = ?1",
    [Q_INSERT_ANN] =
        "INSERT INTO annotations(doc, run, vid, lang, nsent, ntok, nent,"
        " nstmt, errors, tokens) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
        " ?10)",
    [Q_INSERT_ENT] =
        "INSERT INTO entities(doc, i, type, start, end, name, cluster, role,"
        " org, gender, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
        " ?10, ?11)",
    [Q_INSERT_STMT] =
        "INSERT INTO statements(doc, i, kind, content_start, content_end,"
        " segments, cue_start, cue_end, speaker_start, speaker_end,"
        " speaker_entity, speaker_name, speaker_role, speaker_org, stance,"
        " target, target_start, target_end, intensity, negated, hedged)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
        " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    [Q_INSERT_STANCE] =
        "INSERT OR IGNORE INTO stances(doc, stmt, label) VALUES (?1, ?2, ?3)",
    [Q_FIND_VERSION] = "SELECT id FROM versions WHERE versions = ?1",
    [Q_INSERT_VERSION] = "INSERT INTO versions(versions) VALUES (?1)",
    [Q_RUN_INSERT] = "INSERT INTO runs(kind, started, status, pid, jobs, vid)"
                     " VALUES (?1, ?2, 'running', ?3, ?4, ?5)",
    [Q_RUN_FINISH] = "UPDATE runs SET finished = ?2, status = ?3, ndocs = ?4,"
                     " nskipped = ?5, nerrors = ?6 WHERE id = ?1",
    [Q_RUN_PROGRESS] = "UPDATE runs SET ndocs = ?2, nerrors = ?3"
                       " WHERE id = ?1",
    [Q_PENDING] = "SELECT d.id FROM documents d LEFT JOIN annotations a"
                  " ON a.doc = d.id WHERE d.id > ?1"
                  " AND (a.doc IS NULL OR a.vid <> ?2) ORDER BY d.id"
                  " LIMIT ?3",
    [Q_LOAD_DOC] =
        "SELECT doc_id, lang, lang_given, date, title, place, source, url,"
        " dateline_date, meta_extra, extra, input_errors, text, origin"
        " FROM documents WHERE id = ?1",
    [Q_LOAD_ANN] = "SELECT a.lang, a.tokens, a.errors, v.versions, a.nent,"
                   " a.nstmt FROM annotations a"
                   " JOIN versions v ON v.id = a.vid WHERE a.doc = ?1",
    [Q_LOAD_ENT] =
        "SELECT i, type, start, end, name, cluster, role, org, gender,"
        " source FROM entities WHERE doc = ?1 ORDER BY i",
    [Q_LOAD_STMT] =
        "SELECT i, kind, content_start, content_end, segments, cue_start,"
        " cue_end, speaker_start, speaker_end, speaker_entity,"
        " speaker_name, speaker_role, speaker_org, stance, target,"
        " target_start, target_end, intensity, negated, hedged"
        " FROM statements WHERE doc = ?1 ORDER BY i",
};

static int
fail(ws_store *s, const char *what)
{
    snprintf(s->err, sizeof s->err, "%s: %s: %s", s->path, what,
             sqlite3_errmsg(s->db));
    int c = sqlite3_errcode(s->db);
    return c == SQLITE_NOMEM ? -WS_ENOMEM : -WS_EIO;
}

const char *
ws_store_errmsg(const ws_store *s)
{
    return s ? s->err : "out of memory";
}

static sqlite3_stmt *
q(ws_store *s, int which)
{
    if (s->st[which] == NULL) {
        if (sqlite3_prepare_v3(s->db, sql_text[which], -1,
                               SQLITE_PREPARE_PERSISTENT, &s->st[which],
                               NULL) != SQLITE_OK) {
            fail(s, "prepare");
            return NULL;
        }
    } else {
        sqlite3_reset(s->st[which]);
        sqlite3_clear_bindings(s->st[which]);
    }
    return s->st[which];
}

static int
exec(ws_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(s->err, sizeof s->err, "%s: %s", s->path,
                 msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return sqlite3_errcode(s->db) == SQLITE_NOMEM ? -WS_ENOMEM : -WS_EIO;
    }
    return 0;
}

/* Denies ATTACH and DETACH whatever their origin. */
static int
authorizer(void *payload, int action, const char *a, const char *b,
           const char *c, const char *d)
{
    (void)payload, (void)a, (void)b, (void)c, (void)d;
    if (action == SQLITE_ATTACH || action == SQLITE_DETACH)
        return SQLITE_DENY;
    return SQLITE_OK;
}

static void
now_iso(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int
user_version(ws_store *s, int *v)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) !=
        SQLITE_OK)
        return fail(s, "reading the schema version");
    int rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : fail(s, "reading the schema version");
}

static int
set_meta(ws_store *s, const char *key, const char *value)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT OR REPLACE INTO meta(key, value) "
                           "VALUES (?1, ?2)",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, "meta");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "meta");
}

/* Brings the schema to version `want`, one transaction per step. The
 * PRAGMA text is chosen from a fixed table, never from input. */
static int
migrate(ws_store *s, int want)
{
    static const char *const set_version[WS_STORE_SCHEMA + 1] = {
        "PRAGMA user_version = 0", "PRAGMA user_version = 1",
        "PRAGMA user_version = 2"};
    int v, rc;
    if ((rc = user_version(s, &v)) < 0)
        return rc;
    if (v > WS_STORE_SCHEMA) {
        snprintf(s->err, sizeof s->err,
                 "%s: schema version %d is newer than this whosaid knows "
                 "(%d); upgrade whosaid",
                 s->path, v, WS_STORE_SCHEMA);
        return -WS_EFIELD;
    }
    while (v < want) {
        if ((rc = exec(s, "BEGIN IMMEDIATE")) < 0)
            return rc;
        /* re-read under the write lock: another process may have won */
        if ((rc = user_version(s, &v)) < 0 || v >= want) {
            exec(s, "ROLLBACK");
            if (rc < 0)
                return rc;
            break;
        }
        char stamp[32], num[16];
        now_iso(stamp);
        snprintf(num, sizeof num, "%d", v + 1);
        if ((rc = exec(s, migrations[v])) < 0 ||
            (rc = exec(s, set_version[v + 1])) < 0 ||
            (rc = set_meta(s, "schema_version", num)) < 0 ||
            (rc = set_meta(s, v == 0 ? "created" : "migrated", stamp)) < 0 ||
            (rc = set_meta(s, "whosaid_version", WS_VERSION)) < 0) {
            exec(s, "ROLLBACK");
            return rc;
        }
        if ((rc = exec(s, "COMMIT")) < 0) {
            exec(s, "ROLLBACK");
            return rc;
        }
        v++;
    }
    s->schema = v;
    return 0;
}

int
ws_store_open(ws_store **out, const char *path, unsigned flags, int upto,
              char *err, size_t errlen)
{
    *out = NULL;
    ws_store *s = calloc(1, sizeof(*s));
    if (s == NULL) {
        snprintf(err, errlen, "out of memory");
        return -WS_ENOMEM;
    }
    snprintf(s->path, sizeof s->path, "%s", path);
    int oflags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (flags & WS_STORE_READONLY)
        oflags |= SQLITE_OPEN_READONLY;
    else
        oflags |= SQLITE_OPEN_READWRITE;
    if ((flags & WS_STORE_CREATE) && !(flags & WS_STORE_READONLY))
        oflags |= SQLITE_OPEN_CREATE;
    int rc = 0;
    if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
        if (s->db == NULL) {
            snprintf(err, errlen, "out of memory");
            free(s);
            return -WS_ENOMEM;
        }
        int c = sqlite3_errcode(s->db);
        snprintf(err, errlen, "%s: %s%s", path, sqlite3_errmsg(s->db),
                 c == SQLITE_CANTOPEN && !(flags & WS_STORE_CREATE)
                     ? " (create it with `whosaid corpus init`)"
                     : "");
        sqlite3_close(s->db);
        free(s);
        return -WS_EIO;
    }
    /* the file is untrusted input: no extensions, no ATTACH, defensive */
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0,
                      (int *)NULL);
#ifdef SQLITE_DBCONFIG_DEFENSIVE
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
#endif
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
#endif
    sqlite3_limit(s->db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_set_authorizer(s->db, authorizer, NULL);
    sqlite3_busy_timeout(s->db, 10000);
    sqlite3_extended_result_codes(s->db, 1);

    /* a file that is not a database fails here, clearly */
    if ((rc = exec(s, "PRAGMA foreign_keys = ON")) < 0)
        goto bad;
    if (!(flags & WS_STORE_READONLY)) {
        if ((rc = exec(s, "PRAGMA journal_mode = WAL")) < 0 ||
            (rc = exec(s, "PRAGMA synchronous = NORMAL")) < 0)
            goto bad;
    }
    exec(s, "PRAGMA cache_size = -32768");
    if (flags & WS_STORE_READONLY) {
        if ((rc = user_version(s, &s->schema)) < 0)
            goto bad;
    } else if ((rc = migrate(s, upto > 0 && upto < WS_STORE_SCHEMA
                                    ? upto
                                    : WS_STORE_SCHEMA)) < 0) {
        goto bad;
    }
    if (s->schema == 0) {
        snprintf(s->err, sizeof s->err,
                 "%s: not a corpus (create it with `whosaid corpus init`)",
                 path);
        rc = -WS_EFIELD;
        goto bad;
    }
    if (s->schema > WS_STORE_SCHEMA) {
        snprintf(s->err, sizeof s->err,
                 "%s: schema version %d is newer than this whosaid knows "
                 "(%d); upgrade whosaid",
                 path, s->schema, WS_STORE_SCHEMA);
        rc = -WS_EFIELD;
        goto bad;
    }
    *out = s;
    return 0;
bad:
    snprintf(err, errlen, "%s", s->err);
    ws_store_close(s);
    return rc;
}

void
ws_store_close(ws_store *s)
{
    if (s == NULL)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    /* a clean close checkpoints the WAL into the database file */
    sqlite3_close(s->db);
    free(s);
}

int
ws_store_schema(const ws_store *s)
{
    return s->schema;
}

int
ws_store_begin(ws_store *s)
{
    return exec(s, "BEGIN IMMEDIATE");
}

int
ws_store_commit(ws_store *s)
{
    return exec(s, "COMMIT");
}

void
ws_store_rollback(ws_store *s)
{
    if (!sqlite3_get_autocommit(s->db))
        exec(s, "ROLLBACK");
}

/* ---- binding helpers ---- */

static void
bind_str(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static void
bind_pos(sqlite3_stmt *st, int i, int64_t v)
{
    /* -1 (absent) is stored as NULL */
    if (v >= 0)
        sqlite3_bind_int64(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

static int
step_done(ws_store *s, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(s, what);
    return 0;
}

/* ---- content hash: two independent 64-bit hashes of the NFC text ---- */

static uint64_t
mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

void
ws_store_hash(const char *text, size_t len, unsigned char out[16])
{
    uint64_t a = ws_hash64(text, len);
    uint64_t b = 0x9E3779B97F4A7C15ULL ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        b = mix64(b ^ w) + 0x632BE59BD9B4E019ULL;
    }
    uint64_t w = 0;
    memcpy(&w, text + i, len - i);
    b = mix64(b ^ w ^ ((uint64_t)(len - i) << 56));
    for (int k = 0; k < 8; k++) {
        out[k] = (unsigned char)(a >> (56 - 8 * k));
        out[8 + k] = (unsigned char)(b >> (56 - 8 * k));
    }
}

/* ---- versions and runs ---- */

void
ws_store_versions_current(char *out, size_t cap)
{
    snprintf(out, cap, "whosaid=%s schema=%s tokenize=%s ner=%s stance=%s",
             WS_VERSION, WS_SCHEMA_VERSION, ws_stage_version("tokenize"),
             ws_stage_version("ner"), ws_stage_version("stance"));
}

int
ws_store_version_id(ws_store *s, const char *versions, int64_t *vid)
{
    sqlite3_stmt *st = q(s, Q_FIND_VERSION);
    if (st == NULL)
        return -WS_EIO;
    bind_str(st, 1, versions);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *vid = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return 0;
    }
    if (rc != SQLITE_DONE)
        return fail(s, "versions");
    sqlite3_reset(st);
    if ((st = q(s, Q_INSERT_VERSION)) == NULL)
        return -WS_EIO;
    bind_str(st, 1, versions);
    if ((rc = step_done(s, st, "versions")) < 0)
        return rc;
    *vid = sqlite3_last_insert_rowid(s->db);
    return 0;
}

/* Looks up a versions string without creating it; *vid = -1 if absent. */
static int
version_find(ws_store *s, const char *versions, int64_t *vid)
{
    sqlite3_stmt *st = q(s, Q_FIND_VERSION);
    if (st == NULL)
        return -WS_EIO;
    bind_str(st, 1, versions);
    int rc = sqlite3_step(st);
    *vid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : fail(s, "versions");
}

int
ws_store_runs_recover(ws_store *s, long *live)
{
    /* runs left 'running' by a process that is gone were interrupted */
    sqlite3_stmt *st;
    *live = 0;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT id, pid FROM runs WHERE status = "
                           "'running'",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, "runs");
    int64_t dead[64];
    int ndead = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        pid_t pid = (pid_t)sqlite3_column_int64(st, 1);
        if (pid > 0 && pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM))
            (*live)++;
        else if (ndead < 64)
            dead[ndead++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, "runs");
    for (int i = 0; i < ndead; i++) {
        if (sqlite3_prepare_v2(s->db,
                               "UPDATE runs SET status = 'interrupted' "
                               "WHERE id = ?1",
                               -1, &st, NULL) != SQLITE_OK)
            return fail(s, "runs");
        sqlite3_bind_int64(st, 1, dead[i]);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return fail(s, "runs");
    }
    return 0;
}

int
ws_store_run_start(ws_store *s, const char *kind, int64_t vid, int jobs,
                   int64_t *run)
{
    sqlite3_stmt *st = q(s, Q_RUN_INSERT);
    if (st == NULL)
        return -WS_EIO;
    char stamp[32];
    now_iso(stamp);
    bind_str(st, 1, kind);
    sqlite3_bind_text(st, 2, stamp, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, (int64_t)getpid());
    sqlite3_bind_int(st, 4, jobs);
    bind_pos(st, 5, vid);
    int rc = step_done(s, st, "runs");
    if (rc == 0)
        *run = sqlite3_last_insert_rowid(s->db);
    return rc;
}

int
ws_store_run_progress(ws_store *s, int64_t run, long ndocs, long nerrors)
{
    sqlite3_stmt *st = q(s, Q_RUN_PROGRESS);
    if (st == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, run);
    sqlite3_bind_int64(st, 2, ndocs);
    sqlite3_bind_int64(st, 3, nerrors);
    return step_done(s, st, "runs");
}

int
ws_store_run_finish(ws_store *s, int64_t run, const char *status, long ndocs,
                    long nskipped, long nerrors)
{
    sqlite3_stmt *st = q(s, Q_RUN_FINISH);
    if (st == NULL)
        return -WS_EIO;
    char stamp[32];
    now_iso(stamp);
    sqlite3_bind_int64(st, 1, run);
    sqlite3_bind_text(st, 2, stamp, -1, SQLITE_TRANSIENT);
    bind_str(st, 3, status);
    sqlite3_bind_int64(st, 4, ndocs);
    sqlite3_bind_int64(st, 5, nskipped);
    sqlite3_bind_int64(st, 6, nerrors);
    return step_done(s, st, "runs");
}

/* ---- adding documents ---- */

/* The document's errors as a JSON array into b (nothing when none);
 * from = first error to include. */
static void
errors_json(ws_buf *b, const ws_doc *d, int32_t from)
{
    b->len = 0;
    if (d->errors.n <= from)
        return;
    ws_buf_putc(b, '[');
    for (int32_t i = from; i < d->errors.n; i++) {
        const ws_docerror *e = &d->errors.v[i];
        if (i > from)
            ws_buf_putc(b, ',');
        ws_buf_puts(b, "{\"stage\":");
        ws_buf_jstrz(b, e->stage);
        ws_buf_puts(b, ",\"code\":");
        ws_buf_jstrz(b, ws_strerror(e->code));
        ws_buf_puts(b, ",\"message\":");
        ws_buf_jstrz(b, e->message);
        ws_buf_putc(b, '}');
    }
    ws_buf_putc(b, ']');
    ws_buf_putc(b, '\0');
    b->len--;
}

static int
find_one(ws_store *s, int which, const void *key, int keylen, int blob,
         int64_t *rowid)
{
    sqlite3_stmt *st = q(s, which);
    if (st == NULL)
        return -WS_EIO;
    if (blob)
        sqlite3_bind_blob(st, 1, key, keylen, SQLITE_STATIC);
    else
        sqlite3_bind_text(st, 1, key, keylen, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *rowid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : fail(s, "lookup");
}

int
ws_store_add(ws_store *s, int64_t run, const ws_doc *d, const char *origin,
             ws_buf *scratch, int *what, int64_t *rowid)
{
    unsigned char h[16];
    int64_t found;
    int rc;
    ws_store_hash(d->text ? d->text : "", d->len, h);
    if ((rc = find_one(s, Q_FIND_HASH, h, 16, 1, &found)) < 0)
        return rc;
    if (found >= 0) {
        *what = WS_STORE_DUPLICATE;
        *rowid = found;
        return 0;
    }
    const char *id = d->id ? d->id : "";
    if ((rc = find_one(s, Q_FIND_ID, id, -1, 0, &found)) < 0)
        return rc;
    char lang[8];
    int given = d->lang_given && d->lang[0];
    if (given)
        memcpy(lang, d->lang, sizeof lang);
    else
        ws_langid(d->text ? d->text : "", d->len, lang);
    /* the input's own errors (bad UTF-8, too big) travel with the text */
    errors_json(scratch, d, 0);
    sqlite3_stmt *st = q(s, found >= 0 ? Q_UPDATE_DOC : Q_INSERT_DOC);
    if (st == NULL)
        return -WS_EIO;
    if (found >= 0)
        sqlite3_bind_int64(st, 1, found);
    else
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st, 2, h, 16, SQLITE_STATIC);
    bind_str(st, 3, lang[0] ? lang : NULL);
    sqlite3_bind_int(st, 4, given);
    bind_str(st, 5, d->date);
    bind_str(st, 6, d->title);
    bind_str(st, 7, d->place);
    bind_str(st, 8, d->source);
    bind_str(st, 9, d->url);
    bind_str(st, 10, d->dateline_date);
    bind_str(st, 11, d->meta_extra);
    bind_str(st, 12, d->extra);
    bind_str(st, 13, origin);
    bind_pos(st, 14, run);
    bind_str(st, 15, scratch->len ? scratch->buf : NULL);
    sqlite3_bind_text(st, 16, d->text ? d->text : "", (int)d->len,
                      SQLITE_STATIC);
    if ((rc = step_done(s, st, "adding a document")) < 0)
        return rc;
    if (found >= 0) {
        /* new text under a known id: its old annotation is void */
        *what = WS_STORE_UPDATED;
        *rowid = found;
        if ((st = q(s, Q_DELETE_ANN)) == NULL)
            return -WS_EIO;
        sqlite3_bind_int64(st, 1, found);
        return step_done(s, st, "deleting an annotation");
    }
    *what = WS_STORE_ADDED;
    *rowid = sqlite3_last_insert_rowid(s->db);
    return 0;
}

/* ---- saving annotations ---- */

static void
put_varint(ws_buf *b, uint64_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n] = (char)(v & 0x7f);
        v >>= 7;
        if (v)
            tmp[n] = (char)(tmp[n] | 0x80);
        n++;
    } while (v);
    ws_buf_put(b, tmp, (size_t)n);
}

static uint64_t
zigzag(int64_t v)
{
    return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static int
get_varint(const unsigned char *p, size_t n, size_t *i, uint64_t *out)
{
    uint64_t v = 0;
    for (int shift = 0; *i < n && shift < 64; shift += 7) {
        unsigned char c = p[(*i)++];
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            *out = v;
            return 0;
        }
    }
    return -1;
}

static int64_t
unzigzag(uint64_t v)
{
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* Tokens blob: varint nsent, then per sentence its paragraph (zigzag
 * delta from the previous one), its token count and per token the gap
 * from the previous token's end and the length (code points, zigzag). */
static void
tokens_blob(ws_buf *b, const ws_doc *d)
{
    b->len = 0;
    put_varint(b, (uint64_t)d->sentences.n);
    int32_t prev_end = 0, prev_para = 0;
    for (int32_t k = 0; k < d->sentences.n; k++) {
        const ws_sentence *se = &d->sentences.v[k];
        int32_t t0 = se->tok0 < 0 ? 0 : se->tok0;
        int32_t t1 = se->tok1 > d->tokens.n ? d->tokens.n : se->tok1;
        if (t1 < t0)
            t1 = t0;
        put_varint(b, zigzag(se->para - prev_para));
        prev_para = se->para;
        put_varint(b, (uint64_t)(t1 - t0));
        for (int32_t t = t0; t < t1; t++) {
            const ws_token *tk = &d->tokens.v[t];
            put_varint(b, zigzag(tk->start - prev_end));
            put_varint(b, zigzag(tk->end - tk->start));
            prev_end = tk->end;
        }
    }
}

int
ws_store_save(ws_store *s, int64_t rowid, int64_t run, int64_t vid,
              const ws_doc *d, ws_buf *scratch)
{
    sqlite3_stmt *st = q(s, Q_DELETE_ANN);
    int rc;
    if (st == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    if ((rc = step_done(s, st, "deleting an annotation")) < 0)
        return rc;

    int ner = (d->done & WS_DONE_NER) != 0;
    int stance = (d->done & WS_DONE_STANCE) != 0;
    int32_t nent = ner ? d->entities.n : 0;
    int32_t nstmt = stance ? d->statements.n : 0;
    if ((st = q(s, Q_INSERT_ANN)) == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    sqlite3_bind_int64(st, 2, run);
    sqlite3_bind_int64(st, 3, vid);
    bind_str(st, 4, d->lang[0] ? d->lang : NULL);
    sqlite3_bind_int(st, 5, (d->done & WS_DONE_TOKENIZE) ? d->sentences.n : 0);
    sqlite3_bind_int(st, 6, (d->done & WS_DONE_TOKENIZE) ? d->tokens.n : 0);
    sqlite3_bind_int(st, 7, nent);
    sqlite3_bind_int(st, 8, nstmt);
    /* the errors the input came with are in documents.input_errors */
    ws_buf eb = {0};
    errors_json(&eb, d, d->nerrors_in);
    bind_str(st, 9, eb.len ? eb.buf : NULL);
    if (d->done & WS_DONE_TOKENIZE) {
        tokens_blob(scratch, d);
        sqlite3_bind_blob(st, 10, scratch->buf, (int)scratch->len,
                          SQLITE_STATIC);
    }
    rc = step_done(s, st, "saving an annotation");
    ws_buf_free(&eb);
    if (rc < 0)
        return rc;

    for (int32_t i = 0; i < nent; i++) {
        const ws_entity *e = &d->entities.v[i];
        if ((st = q(s, Q_INSERT_ENT)) == NULL)
            return -WS_EIO;
        sqlite3_bind_int64(st, 1, rowid);
        sqlite3_bind_int(st, 2, i);
        bind_str(st, 3, ws_etype_name(e->type));
        sqlite3_bind_int(st, 4, e->start);
        sqlite3_bind_int(st, 5, e->end);
        bind_str(st, 6, e->name);
        bind_pos(st, 7, e->cluster);
        bind_pos(st, 8, e->role);
        bind_pos(st, 9, e->org);
        bind_str(st, 10, e->gender);
        bind_str(st, 11, e->source);
        if ((rc = step_done(s, st, "saving an entity")) < 0)
            return rc;
    }
    for (int32_t i = 0; i < nstmt; i++) {
        const ws_statement *t = &d->statements.v[i];
        if ((st = q(s, Q_INSERT_STMT)) == NULL)
            return -WS_EIO;
        sqlite3_bind_int64(st, 1, rowid);
        sqlite3_bind_int(st, 2, i);
        bind_str(st, 3, ws_kind_name(t->kind));
        int nc = t->ncontent < 0                 ? 0
                 : t->ncontent > WS_MAX_SEGMENTS ? WS_MAX_SEGMENTS
                                                 : t->ncontent;
        scratch->len = 0;
        if (nc > 0) {
            bind_pos(st, 4, t->content[0].start);
            bind_pos(st, 5, t->content[nc - 1].end);
        }
        if (nc > 1) {
            ws_buf_putc(scratch, '[');
            for (int k = 0; k < nc; k++)
                ws_buf_printf(scratch, "%s[%d,%d]", k ? "," : "",
                              (int)t->content[k].start, (int)t->content[k].end);
            ws_buf_putc(scratch, ']');
            sqlite3_bind_text(st, 6, scratch->buf, (int)scratch->len,
                              SQLITE_TRANSIENT);
        }
        if (t->cue.start >= 0) {
            bind_pos(st, 7, t->cue.start);
            bind_pos(st, 8, t->cue.end);
        }
        if (t->speaker.start >= 0) {
            bind_pos(st, 9, t->speaker.start);
            bind_pos(st, 10, t->speaker.end);
        }
        bind_pos(st, 11, t->speaker_ent);
        bind_str(st, 12, t->speaker_name);
        bind_str(st, 13, t->speaker_role);
        bind_str(st, 14, t->speaker_org);
        scratch->len = 0;
        for (int k = 0; k < t->nstance && k < WS_MAX_LABELS; k++) {
            if (k)
                ws_buf_putc(scratch, ';');
            ws_buf_puts(scratch, ws_stance_name(t->stance[k]));
        }
        sqlite3_bind_text(st, 15, scratch->buf ? scratch->buf : "",
                          (int)scratch->len, SQLITE_TRANSIENT);
        bind_str(st, 16, t->target);
        if (t->target_span.start >= 0) {
            bind_pos(st, 17, t->target_span.start);
            bind_pos(st, 18, t->target_span.end);
        }
        bind_str(st, 19, t->intensity);
        sqlite3_bind_int(st, 20, t->negated != 0);
        sqlite3_bind_int(st, 21, t->hedged != 0);
        if ((rc = step_done(s, st, "saving a statement")) < 0)
            return rc;
        for (int k = 0; k < t->nstance && k < WS_MAX_LABELS; k++) {
            if ((st = q(s, Q_INSERT_STANCE)) == NULL)
                return -WS_EIO;
            sqlite3_bind_int64(st, 1, rowid);
            sqlite3_bind_int(st, 2, i);
            bind_str(st, 3, ws_stance_name(t->stance[k]));
            if ((rc = step_done(s, st, "saving a stance")) < 0)
                return rc;
        }
    }
    return 0;
}

/* ---- pending documents and loading ---- */

int
ws_store_pending(ws_store *s, int64_t vid, long *never, long *stale)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
                           "SELECT (SELECT count(*) FROM documents) - "
                           "(SELECT count(*) FROM annotations), "
                           "(SELECT count(*) FROM annotations "
                           "WHERE vid <> ?1)",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, "counting");
    sqlite3_bind_int64(st, 1, vid);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *never = (long)sqlite3_column_int64(st, 0);
        *stale = (long)sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : fail(s, "counting");
}

int
ws_store_pending_ids(ws_store *s, int64_t vid, int64_t after, int64_t *ids,
                     int max)
{
    sqlite3_stmt *st = q(s, Q_PENDING);
    if (st == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, after);
    sqlite3_bind_int64(st, 2, vid);
    sqlite3_bind_int(st, 3, max);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW)
        ids[n++] = sqlite3_column_int64(st, 0);
    if (n < max && rc != SQLITE_DONE)
        return fail(s, "finding pending documents");
    sqlite3_reset(st);
    return n;
}

static const char *
col_str(ws_doc *d, sqlite3_stmt *st, int i)
{
    const unsigned char *v = sqlite3_column_text(st, i);
    if (v == NULL)
        return NULL;
    return ws_arena_strndup(d->arena, (const char *)v,
                            (size_t)sqlite3_column_bytes(st, i));
}

/* Re-records the errors of a JSON array on d. */
static void
errors_load(ws_doc *d, const char *json)
{
    if (json == NULL)
        return;
    ws_json *v;
    char err[64];
    if (ws_json_parse(d->arena, json, strlen(json), &v, err, sizeof err) < 0 ||
        v->type != WS_JARR)
        return;
    for (const ws_json *e = v->child; e; e = e->next) {
        const ws_json *st = ws_json_get(e, "stage");
        const ws_json *co = ws_json_get(e, "code");
        const ws_json *me = ws_json_get(e, "message");
        int code = WS_EINTERNAL;
        if (co && co->type == WS_JSTR)
            for (int c = 0; c <= WS_ETRUNC; c++)
                if (strcmp(ws_strerror(c), co->s) == 0)
                    code = c;
        ws_doc_error(d, st && st->type == WS_JSTR ? st->s : "read", code, "%s",
                     me && me->type == WS_JSTR ? me->s : "");
    }
}

static int
load_tokens(ws_doc *d, const unsigned char *p, size_t n)
{
    size_t i = 0;
    uint64_t nsent, v;
    if (get_varint(p, n, &i, &nsent) < 0)
        return -1;
    int32_t prev_end = 0, para = 0;
    for (uint64_t k = 0; k < nsent; k++) {
        uint64_t ntok;
        if (get_varint(p, n, &i, &v) < 0 || get_varint(p, n, &i, &ntok) < 0)
            return -1;
        para += (int32_t)unzigzag(v);
        ws_sentence *se = WS_PUSH(d->sentences);
        if (se == NULL)
            return -1;
        se->para = para;
        se->tok0 = d->tokens.n;
        for (uint64_t t = 0; t < ntok; t++) {
            uint64_t gap, len;
            if (get_varint(p, n, &i, &gap) < 0 ||
                get_varint(p, n, &i, &len) < 0)
                return -1;
            ws_token *tk = WS_PUSH(d->tokens);
            if (tk == NULL)
                return -1;
            tk->start = prev_end + (int32_t)unzigzag(gap);
            tk->end = tk->start + (int32_t)unzigzag(len);
            if (tk->start < 0 || tk->end > d->ncp || tk->end < tk->start)
                return -1;
            tk->bstart = ws_doc_byte(d, tk->start);
            tk->bend = ws_doc_byte(d, tk->end);
            tk->sent = (int32_t)k;
            prev_end = tk->end;
            ws_token_flags(d, tk);
            if (t == 0)
                tk->flags |= WS_TOK_SENT0;
        }
        se->tok1 = d->tokens.n;
        /* a sentence without tokens sits where the previous one ended */
        se->start =
            se->tok1 > se->tok0 ? d->tokens.v[se->tok0].start : prev_end;
        se->end =
            se->tok1 > se->tok0 ? d->tokens.v[se->tok1 - 1].end : prev_end;
    }
    /* paragraphs: spans of their sentences */
    for (int32_t k = 0; k < d->sentences.n; k++) {
        const ws_sentence *se = &d->sentences.v[k];
        if (d->paragraphs.n == 0 || se->para >= d->paragraphs.n) {
            while (d->paragraphs.n <= se->para) {
                ws_paragraph *pp = WS_PUSH(d->paragraphs);
                if (pp == NULL)
                    return -1;
                pp->start = se->start;
                pp->end = se->end;
            }
        } else {
            if (se->end > d->paragraphs.v[se->para].end)
                d->paragraphs.v[se->para].end = se->end;
        }
    }
    return 0;
}

static int32_t
col_pos(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL
               ? -1
               : (int32_t)sqlite3_column_int64(st, i);
}

int
ws_store_load(ws_store *s, int64_t rowid, ws_doc *d, int annotations,
              const char **versions)
{
    ws_doc_reset(d);
    if (versions)
        *versions = NULL;
    sqlite3_stmt *st = q(s, Q_LOAD_DOC);
    if (st == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        if (rc == SQLITE_DONE) {
            snprintf(s->err, sizeof s->err, "%s: no document %lld", s->path,
                     (long long)rowid);
            return -WS_EFIELD;
        }
        return fail(s, "loading a document");
    }
    d->id = col_str(d, st, 0);
    const char *lang = (const char *)sqlite3_column_text(st, 1);
    if (lang && sqlite3_column_int(st, 2) && strlen(lang) < sizeof d->lang) {
        strcpy(d->lang, lang);
        d->lang_given = 1;
    }
    d->date = col_str(d, st, 3);
    d->title = col_str(d, st, 4);
    d->place = col_str(d, st, 5);
    d->source = col_str(d, st, 6);
    d->url = col_str(d, st, 7);
    d->dateline_date = col_str(d, st, 8);
    d->meta_extra = col_str(d, st, 9);
    d->extra = col_str(d, st, 10);
    const char *ierr = col_str(d, st, 11);
    rc = ws_doc_set_text(d, (const char *)sqlite3_column_text(st, 12),
                         (size_t)sqlite3_column_bytes(st, 12));
    d->input_name = col_str(d, st, 13);
    sqlite3_reset(st);
    if (rc < 0)
        return rc;
    /* the text was NFC when added: set_text recorded no new errors */
    d->errors.n = 0;
    errors_load(d, ierr);
    d->nerrors_in = d->errors.n;
    if (!annotations)
        return 0;

    if ((st = q(s, Q_LOAD_ANN)) == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        return 0; /* not annotated yet */
    }
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return fail(s, "loading an annotation");
    }
    const char *alang = (const char *)sqlite3_column_text(st, 0);
    if (alang && strlen(alang) < sizeof d->lang)
        strcpy(d->lang, alang);
    const void *blob = sqlite3_column_blob(st, 1);
    size_t blen = (size_t)sqlite3_column_bytes(st, 1);
    int tok_ok = blob != NULL && load_tokens(d, blob, blen) == 0;
    const char *aerr = col_str(d, st, 2);
    if (versions)
        *versions = col_str(d, st, 3);
    int has_ner = tok_ok, has_stance = tok_ok;
    sqlite3_reset(st);
    errors_load(d, aerr);
    if (tok_ok)
        d->done |= WS_DONE_TOKENIZE;
    else {
        d->sentences.n = d->tokens.n = d->paragraphs.n = 0;
        return 0;
    }

    if ((st = q(s, Q_LOAD_ENT)) == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ws_entity *e = WS_PUSH(d->entities);
        if (e == NULL) {
            sqlite3_reset(st);
            return -WS_ENOMEM;
        }
        int t = ws_etype_parse((const char *)sqlite3_column_text(st, 1));
        e->type = t < 0 ? WS_MISC : t;
        e->start = col_pos(st, 2);
        e->end = col_pos(st, 3);
        if (e->start < 0 || e->end > d->ncp || e->end < e->start)
            e->start = e->end = 0;
        e->tok0 = e->tok1 = -1;
        e->text = ws_doc_slice(d, e->start, e->end);
        e->name = col_str(d, st, 4);
        e->cluster = col_pos(st, 5);
        e->role = col_pos(st, 6);
        e->org = col_pos(st, 7);
        e->gender = col_str(d, st, 8);
        e->source = col_str(d, st, 9);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail(s, "loading entities");
    if (has_ner)
        d->done |= WS_DONE_NER;

    if ((st = q(s, Q_LOAD_STMT)) == NULL)
        return -WS_EIO;
    sqlite3_bind_int64(st, 1, rowid);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ws_statement *t = WS_PUSH(d->statements);
        if (t == NULL) {
            sqlite3_reset(st);
            return -WS_ENOMEM;
        }
        int k = ws_kind_parse((const char *)sqlite3_column_text(st, 1));
        t->kind = k < 0 ? WS_DIRECT : k;
        const char *segs = (const char *)sqlite3_column_text(st, 4);
        if (segs) {
            /* [[s,e],[s,e]...] */
            const char *p = segs;
            while (t->ncontent < WS_MAX_SEGMENTS &&
                   (p = strchr(p, '[')) != NULL) {
                int a, b;
                if (sscanf(p, "[%d,%d]", &a, &b) == 2) {
                    t->content[t->ncontent].start = a;
                    t->content[t->ncontent].end = b;
                    t->ncontent++;
                }
                p++;
            }
        } else if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
            t->content[0].start = col_pos(st, 2);
            t->content[0].end = col_pos(st, 3);
            t->ncontent = 1;
        }
        t->cue.start = col_pos(st, 5);
        t->cue.end = col_pos(st, 6);
        t->speaker.start = col_pos(st, 7);
        t->speaker.end = col_pos(st, 8);
        t->speaker_ent = col_pos(st, 9);
        t->speaker_name = col_str(d, st, 10);
        t->speaker_role = col_str(d, st, 11);
        t->speaker_org = col_str(d, st, 12);
        const char *labels = (const char *)sqlite3_column_text(st, 13);
        while (labels && *labels && t->nstance < WS_MAX_LABELS) {
            const char *semi = strchr(labels, ';');
            size_t len = semi ? (size_t)(semi - labels) : strlen(labels);
            char one[32];
            if (len < sizeof one) {
                memcpy(one, labels, len);
                one[len] = '\0';
                int lab = ws_stance_parse(one);
                if (lab >= 0)
                    t->stance[t->nstance++] = lab;
            }
            labels = semi ? semi + 1 : NULL;
        }
        t->target = col_str(d, st, 14);
        t->target_span.start = col_pos(st, 15);
        t->target_span.end = col_pos(st, 16);
        t->intensity = col_str(d, st, 17);
        t->negated = sqlite3_column_int(st, 18);
        t->hedged = sqlite3_column_int(st, 19);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return fail(s, "loading statements");
    if (has_stance)
        d->done |= WS_DONE_STANCE;
    return 1;
}

/* ---- status and verify ---- */

static int
print_query(ws_store *s, FILE *out, const char *sql, int64_t bindv,
            const char *fmt_head, int ncols, const int *widths)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return fail(s, "status");
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, bindv);
    if (fmt_head)
        fputs(fmt_head, out);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int i = 0; i < ncols; i++) {
            const char *v = (const char *)sqlite3_column_text(st, i);
            int w = widths[i];
            fprintf(out, "%s%*s", i ? "  " : "  ", w, v ? v : "-");
        }
        fputc('\n', out);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : fail(s, "status");
}

static int64_t
scalar(ws_store *s, const char *sql, int64_t bindv, int *err)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        fail(s, "query");
        *err = 1;
        return -1;
    }
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, bindv);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    else {
        fail(s, "query");
        *err = 1;
    }
    sqlite3_finalize(st);
    return v;
}

int
ws_store_status(ws_store *s, FILE *out, const char *versions)
{
    int64_t vid;
    int rc, err = 0;
    if ((rc = version_find(s, versions, &vid)) < 0)
        return rc;
    int64_t ndocs = scalar(s, "SELECT count(*) FROM documents", 0, &err);
    int64_t nann = scalar(s, "SELECT count(*) FROM annotations", 0, &err);
    int64_t ncur =
        scalar(s, "SELECT count(*) FROM annotations WHERE vid = ?1", vid, &err);
    int64_t nerr =
        scalar(s,
               "SELECT count(*) FROM documents d LEFT JOIN annotations a "
               "ON a.doc = d.id WHERE d.input_errors IS NOT NULL OR "
               "a.errors IS NOT NULL",
               0, &err);
    int64_t nstmt = scalar(s, "SELECT count(*) FROM statements", 0, &err);
    int64_t nent = scalar(s, "SELECT count(*) FROM entities", 0, &err);
    int64_t pages = scalar(s, "PRAGMA page_count", 0, &err);
    int64_t psize = scalar(s, "PRAGMA page_size", 0, &err);
    if (err)
        return -WS_EIO;
    fprintf(out, "%s: schema %d, %lld documents, %.1f MB", s->path, s->schema,
            (long long)ndocs, (double)(pages * psize) / 1e6);
    if (ndocs > 0)
        fprintf(out, " (%.0f bytes/document)",
                (double)(pages * psize) / (double)ndocs);
    fputc('\n', out);
    fprintf(out, "  current versions: %s\n", versions);
    fprintf(out,
            "  documents: %lld annotated (current), %lld stale, %lld never "
            "annotated, %lld with errors\n",
            (long long)ncur, (long long)(nann - ncur),
            (long long)(ndocs - nann), (long long)nerr);
    fprintf(out, "  rows: %lld statements, %lld entities\n", (long long)nstmt,
            (long long)nent);
    static const int wl[] = {6, 10, 10, 11, 9};
    if ((rc = print_query(
             s, out,
             "SELECT coalesce(coalesce(a.lang, d.lang), '?'), count(*), "
             "count(a.doc), sum(a.vid = ?1), coalesce(sum(a.nstmt), 0) "
             "FROM documents d LEFT JOIN annotations a ON a.doc = d.id "
             "GROUP BY 1 ORDER BY 2 DESC",
             vid,
             "by language:\n    lang   documents   annotated      current  "
             "statements\n",
             5, wl)) < 0)
        return rc;
    static const int wr[] = {4, 4, 20, 20, 11, 7, 8, 6};
    if ((rc = print_query(
             s, out,
             "SELECT * FROM (SELECT r.id, r.kind, r.started, "
             "coalesce(r.finished, '-'), r.status, r.ndocs, r.nskipped, "
             "r.nerrors FROM runs r ORDER BY r.id DESC LIMIT 10) "
             "ORDER BY 1",
             0,
             "runs (last 10; add: documents added, duplicates; run: "
             "documents annotated):\n"
             "    id  kind               started              finished     "
             "status     docs  skipped  errors\n",
             8, wr)) < 0)
        return rc;
    static const int wv[] = {4, 9, 1};
    return print_query(
        s, out,
        "SELECT v.id, (SELECT count(*) FROM annotations a WHERE a.vid = "
        "v.id), v.versions FROM versions v ORDER BY v.id",
        0, "versions (id, annotations, versions):\n", 3, wv);
}

static void
problem(FILE *out, long *n, const char *what, int64_t count)
{
    if (count != 0) {
        fprintf(out, "  PROBLEM: %s: %lld\n", what, (long long)count);
        (*n)++;
    }
}

int
ws_store_verify(ws_store *s, FILE *out, long *problems)
{
    *problems = 0;
    sqlite3_stmt *st;
    int rc, err = 0;
    /* 1. the b-trees */
    if (sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &st, NULL) !=
        SQLITE_OK)
        return fail(s, "integrity_check");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(st, 0);
        if (v && strcmp(v, "ok") != 0) {
            fprintf(out, "  PROBLEM: integrity: %s\n", v);
            (*problems)++;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, "integrity_check");
    /* 2. references */
    problem(
        out, problems, "foreign key violations",
        scalar(s, "SELECT count(*) FROM pragma_foreign_key_check", 0, &err));
    /* 3. the schema is ours */
    int v = 0;
    if ((rc = user_version(s, &v)) < 0)
        return rc;
    problem(out, problems, "unknown schema version", v != WS_STORE_SCHEMA);
    problem(out, problems, "meta.schema_version differs from user_version",
            scalar(s,
                   "SELECT count(*) FROM meta WHERE key = 'schema_version' "
                   "AND CAST(value AS INTEGER) <> ?1",
                   v, &err));
    problem(out, problems, "triggers in the database (not made by whosaid)",
            scalar(s,
                   "SELECT count(*) FROM sqlite_schema WHERE type = "
                   "'trigger'",
                   0, &err));
    /* 4. exactly once: counts agree with the rows */
    problem(out, problems,
            "annotations whose statement count differs from their rows",
            scalar(s,
                   "SELECT count(*) FROM annotations a WHERE a.nstmt <> "
                   "(SELECT count(*) FROM statements s WHERE s.doc = a.doc)",
                   0, &err));
    problem(out, problems,
            "annotations whose entity count differs from their rows",
            scalar(s,
                   "SELECT count(*) FROM annotations a WHERE a.nent <> "
                   "(SELECT count(*) FROM entities e WHERE e.doc = a.doc)",
                   0, &err));
    problem(out, problems, "statements whose stance rows differ",
            scalar(s,
                   "SELECT count(*) FROM statements s WHERE (s.stance <> '') "
                   "+ length(s.stance) - length(replace(s.stance, ';', '')) "
                   "<> (SELECT count(*) FROM stances t WHERE t.doc = s.doc "
                   "AND t.stmt = s.i)",
                   0, &err));
    problem(out, problems, "statement or entity offsets outside the text",
            scalar(s,
                   "SELECT (SELECT count(*) FROM statements s JOIN documents "
                   "d ON d.id = s.doc WHERE s.content_end > length(d.text) "
                   "OR s.content_start < 0) + (SELECT count(*) FROM entities "
                   "e JOIN documents d ON d.id = e.doc WHERE e.end > "
                   "length(d.text) OR e.start < 0)",
                   0, &err));
    if (err)
        return -WS_EIO;
    /* 5. content hashes (dedup key) match the texts */
    if (sqlite3_prepare_v2(s->db, "SELECT id, hash, text FROM documents", -1,
                           &st, NULL) != SQLITE_OK)
        return fail(s, "verify");
    int64_t bad = 0, n = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        unsigned char h[16];
        ws_store_hash((const char *)sqlite3_column_text(st, 2),
                      (size_t)sqlite3_column_bytes(st, 2), h);
        const void *stored = sqlite3_column_blob(st, 1);
        if (sqlite3_column_bytes(st, 1) != 16 || memcmp(stored, h, 16) != 0)
            bad++;
        n++;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return fail(s, "verify");
    problem(out, problems, "documents whose hash does not match the text", bad);
    int64_t nann = scalar(s, "SELECT count(*) FROM annotations", 0, &err);
    int64_t nstmt = scalar(s, "SELECT count(*) FROM statements", 0, &err);
    int64_t sum =
        scalar(s, "SELECT coalesce(sum(nstmt), 0) FROM annotations", 0, &err);
    if (err)
        return -WS_EIO;
    fprintf(out,
            "%s: %lld documents, %lld annotated, %lld statements (sum of "
            "counts %lld): %s\n",
            s->path, (long long)n, (long long)nann, (long long)nstmt,
            (long long)sum, *problems ? "PROBLEMS" : "ok");
    return 0;
}

/* ---- export cursors ----
 * Every query is a constant; filters are bound parameters:
 * ?1 since, ?2 until, ?3 lang, ?4 stance, ?5 speaker, ?6 source, ?7 limit.
 * A NULL parameter disables its filter. */

#define DOC_FILTER                                                             \
    " (?1 IS NULL OR substr(d.date, 1, 10) >= ?1)"                             \
    " AND (?2 IS NULL OR substr(d.date, 1, 10) <= ?2)"                         \
    " AND (?3 IS NULL OR coalesce(a.lang, d.lang) = ?3)"                       \
    " AND (?6 IS NULL OR instr(d.source, ?6) > 0)"
#define DOC_HAS_STMT                                                           \
    " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM stances t WHERE t.doc = d.id"   \
    " AND t.label = ?4))"                                                      \
    " AND (?5 IS NULL OR EXISTS (SELECT 1 FROM statements s2 WHERE s2.doc ="   \
    " d.id AND instr(s2.speaker_name, ?5) > 0))"
#define STMT_FILTER                                                            \
    " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM stances t WHERE t.doc = s.doc"  \
    " AND t.stmt = s.i AND t.label = ?4))"                                     \
    " AND (?5 IS NULL OR instr(s.speaker_name, ?5) > 0)"
#define SPAN(s, e) "substr(d.text, " s " + 1, " e " - " s ")"
#define STANCE_COUNT(l)                                                        \
    "sum(instr(';' || s.stance || ';', ';" l ";') > 0) AS " l

/* clang-format off */
static const char *const export_sql[WS_EXPORT_NKINDS] = {
    [WS_EXPORT_STATEMENTS] =
        "SELECT d.doc_id, d.date, d.source AS outlet,"
        " coalesce(a.lang, d.lang) AS lang, d.title, s.i AS statement,"
        " s.kind, " SPAN("s.speaker_start", "s.speaker_end") " AS speaker,"
        " s.speaker_name, s.speaker_role, s.speaker_org, s.stance,"
        " s.intensity, s.negated, s.hedged, s.target,"
        " CASE WHEN s.segments IS NULL THEN"
        " " SPAN("s.content_start", "s.content_end") " ELSE (SELECT"
        " group_concat(substr(d.text, json_extract(j.value, '$[0]') + 1,"
        " json_extract(j.value, '$[1]') - json_extract(j.value, '$[0]')),"
        " ' … ') FROM json_each(s.segments) j) END AS content,"
        " " SPAN("s.cue_start", "s.cue_end") " AS cue,"
        " s.content_start, s.content_end, s.cue_start, s.cue_end,"
        " s.speaker_start, s.speaker_end, s.target_start, s.target_end,"
        " d.url"
        " FROM documents d JOIN annotations a ON a.doc = d.id"
        " JOIN statements s ON s.doc = d.id"
        " WHERE" DOC_FILTER STMT_FILTER " ORDER BY d.id, s.i LIMIT ?7",
    [WS_EXPORT_ENTITIES] =
        "SELECT d.doc_id, d.date, d.source AS outlet,"
        " coalesce(a.lang, d.lang) AS lang, e.i AS entity, e.type,"
        " " SPAN("e.start", "e.end") " AS text, e.name, e.cluster,"
        " r.name AS role, o.name AS org, e.gender, e.start, e.end,"
        " e.source AS found_by"
        " FROM documents d JOIN annotations a ON a.doc = d.id"
        " JOIN entities e ON e.doc = d.id"
        " LEFT JOIN entities r ON r.doc = e.doc AND r.i = e.role"
        " LEFT JOIN entities o ON o.doc = e.doc AND o.i = e.org"
        " WHERE" DOC_FILTER DOC_HAS_STMT " ORDER BY d.id, e.i LIMIT ?7",
    [WS_EXPORT_SPEAKERS] =
        "SELECT s.speaker_name AS speaker, max(s.speaker_role) AS role,"
        " max(s.speaker_org) AS org, count(*) AS statements,"
        " count(DISTINCT s.doc) AS documents, "
        STANCE_COUNT("condemnation") ", " STANCE_COUNT("concern") ", "
        STANCE_COUNT("accusation") ", " STANCE_COUNT("denial") ", "
        STANCE_COUNT("demand") ", " STANCE_COUNT("warning") ", "
        STANCE_COUNT("support") ", " STANCE_COUNT("neutral") ","
        " min(d.date) AS first_date, max(d.date) AS last_date"
        " FROM documents d JOIN annotations a ON a.doc = d.id"
        " JOIN statements s ON s.doc = d.id"
        " WHERE s.speaker_name IS NOT NULL AND" DOC_FILTER STMT_FILTER
        " GROUP BY s.speaker_name ORDER BY count(*) DESC, s.speaker_name"
        " LIMIT ?7",
    [WS_EXPORT_DOCUMENTS] =
        "SELECT d.doc_id, d.date, d.source AS outlet, d.place, d.title,"
        " d.url, coalesce(a.lang, d.lang) AS lang, d.dateline_date,"
        " a.nsent AS sentences, a.ntok AS tokens, a.nent AS entities,"
        " a.nstmt AS statements, a.run AS annotated_by_run,"
        " v.versions, coalesce(d.input_errors, a.errors) AS errors,"
        " d.origin, d.text"
        " FROM documents d LEFT JOIN annotations a ON a.doc = d.id"
        " LEFT JOIN versions v ON v.id = a.vid"
        " WHERE" DOC_FILTER DOC_HAS_STMT " ORDER BY d.id LIMIT ?7",
    [WS_EXPORT_DOCROWS] =
        "SELECT d.id FROM documents d JOIN annotations a ON a.doc = d.id"
        " WHERE" DOC_FILTER DOC_HAS_STMT " ORDER BY d.id LIMIT ?7",
};
/* clang-format on */

struct ws_store_cursor {
    ws_store *s;
    sqlite3_stmt *st;
};

int
ws_store_query(ws_store *s, int kind, const ws_store_filter *f,
               ws_store_cursor **out)
{
    *out = NULL;
    if (kind < 0 || kind >= WS_EXPORT_NKINDS)
        return -WS_EINTERNAL;
    ws_store_cursor *c = calloc(1, sizeof(*c));
    if (c == NULL)
        return -WS_ENOMEM;
    c->s = s;
    if (sqlite3_prepare_v2(s->db, export_sql[kind], -1, &c->st, NULL) !=
        SQLITE_OK) {
        free(c);
        return fail(s, "export query");
    }
    const char *v[6] = {f->since,  f->until,   f->lang,
                        f->stance, f->speaker, f->source};
    for (int i = 0; i < 6; i++)
        bind_str(c->st, i + 1, v[i] && *v[i] ? v[i] : NULL);
    sqlite3_bind_int64(c->st, 7, f->limit > 0 ? f->limit : -1);
    *out = c;
    return 0;
}

int
ws_store_next(ws_store_cursor *c)
{
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    return fail(c->s, "export");
}

int
ws_store_ncols(const ws_store_cursor *c)
{
    return sqlite3_column_count(c->st);
}

const char *
ws_store_colname(const ws_store_cursor *c, int i)
{
    return sqlite3_column_name(c->st, i);
}

int
ws_store_coltype(const ws_store_cursor *c, int i)
{
    switch (sqlite3_column_type(c->st, i)) {
    case SQLITE_NULL:
        return WS_COL_NULL;
    case SQLITE_INTEGER:
        return WS_COL_INT;
    case SQLITE_FLOAT:
        return WS_COL_REAL;
    default:
        return WS_COL_TEXT;
    }
}

const char *
ws_store_text(const ws_store_cursor *c, int i, size_t *len)
{
    const char *v = (const char *)sqlite3_column_text(c->st, i);
    *len = v ? (size_t)sqlite3_column_bytes(c->st, i) : 0;
    return v;
}

int64_t
ws_store_int(const ws_store_cursor *c, int i)
{
    return sqlite3_column_int64(c->st, i);
}

void
ws_store_cursor_free(ws_store_cursor *c)
{
    if (c == NULL)
        return;
    sqlite3_finalize(c->st);
    free(c);
}
