/*
 * test_record_members.c - the record reader takes an entity's members
 * (type, name, cluster, role, org, gender, source) in one pass over them
 * (json_members()): what ws_json_get() finds for each (the first member
 * of that name), whatever the members' order, with duplicates, names
 * escaped or of the same length, values of the wrong type, and members it
 * does not know.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* The members an entity may have after its span, some of the same
 * length as a key, some escaped */
static const char *const pool[] = {
    "\"type\":\"PERSON\"",
    "\"type\":\"ORG\"",
    "\"type\":3",
    "\"name\":\"Jo\"",
    "\"name\":\"Ann B\"",
    "\"name\":null",
    "\"cluster\":0",
    "\"cluster\":1",
    "\"cluster\":\"2\"",
    "\"role\":1",
    "\"role\":0",
    "\"role\":-1",
    "\"org\":1",
    "\"org\":0",
    "\"org\":true",
    "\"gender\":\"f\"",
    "\"gender\":\"m\"",
    "\"gender\":7",
    "\"source\":\"wiki\"",
    "\"source\":\"kb\"",
    "\"text\":\"Jo\"",
    "\"typo\":\"LOC\"",
    "\"nome\":\"X\"",
    "\"orgs\":1",
    "\"or\":1",
    "\"clusters\":4",
    "\"gendex\":\"x\"",
    "\"sourcE\":\"y\"",
    "\"t\\u0079pe\":\"LOC\"",
    "\"n\\u0061me\":\"Esc\"",
    "\"rol\\u0065\":0",
    "\"\":1",
    "\"cluste\":5",
};

static const char *
opt_str(const ws_json *v)
{
    return v != NULL && v->type == WS_JSTR ? v->s : NULL;
}

static int
same_str(const char *a, const char *b)
{
    return (a == NULL && b == NULL) ||
           (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* The entity ent (members after its span) read from a record, against
 * ws_json_get() on the same entity: the type, name, cluster, role, org,
 * gender and source the reader keeps. */
static int
entity_read_alike(const char *ent, char *why, size_t whylen)
{
    char rec[2048];
    snprintf(rec, sizeof rec,
             "{\"id\":\"a\",\"text\":\"Jo Ann met Bo.\","
             "\"paragraphs\":[{\"start\":0,\"end\":14}],"
             "\"sentences\":[{\"start\":0,\"end\":14}],"
             "\"tokens\":[{\"start\":0,\"end\":2},{\"start\":3,\"end\":6},"
             "{\"start\":7,\"end\":10},{\"start\":11,\"end\":13},"
             "{\"start\":13,\"end\":14}],"
             "\"entities\":[{\"start\":0,\"end\":6,\"type\":\"PERSON\"},"
             "{\"start\":11,\"end\":13%s%s}],"
             "\"versions\":{\"tokenize\":\"t\",\"ner\":\"n\"}}",
             ent[0] ? "," : "", ent);
    ws_doc *d = ws_doc_new();
    ws_json *r = NULL, *e = NULL;
    char err[128] = "";
    int ok = 0;
    char one[1024];
    snprintf(one, sizeof one, "{\"start\":11,\"end\":13%s%s}",
             ent[0] ? "," : "", ent);
    if (d == NULL ||
        ws_json_parse_record(d->arena, rec, strlen(rec), &r, err, sizeof err) <
            0 ||
        ws_json_parse(d->arena, one, strlen(one), &e, err, sizeof err) < 0) {
        snprintf(why, whylen, "parse: %s", err);
        goto out;
    }
    ws_record_from_json(d, r);
    /* the slow path: each member by ws_json_get() */
    const char *type = opt_str(ws_json_get(e, "type"));
    int t = type ? ws_etype_parse(type) : -1;
    if (t < 0) {
        ok = d->entities.n == 1;
        snprintf(why, whylen, "no type: %d entities", (int)d->entities.n);
        goto out;
    }
    if (d->entities.n != 2) {
        snprintf(why, whylen, "%d entities", (int)d->entities.n);
        goto out;
    }
    const ws_entity *x = &d->entities.v[1];
    const char *name = opt_str(ws_json_get(e, "name"));
    int32_t cluster = 1, role = -1, org = -1;
    const ws_json *v;
    if ((v = ws_json_get(e, "cluster")) && v->type == WS_JNUM)
        cluster = (int32_t)v->num;
    if ((v = ws_json_get(e, "role")) && v->type == WS_JNUM)
        role = (int32_t)v->num;
    if ((v = ws_json_get(e, "org")) && v->type == WS_JNUM)
        org = (int32_t)v->num;
    if (role >= 2)
        role = -1;
    if (org >= 2)
        org = -1;
    ok = x->type == t && same_str(x->name, name ? name : "Bo") &&
         x->cluster == cluster && x->role == role && x->org == org &&
         same_str(x->gender, opt_str(ws_json_get(e, "gender"))) &&
         same_str(x->source, opt_str(ws_json_get(e, "source")));
    snprintf(why, whylen,
             "type %d/%d name %s/%s cluster %d/%d role %d/%d org %d/%d "
             "gender %s source %s",
             x->type, t, x->name ? x->name : "-", name ? name : "-",
             (int)x->cluster, (int)cluster, (int)x->role, (int)role,
             (int)x->org, (int)org, x->gender ? x->gender : "-",
             x->source ? x->source : "-");
out:
    ws_doc_free(d);
    return ok;
}

static void
test_entity_members_edge_cases(void)
{
    static const char *const ents[] = {
        "",
        "\"type\":\"ORG\"",
        "\"type\":\"ORG\",\"type\":\"LOC\"",
        "\"source\":\"s\",\"gender\":\"f\",\"org\":0,\"role\":0,"
        "\"cluster\":0,\"name\":\"N\",\"type\":\"GOV\"",
        "\"t\\u0079pe\":\"LOC\",\"type\":\"MEDIA\"",
        "\"typo\":\"LOC\",\"type\":\"NORP\",\"nome\":\"x\",\"name\":\"y\"",
        "\"type\":\"ROLE\",\"or\":1,\"orgs\":0,\"org\":1,\"org\":0",
        "\"type\":\"MISC\",\"gender\":7,\"gender\":\"m\"",
        "\"type\":\"PER\",\"cluster\":\"1\",\"cluster\":0",
        "\"type\":1",
    };
    for (size_t i = 0; i < sizeof ents / sizeof ents[0]; i++) {
        char why[512];
        CHECK(entity_read_alike(ents[i], why, sizeof why), "entity {%s}: %s",
              ents[i], why);
    }
}

/* Random entities of up to twelve members of the pool, against the
 * slow path */
static void
test_entity_members_random(void)
{
    srand(37);
    int fails = 0;
    for (int it = 0; it < 3000; it++) {
        char ent[1024];
        size_t n = 0;
        int k = rand() % 13;
        ent[0] = '\0';
        for (int j = 0; j < k; j++) {
            const char *m = pool[rand() % (sizeof pool / sizeof pool[0])];
            n += (size_t)snprintf(ent + n, sizeof ent - n, "%s%s", j ? "," : "",
                                  m);
        }
        char why[512];
        if (!entity_read_alike(ent, why, sizeof why)) {
            if (fails++ < 5)
                CHECK(0, "entity {%s}: %s", ent, why);
        } else {
            CHECK(1, "entity");
        }
    }
    CHECK(fails == 0, "%d random entities read differently", fails);
}

int
main(void)
{
    test_entity_members_edge_cases();
    test_entity_members_random();
    TEST_END();
}
