/*
 * test_stance_en_speaker.c - speakers, mostly English (issue 9, session
 * 13): who a statement is given to when the subject is not next to the
 * cue (and a German possessive source phrase).  Each test is named after
 * what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'X, an apposition, said, "..."': the subject before the apposition
 * speaks (it was given to the last person named before). */
static void
test_en_quote_after_apposition_subject(void)
{
    expect_exact("Harold Quint spoke first. Marta Selby, a chemist who ran "
                 "the tests, recalled, \"The samples were clean.\"",
                 "The samples were clean.", WS_DIRECT, "recalled",
                 "Marta Selby");
    expect_exact("Ivo Brandt left early. Nora Pike, who chairs the tenants' "
                 "board, said, \"We expect the repairs by spring.\"",
                 "We expect the repairs by spring.", WS_DIRECT, "said",
                 "Nora Pike");
}

/* 'X, at a briefing, said, "..."': an adjunct set off by commas. */
static void
test_en_quote_after_comma_adjunct_subject(void)
{
    expect_exact("Paul Verne had spoken. Governor Lena Ortiz, at an evening "
                 "meeting, said, \"The bridge stays closed.\"",
                 "The bridge stays closed.", WS_DIRECT, "said", "Lena Ortiz");
}

/* 'X did Y, saying, "..."': the participle continues the main clause, its
 * subject speaks, not the last person named (the object). */
static void
test_en_quote_after_participle_main_subject(void)
{
    expect_exact("At the rally, Dana Voss attacked Owen Reyes over the budget, "
                 "saying, \"He wasted every cent.\"",
                 "He wasted every cent.", WS_DIRECT, "saying", "Dana Voss");
    expect_exact("Crowds of students marched past the hall while chanting, "
                 "\"No more fees!\"",
                 "No more fees!", WS_DIRECT, "chanting", "Crowds");
}

/* "But X, an apposition, said ...": the coordinator opens no phrase that
 * ends at the apposition's comma (the role alone was the speaker). */
static void
test_en_coordinator_before_apposition_subject(void)
{
    expect_exact("But Rosa Lind, director of outreach at a housing trust, "
                 "said families still want local schools.",
                 "families still want local schools", WS_INDIRECT, "said",
                 "Rosa Lind");
}

/* A participle after the main clause takes the subject after an opening
 * phrase: past "however," set off by commas, and past an "as well as"
 * phrase that continues the opening one (the subject was "as well", or the
 * last person named). */
static void
test_en_participle_subject_after_intro_adverb(void)
{
    expect_exact("Kemal Aydin had asked for a delay. On Tuesday, however, "
                 "Irene Falk addressed a meeting of bakers, promising to cut "
                 "the flour levy.",
                 "to cut the flour levy", WS_INDIRECT, "promising",
                 "Irene Falk");
    expect_exact("Troubled by the survey, as well as by letters from parents, "
                 "Irene Falk rewrote her proposal, promising to keep the "
                 "village schools open.",
                 "to keep the village schools open", WS_INDIRECT, "promising",
                 "Irene Falk");
}

/* The statement whose content contains `needle` names no source: no
 * speaker span and no name. */
static void
expect_no_source(const char *text, const char *needle)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *st = find(d, needle);
    CHECK(st != NULL, "%s: no statement with \"%s\"", text, needle);
    if (st != NULL)
        CHECK(st->speaker.start < 0 && st->speaker_name == NULL,
              "\"%s\": speaker \"%s\" (%s), want none", needle,
              span(d, st->speaker),
              st->speaker_name ? st->speaker_name : "no name");
    ws_doc_free(d);
}

/* "X was once asked how ...": a passive with an adverb such as "once"
 * between "be" and the participle; X is asked, not the source (X was the
 * speaker), and the question after it is the content. */
static void
test_en_passive_with_once_asked_how(void)
{
    expect_no_source("Coach Mira Tollan was once asked how her side kept "
                     "losing at home.",
                     "how her side kept losing at home");
    expect_no_source("The harbour master was again asked whether the pier "
                     "would reopen.",
                     "whether the pier would reopen");
}

/* "A club of X with Y in Z mailed a letter to W urging ...":
 * the letter's sender speaks even when the subject is too long for a noun
 * phrase read from its end (the last noun before the cue spoke). */
