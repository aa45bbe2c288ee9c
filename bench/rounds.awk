# bench/rounds.awk - the ratios of bench.sh's rounds, from its rounds.txt:
# a line "FIGURE WALL CPU RSS" a run (FIGURE icu, j1, j2 or halves: the
# bare ICU loop, run -j1, run -j2, the two run -j1 on the halves at once)
# and "round" after each round's four.  Prints each ratio's median over
# the rounds (of an even count, the mean of the two middle ones) and its
# range.  A round's ratios: run -j1's speed over the ICU loop's,
# -j2's speed-up over -j1, the halves' speed-up over -j1, the share of
# the halves' speed-up -j2 reaches, and the cores -j2 kept busy.
function med(a,   i, j, t, k) { # sorts a[1..n], returns its median
    for (i = 2; i <= n; i++)
        for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
            t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
        }
    k = int((n + 1) / 2)
    return n % 2 ? a[k] : (a[k] + a[k + 1]) / 2
}
function pos(v) { return v > 0 ? v : 0.005 }
$1 == "round" {
    k++
    x[k] = pos(w["icu"]) / pos(w["j1"]); s[k] = pos(w["j1"]) / pos(w["j2"])
    h[k] = pos(w["j1"]) / pos(w["halves"]); p[k] = 100 * pos(w["halves"]) / pos(w["j2"])
    c[k] = c2 / pos(w["j2"])
    next
}
{w[$1] = $2; if ($1 == "j2") c2 = $3}
END {
    if ((n = k) == 0)
        exit
    mx = med(x); x0 = x[1]; x1 = x[n]; ms = med(s); s0 = s[1]; s1 = s[n]
    mh = med(h); h0 = h[1]; h1 = h[n]; mp = med(p); p0 = p[1]; p1 = p[n]
    mc = med(c)
    printf "  in %d round%s of the ICU loop, -j1, -j2 and the halves, one after the other (medians; range):\n",
        n, n == 1 ? "" : "s"
    printf "    run -j1 at %.3f of the ICU loop (%.3f-%.3f); -j2 speed-up over -j1: %.2fx wall (%.2f-%.2fx; -j2 kept %.2f cores busy)\n",
        mx, x0, x1, ms, s0, s1, mc
    printf "    two -j1 processes on the halves: %.2fx (%.2f-%.2fx); -j2 reaches %.0f %% of it (%.0f-%.0f %%)\n",
        mh, h0, h1, mp, p0, p1
}
