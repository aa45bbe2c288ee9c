#!/bin/sh
# `whosaid eval --ud`: the scores line prints the F1 the scorer measured.
# Bug: a sentence F1 under 1 % (Thai, where nothing ends a sentence) was
# taken for a fraction and multiplied by 100 (0.66 % printed as 66.2).
# Invented treebank; ends with "N passed, N failed".
. "$(dirname "$0")/lib.sh"

# 300 gold sentences in one paragraph; only the first ends with a full
# stop, so the tokenizer finds 2 sentences, 1 right: P 50, R 0.33, F1 0.66
{
    echo '# newdoc id = d1'
    echo '# newpar'
    echo '# sent_id = 1'
    echo '# text = Rain fell.'
    printf '1\tRain\t_\t_\t_\t_\t_\t_\t_\t_\n'
    printf '2\tfell\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n'
    printf '3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
    i=2
    while [ $i -le 300 ]; do
        echo "# sent_id = $i"
        echo "# text = more rain"
        printf '1\tmore\t_\t_\t_\t_\t_\t_\t_\t_\n'
        printf '2\train\t_\t_\t_\t_\t_\t_\t_\t_\n\n'
        i=$((i + 1))
    done
} > "$tmp/en_tiny-ud-test.conllu"
$W eval --ud "$tmp/en_tiny-ud-test.conllu" > "$tmp/out" 2>&1
grep -q 'sentences P 50.00 R 0.33 F1 0.66' "$tmp/out" && ok || no "detail line: $(cat "$tmp/out")"
grep -q '^scores: tok_f1 100.0 sent_f1 0.7$' "$tmp/out" && ok || no "scores line: $(grep scores "$tmp/out")"
$W eval --ud "$tmp/en_tiny-ud-test.conllu" --json 2>/dev/null | grep -q '"sent_f1":0.66' && ok || no "--json sent_f1"

finish