static void
test_en_doc_object_long_subject(void)
{
    expect_exact("In late autumn, a club of retired pilots with homes in river "
                 "towns mailed a letter to the county council urging "
                 "it to ban night flights.",
                 "it to ban night flights", WS_REPORTED, "urging", "a club");
}

/* 'Students marching through the square chanted "..."': the object of
 * the participle's preposition ("the square") was the speaker. */
static void
test_en_quote_subject_with_participle_phrase(void)
{
    expect_exact("Cyclists riding across the old bridge chanted \"Bike lanes "
                 "now!\" for an hour.",
                 "Bike lanes now!", WS_DIRECT, "chanted", "Cyclists");
}

/* "X said that Y would ... and suggested that ...": the coordinated cue
 * continues the outer statement, not one nested in its content (the
 * nested clause's subject spoke). */
static void
test_en_coordinated_cue_skips_nested_statement(void)
{
    expect_exact("Transport Minister Ilse Varga said the depot will shut in "
                 "the spring and suggested that the agency might lease the "
                 "yard to a bus firm.",
                 "the agency might lease the yard to a bus firm", WS_INDIRECT,
                 "suggested", "Ilse Varga");
}

/* '"...," she said at a rally announcing that ...': the occasion after
 * "at" does not speak, the clause's speaker does (the rally spoke). */
static void
test_en_participle_after_occasion_phrase(void)
{
    expect_exact("\"The shelters stay open,\" Mayor Lin Okafor said at a "
                 "press briefing announcing that the city would hire more "
                 "nurses.",
                 "the city would hire more nurses", WS_INDIRECT, "announcing",
                 "Okafor");
}

/* "A poll released in early June found ...": the subject with its
 * participle phrase, not the object of its preposition ("June" was the
 * speaker); and a phrase with common words in it is no name. */
static void
test_en_indirect_subject_with_participle_phrase(void)
{
    const char *text = "A transit survey released in early June found that "
                       "most riders wanted later trains.";
    expect_exact(text, "most riders wanted later trains", WS_INDIRECT, "found",
                 "A transit survey");
    ws_doc *d = run("en", text);
    ws_statement *st = d ? find(d, "most riders") : NULL;
    CHECK(st != NULL && st->speaker_name == NULL,
          "survey phrase: speaker_name \"%s\", want none",
          st && st->speaker_name ? st->speaker_name : "");
    ws_doc_free(d);
    /* a second verb of the same subject after "but" and its auxiliaries:
     * the sentence's subject ("the site" was) */
    expect_exact("The inspector faulted the firm for its use of the "
                 "site but did not urge a fine.",
                 "a fine", WS_REPORTED, "urge", "The inspector");
}

/* The speaker_name of the statement whose content contains needle. */
static void
expect_name(const char *text, const char *needle, const char *name)
{
    ws_doc *d = run("en", text);
    ws_statement *st = d ? find(d, needle) : NULL;
    CHECK(st != NULL, "%s: no statement with \"%s\"", text, needle);
    if (st != NULL)
        CHECK(st->speaker_name && strcmp(st->speaker_name, name) == 0,
              "\"%s\": speaker_name \"%s\", want \"%s\"", needle,
              st->speaker_name ? st->speaker_name : "", name);
    ws_doc_free(d);
}

/* A quote with no cue right after a sentence of the same paragraph whose
 * subject is a person, with no statement in it: that person speaks (the
 * last statement's speaker did). */
static void
test_en_orphan_quote_after_person_sentence(void)
{
    expect_name("\"The ferry will run in June,\" Governor Paul Dent said on "
                "Monday.\n\nSenator Ana Ruiz, who lost the primary, "
                "identified rising rents as the reason young people leave. "
                "\"Nobody under thirty can pay these rents anymore.\"",
                "Nobody under thirty can pay", "Ana Ruiz");
}

/* "X, who lost to Y, described ...": a person named in the relative
 * clause is not the speaker's name (Y was). */
static void
test_en_person_in_relative_clause_not_speaker_name(void)
{
    expect_name("Senator Ana Ruiz, who lost the primary to Paul Dent, "
                "described rising rents as a crisis for the city.",
                "rising rents", "Ana Ruiz");
}

/* German: a possessive in a source phrase ("Seiner Meinung nach ...",
 * "Nach ihren Worten ...") stands for the last person of its gender (the
 * phrase itself, "Seiner Meinung", was the speaker). */
static void
test_de_possessive_source_phrase_speaker(void)
{
    static const struct {
        const char *text, *needle, *name;
    } cases[] = {
        {"Der Innenminister Hans Ortmann besuchte am Montag die Grenze. "
         "Seiner Meinung nach ist die Lage dort unter Kontrolle.",
         "unter Kontrolle", "Hans Ortmann"},
        {"Die Ministerin Anna Berg sprach am Abend in Kassel. Nach ihren "
         "Worten wird das Gesetz im Mai beschlossen.",
         "im Mai beschlossen", "Anna Berg"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ws_doc *d = run("de", cases[i].text);
        ws_statement *st = d ? find(d, cases[i].needle) : NULL;
        CHECK(st != NULL, "%s: no statement", cases[i].text);
        if (st != NULL)
            CHECK(st->speaker_name &&
                      strcmp(st->speaker_name, cases[i].name) == 0,
                  "\"%s\": speaker_name \"%s\", want \"%s\"", cases[i].needle,
                  st->speaker_name ? st->speaker_name : "", cases[i].name);
        ws_doc_free(d);
    }
}

/* "In a message posted Friday, X said ...": the participle inside the
 * opening phrase is no statement ("a message" spoke, with the rest of the
 * sentence as its content, and the real statement was lost). */
static void
test_en_participle_in_opening_phrase_not_statement(void)
{
    expect_exact("In a video posted Sunday, Councillor Bea Lund said she "
                 "had \"real doubts\" about the tunnel.",
                 "she had \"real doubts\" about the tunnel", WS_MIXED, "said",
                 "Bea Lund");
}

/* "..., though an appeals court in 2019 found ...": a year after "in"
 * stands between the subject and the cue (the main clause's subject was
 * the speaker). */
static void
test_en_year_between_subject_and_cue(void)
{
    expect_exact("The port kept quiet for months, though a trade panel in "
                 "2014 found the tariffs were unfair.",
                 "the tariffs were unfair", WS_INDIRECT, "found",
                 "a trade panel");
}

/* "When pressed by the host about ..., X said ...": the agent of the
 * participle after a subordinator is its source (none was, and the
 * content held "by the host"). */
static void
test_en_subordinator_participle_agent(void)
{
    expect_exact("When pressed by the interviewer about how she would fund "
                 "the clinics, Dana Voss said fees would stay low.",
                 "about how she would fund the clinics", WS_REPORTED,
                 "pressed by", "the interviewer");
}

/* The speaker span of the statement whose content contains needle
 * contains `speaker`. */
static void
expect_span_has(const char *text, const char *needle, const char *speaker)
{
    ws_doc *d = run("en", text);
    ws_statement *st = d ? find(d, needle) : NULL;
    CHECK(st != NULL, "%s: no statement with \"%s\"", text, needle);
    if (st != NULL)
        CHECK(strstr(span(d, st->speaker), speaker) != NULL,
              "\"%s\": speaker \"%s\", want \"%s\"", needle,
              span(d, st->speaker), speaker);
    ws_doc_free(d);
}

/* '"...," the placard reads': a written text gives its own words (the
 * quote went to the last person named); a quotation right after "read"
 * with no comma or colon is a title, no statement. */
static void
test_en_written_text_reads_quote(void)
{
    expect_exact("Oren Vale runs the depot. \"Keep the gates shut after "
                 "dark,\" the placard reads.",
                 "Keep the gates shut after dark,", WS_DIRECT, "reads",
                 "the placard");
    expect_exact("Dr. Ines Farr signed it. \"No patient was harmed during "
                 "the outage,\" the memo read.",
                 "No patient was harmed during the outage,", WS_DIRECT, "read",
                 "the memo");
    expect_no_act("Mia Brook read \"Middlemarch\" on the long train "
                  "ride north.",
                  "Middlemarch");
}

/* "forced X to admit that ...", "has led X to fear ...": the object of a
 * verb that makes it act is the speaker, not the verb's subject. */
static void
test_en_object_control_speaker(void)
{
    expect_span_has("The judge forced Okafor, who had dodged the question "
                    "twice, to admit that the funds were moved offshore.",
                    "the funds were moved", "Okafor");
    expect_span_has("The long drought has led the veteran grower Ada Kerr "
                    "to fear a \"lost decade for the whole valley.\"",
                    "lost decade", "Ada Kerr");
}

/* 'X, who ... (a long relative clause), said, "..."': the subject before
 * the relative clause speaks, not a person named inside it. */
static void
test_en_long_relative_apposition_subject(void)
{
    expect_span_has("Tobin Hale, who manages Mayor Greer's door-to-door "
                    "outreach drive for rural seniors' groups in five towns, "
                    "said, \"Nobody here feels heard.\"",
                    "Nobody here feels heard.", "Tobin Hale");
}

/* 'As X, an apposition, recently put it, "..."': the subordinator and the
 * adverb before the cue do not hide the subject. */
static void
test_en_as_apposition_adverb_put_it(void)
{
    expect_span_has("Freight rates keep rising. As Lara Moss, a port "
                    "economist at a shipping institute, recently put it, "
                    "\"Who pays for all the empty containers?\"",
                    "empty containers", "Lara Moss");
}

/* 'I shrugged and said, "..."': the subject of the first of two joined
 * verbs speaks (it went to the last person named). */
static void
test_en_coordinated_quote_verb_subject(void)
{
    expect_span_has("When coach Tim Bara asked about the loss, I shrugged "
                    "and said, \"We simply ran out of legs.\"",
                    "ran out of legs", "I");
}

/* "not everyone believes ...", "..., many of whom argue ...": an indefinite
 * or quantified subject speaks (the sentence's first phrase or the last
 * person named did). */
static void
test_en_indefinite_quantified_subject(void)
{
    expect_span_has("Experts differ on the painting, and not everyone "
                    "believes that the signature is a forgery.",
                    "the signature is a forgery", "not everyone");
    expect_span_has("The verdict angered relatives of the divers, many of "
                    "whom argue that the inquiry was rushed.",
                    "the inquiry was rushed", "many of whom");
}

/* 'X, an apposition -- an aside -- told me, "..."': the aside between
 * dashes hid the subject (the quote went to a name inside the aside). */
static void
test_en_apposition_dash_aside_subject(void)
{
    expect_span_has("Tom Reyes, the chief executive of Lumen Films -- the "
                    "studio behind Ms. Vale's travel series, which also airs "
                    "on cable -- told me, \"We sell to people who want our "
                    "shows.\"",
                    "We sell to people", "Tom Reyes");
}

/* A document's quoted title belongs to the speaker phrase of the document
 * noun before it, as an organisation's quoted name does: the speakers
 * lexicon's "doc" attribute sets C_DOC, and quoted_name_start tested an
 * S_DOC bit that no entry set, so the title was left out. */
static void
test_doc_speaker_keeps_quoted_title(void)
{
    expect_exact("The report \"Open Water\" warned that fishing stocks are "
                 "falling along the northern coast.",
                 "fishing stocks are falling along the northern coast",
                 WS_INDIRECT, "warned", "report \"Open Water\"");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_speaker: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_quote_after_apposition_subject();
    test_en_quote_after_comma_adjunct_subject();
    test_en_quote_after_participle_main_subject();
    test_en_coordinator_before_apposition_subject();
    test_en_participle_subject_after_intro_adverb();
    test_en_passive_with_once_asked_how();
    test_en_doc_object_long_subject();
    test_en_quote_subject_with_participle_phrase();
    test_en_coordinated_cue_skips_nested_statement();
    test_en_participle_after_occasion_phrase();
    test_en_indirect_subject_with_participle_phrase();
    test_en_orphan_quote_after_person_sentence();
    test_en_person_in_relative_clause_not_speaker_name();
    test_de_possessive_source_phrase_speaker();
    test_en_participle_in_opening_phrase_not_statement();
    test_en_year_between_subject_and_cue();
    test_en_subordinator_participle_agent();
    test_en_written_text_reads_quote();
    test_en_object_control_speaker();
    test_en_long_relative_apposition_subject();
    test_en_as_apposition_adverb_put_it();
    test_en_coordinated_quote_verb_subject();
    test_en_indefinite_quantified_subject();
    test_en_apposition_dash_aside_subject();
    test_doc_speaker_keeps_quoted_title();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
