package se.larcentra.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The results as Markdown: the login flood (start page alone and under the flood); then per size the
 * search latency table, throughput, index figures, and the targets. Either part may be absent
 * ({@code bench.phases}).
 */
final class Report {

    private Report() {
    }

    static String markdown(LoginFlood.Result flood, List<BenchmarkRun.SizeResult> results, JsonObject baseline, String startedAt,
            String uptimeBefore, String uptimeAfter, int wrkSeconds, int wrkWarmupSeconds, int luceneWarmup, int httpWarmup,
            String postgresVersion, String h2Version) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        String phases = System.getProperty("bench.phases", "");
        md.append("- Run: ").append(startedAt).append(", command `")
                .append(phases.isBlank() ? "" : "BENCH_PHASES=" + phases + " ").append("bash app/src/bench/run.sh`\n");
        md.append("- Code: commit ").append(System.getProperty("bench.commit", "unknown"))
                .append(" (plus the working tree as built)\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Server: Payara Server 6 in its own domain `larcentra-bench` (HTTP port 18080), `-Xmx1g -XX:+UseParallelGC`, embedded H2 ")
                .append(h2Version).append("; PostgreSQL ").append(postgresVersion).append(" (default settings)\n");
        md.append("- `uptime` before: `").append(uptimeBefore).append("`\n");
        md.append("- `uptime` after: `").append(uptimeAfter).append("`\n\n");
        if (flood != null) {
            loginFlood(md, flood);
        }
        if (results.isEmpty()) {
            return md.toString();
        }
        md.append("Latencies in milliseconds, p50 / p99 (nearest rank). *Lucene in-server*: `Search.search(...)` called ")
                .append("through its EJB proxy inside the server, one at a time, after ").append(luceneWarmup)
                .append(" warm-up rounds. *HTTP*: `GET /api/v1/search` from the driver (Java HttpClient, one connection, ")
                .append("sequential, response read completely), after ").append(httpWarmup).append(" warm-up rounds. ")
                .append("*SQL*: the page of 20 and the `COUNT(*)`, one after the other, over JDBC from the driver. ")
                .append("A round runs every query of the mix once; the mix row pools all samples (equal numbers per query).")
                .append(" Ratios are SQL p50 ÷ Lucene in-server p50.\n\n");

        md.append("Before the catalogue was grown (the demo's ").append(thousands(baseline.getJsonNumber("documents").longValue()))
                .append(" offerings) the server's heap after a full GC was ").append(mb(baseline.getJsonNumber("heapUsedBytes").longValue()))
                .append(" MB and the index ").append(format(baseline.getJsonNumber("indexBytesOnDisk").longValue() / 1048576.0, 1))
                .append(" MB on disk.\n\n");
        for (BenchmarkRun.SizeResult r : results) {
            size(md, r, wrkSeconds, wrkWarmupSeconds);
        }
        if (!results.isEmpty()) {
            targets(md, results.get(results.size() - 1));
        }
        return md.toString();
    }

    private static void size(StringBuilder md, BenchmarkRun.SizeResult r, int wrkSeconds, int wrkWarmupSeconds) {
        md.append("## ").append(thousands(r.offerings())).append(" offerings\n\n");
        md.append("Data: ");
        r.data().forEach((name, value) -> md.append(name).append(' ').append(thousands(value)).append("; "));
        md.append("grown in ").append(seconds(r.growMillis())).append(" s; the index had caught up ")
                .append(seconds(r.catchUpMillis())).append(" s after the last batch.\n\n");
        if (r.waitedSeconds() > 0) {
            md.append("Waited ").append(format(r.waitedSeconds() / 60.0, 1))
                    .append(" min in all for integration runs to end and the machine to be quiet before phases.\n\n");
        } else if (r.waitedSeconds() < 0) {
            md.append("**An integration-test domain was still running after ").append(format(-r.waitedSeconds() / 60.0, 1))
                    .append(" min of waiting; measured anyway.**\n\n");
        }
        if (!r.busyStarts().isEmpty()) {
            md.append("**Some phases started while others used the machine (").append(String.join(", ", r.busyStarts()))
                    .append("): the waiting limit was reached.**\n\n");
        }

        md.append("| query | hits: Lucene / LIKE / FTS | Lucene in-server | in-server, rebuilt index | HTTP | LIKE on H2 | LIKE on PostgreSQL | FTS on PostgreSQL | LIKE H2 ÷ Lucene | LIKE PG ÷ Lucene | FTS ÷ Lucene |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (QueryMix.Query query : QueryMix.MIX) {
            String name = query.name();
            Stats lucene = r.inServer().get(name).stats();
            Stats likeH2 = r.likeH2().get(name).stats();
            Stats likePg = r.likePostgres().get(name).stats();
            Stats fts = r.fullText().get(name).stats();
            md.append("| ").append(name).append(" `").append(query.text().replace("|", "\\|"))
                    .append(query.filters().isEmpty() ? "" : " " + query.filters())
                    .append(query.near() == null ? "" : " near " + query.near() + " ≤ " + query.radiusKm().intValue() + " km, by distance")
                    .append("` | ").append(thousands(r.inServer().get(name).total())).append(" / ")
                    .append(thousands(r.likeH2().get(name).total()))
                    .append(r.likeH2().get(name).total() == r.likePostgres().get(name).total() ? "" : " (PG " + r.likePostgres().get(name).total() + ")")
                    .append(" / ").append(thousands(r.fullText().get(name).total()))
                    .append(" | ").append(pair(lucene)).append(" | ").append(pair(r.inServerRebuilt().get(name).stats()))
                    .append(" | ").append(pair(r.http().get(name).stats()))
                    .append(" | ").append(pair(likeH2)).append(" | ").append(pair(likePg)).append(" | ").append(pair(fts))
                    .append(" | ").append(ratio(likeH2, lucene)).append(" | ").append(ratio(likePg, lucene))
                    .append(" | ").append(ratio(fts, lucene)).append(" |\n");
        }
        Stats lucene = pooled(r.inServer(), BenchServer.Timing::stats);
        Stats rebuilt = pooled(r.inServerRebuilt(), BenchServer.Timing::stats);
        Stats http = pooled(r.http(), BenchServer.Timing::stats);
        Stats likeH2 = pooled(r.likeH2(), SqlBaselines.Timing::stats);
        Stats likePg = pooled(r.likePostgres(), SqlBaselines.Timing::stats);
        Stats fts = pooled(r.fullText(), SqlBaselines.Timing::stats);
        md.append("| **the mix** | | **").append(pair(lucene)).append("** | **").append(pair(rebuilt)).append("** | **").append(pair(http)).append("** | **")
                .append(pair(likeH2)).append("** | **").append(pair(likePg)).append("** | **").append(pair(fts)).append("** | **")
                .append(ratio(likeH2, lucene)).append("** | **").append(ratio(likePg, lucene)).append("** | **")
                .append(ratio(fts, lucene)).append("** |\n\n");
        md.append("*In-server* is measured on the index as it grew (the change log applied batch by batch, then ")
                .append("merged by the server in the background once the log was drained, as after any large import: ")
                .append(segments(r.grownIndex().getInt("segments"))).append(", ")
                .append(thousands(r.grownIndex().getJsonNumber("deletedDocuments").longValue()))
                .append(" deleted documents), *rebuilt index* after the rebuild below (")
                .append(segments(r.memory().getInt("segments"))).append(", ")
                .append(thousands(r.memory().getJsonNumber("deletedDocuments").longValue())).append(" deleted). ");
        md.append("Samples per query: Lucene in-server ").append(r.luceneRounds()).append(", HTTP ").append(r.httpRounds())
                .append(", LIKE on H2 ").append(first(r.likeH2()).count()).append(", LIKE on PostgreSQL ")
                .append(first(r.likePostgres()).count()).append(", FTS ").append(first(r.fullText()).count())
                .append(" (SQL: as many rounds as fit in the time budget; with few samples p99 is the slowest one).\n\n");

        md.append("Throughput, `").append(r.wrk().measured().command().replace(System.getProperty("bench.out", ""), "…"))
                .append("` (the mix in turn; CPU in core-seconds), each after a ").append(wrkWarmupSeconds)
                .append(" s wrk run of the same kind that is not counted (it made ")
                .append(Math.round(r.wrk().warmup().requestsPerSecond())).append(" requests/s with p99 ")
                .append(format(r.wrk().warmup().p99Ms(), 2)).append(" ms before the index as grown, ")
                .append(Math.round(r.wrkRebuilt().warmup().requestsPerSecond())).append("/s with p99 ")
                .append(format(r.wrkRebuilt().warmup().p99Ms(), 2)).append(" ms before the rebuilt one):\n\n")
                .append("| index | requests/s | p50 | p90 | p99 | max | non-2xx | socket errors | wrk CPU | server CPU | server CPU per request | everything else |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        wrkRow(md, "as grown", r.wrk().measured(), phase(r, "wrk, " + wrkSeconds + " s"));
        wrkRow(md, "rebuilt", r.wrkRebuilt().measured(), phase(r, "wrk, " + wrkSeconds + " s, rebuilt index"));
        wrkRow(md, "`/api/v1/health` instead (the HTTP stack alone, 10 s)", r.wrkHealth(), phase(r, "wrk, 10 s, /api/v1/health"));
        md.append('\n');

        Stats suggest = pooled(r.suggestions(), BenchServer.Timing::stats);
        md.append("Autocomplete (`Search.suggest` inside the server, prefixes ")
                .append(String.join(", ", r.suggestions().keySet().stream().map(p -> "`" + p + "`").toList()))
                .append("; ").append(first(r.suggestions()).count()).append(" samples each): p50 / p99 **")
                .append(format(suggest.p50(), 3)).append(" / ").append(format(suggest.p99(), 3)).append(" ms**.\n\n");
        Stats visible = r.visibility().stats();
        md.append("A committed change reaching search (a course renamed in its own transaction, then searched for ")
                .append("every millisecond until its offerings are found; ").append(visible.count())
                .append(" renames, 50 ms apart, on the live index): p50 **").append(format(visible.p50(), 0))
                .append(" ms**, p99 / slowest **").append(format(visible.p99(), 0)).append(" ms** (the poller looks every 200 ms).\n\n");

        JsonObject m = r.memory();
        md.append("Index: rebuild of ").append(thousands(r.rebuildDocuments())).append(" documents **")
                .append(seconds(r.rebuildMillis())).append(" s**; on disk ")
                .append(mb(m.getJsonNumber("indexBytesOnDisk").longValue())).append(" MB (memory-mapped, page cache); heap used after a full GC ")
                .append(mb(m.getJsonNumber("heapUsedBytes").longValue())).append(" MB of ")
                .append(mb(m.getJsonNumber("heapMaxBytes").longValue())).append(" MB (the whole server); heap of one more searcher on the index (reader + facet value sets) ")
                .append(format(m.getJsonNumber("searcherHeapBytes").longValue() / 1048576.0, 1)).append(" MB; server resident memory ")
                .append(mb(r.serverRss())).append(" MB.\n\n");

        md.append("CPU while measuring (core-seconds; the machine has 2 cores; load average ").append(r.loadBefore())
                .append(" before, ").append(r.loadAfter()).append(" after):\n\n");
        md.append("| phase | wall s | machine busy | server | driver | wrk | everything else (other users, PostgreSQL) |\n|---|---|---|---|---|---|---|\n");
        for (MachineLoad.Phase p : r.phases()) {
            md.append("| ").append(p.name()).append(" | ").append(format(p.wallSeconds(), 1)).append(" | ")
                    .append(format(p.machineBusy(), 1)).append(" | ").append(format(p.server(), 1)).append(" | ")
                    .append(format(p.driver(), 1)).append(" | ").append(format(p.wrk(), 1)).append(" | ")
                    .append(format(p.other(), 1)).append(" |\n");
        }
        md.append('\n');
    }

    private static void loginFlood(StringBuilder md, LoginFlood.Result r) {
        LoginFlood.Flood flood = r.flood();
        md.append("## Login flood\n\n");
        md.append("The start page (`GET /`, ").append(r.probeRate()).append(" requests/s sent open-loop, one visitor's session, ")
                .append("each timed until the whole page is read) alone for ").append(r.idleSeconds()).append(" s, then while ")
                .append(flood.attempts()).append(" wrong logins (`POST /api/v1/auth/token`, every second one for a demo account, ")
                .append(String.join(", ", LoginFlood.DEMO_USERNAMES)).append(" in turn, the others for unknown usernames) arrive over ")
                .append(flood.connections()).append(" connections, each sending its next guess as soon as the last is answered, ")
                .append("then alone again for ").append(r.idleSeconds()).append(" s right after; after ").append(r.warmupSeconds())
                .append(" s of the start page alone that are not counted. On the demo catalogue, before anything else of the run.\n\n");
        if (r.waitedSeconds() > 0) {
            md.append("Waited ").append(format(r.waitedSeconds() / 60.0, 1))
                    .append(" min in all for integration runs to end and the machine to be quiet.\n\n");
        } else if (r.waitedSeconds() < 0) {
            md.append("**An integration-test domain was still running after ").append(format(-r.waitedSeconds() / 60.0, 1))
                    .append(" min of waiting; measured anyway.**\n\n");
        }
        if (!r.busyStarts().isEmpty()) {
            md.append("**Some stretches started while others used the machine (").append(String.join(", ", r.busyStarts()))
                    .append("): the waiting limit was reached.**\n\n");
        }
        md.append("| start page | p50 | p90 | p99 | max | pages (200) | not 200 | p50 ÷ alone | p99 ÷ alone |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        Stats alone = r.before().latency();
        for (LoginFlood.Probe probe : List.of(r.before(), r.during(), r.after())) {
            Stats l = probe.latency();
            boolean during = probe == r.during();
            md.append("| ").append(probe.name()).append(during ? " (" + format(probe.seconds(), 1) + " s)" : "")
                    .append(" | ").append(bold(format(l.p50(), 1) + " ms", during)).append(" | ").append(format(l.ms(90), 1))
                    .append(" ms | ").append(bold(format(l.p99(), 1) + " ms", during)).append(" | ").append(format(l.ms(100), 1))
                    .append(" ms | ").append(l.count()).append(" | ").append(probe.notOk()).append(" | ")
                    .append(format(l.p50() / alone.p50(), 1)).append("× | ").append(bold(format(l.p99() / alone.p99(), 1) + "×", during))
                    .append(" |\n");
        }
        md.append('\n');
        md.append("The flood: ").append(flood.attempts()).append(" wrong logins over ").append(flood.connections())
                .append(" connections in ").append(format(flood.seconds(), 1)).append(" s (")
                .append(format(flood.attempts() / flood.seconds(), 1)).append(" answered per second); answers ");
        flood.answers().forEach((answer, count) -> md.append('`').append(answer).append("` × ").append(count).append(", "));
        md.setLength(md.length() - 2);
        md.append("; a login answered in p50 ").append(format(flood.latency().p50(), 0)).append(" ms, p99 ")
                .append(format(flood.latency().p99(), 0)).append(" ms.\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        row(md, "start page p99 ≤ 500 ms during the flood (issue 11, point 4)", format(r.during().latency().p99(), 1) + " ms",
                r.during().latency().p99() <= 500 && r.during().notOk() == 0);
        md.append('\n');
        md.append("CPU (core-seconds; the machine has 2 cores):\n\n");
        md.append("| stretch | wall s | machine busy | server | driver | everything else |\n|---|---|---|---|---|---|\n");
        for (MachineLoad.Phase p : r.phases()) {
            md.append("| ").append(p.name()).append(" | ").append(format(p.wallSeconds(), 1)).append(" | ")
                    .append(format(p.machineBusy(), 1)).append(" | ").append(format(p.server(), 1)).append(" | ")
                    .append(format(p.driver(), 1)).append(" | ").append(format(p.other(), 1)).append(" |\n");
        }
        md.append('\n');
    }

    private static String bold(String text, boolean bold) {
        return bold ? "**" + text + "**" : text;
    }

    private static void targets(StringBuilder md, BenchmarkRun.SizeResult r) {
        Stats lucene = pooled(r.inServer(), BenchServer.Timing::stats);
        Stats likeH2 = pooled(r.likeH2(), SqlBaselines.Timing::stats);
        Stats likePg = pooled(r.likePostgres(), SqlBaselines.Timing::stats);
        md.append("## Targets at ").append(thousands(r.offerings())).append(" offerings\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        row(md, "in-server p50 of the mix ≤ 3 ms", format(lucene.p50(), 2) + " ms", lucene.p50() <= 3);
        row(md, "in-server p99 of the mix ≤ 15 ms", format(lucene.p99(), 2) + " ms", lucene.p99() <= 15);
        Stats rebuilt = pooled(r.inServerRebuilt(), BenchServer.Timing::stats);
        row(md, "the same on the rebuilt index: p50 ≤ 3 ms", format(rebuilt.p50(), 2) + " ms", rebuilt.p50() <= 3);
        row(md, "the same on the rebuilt index: p99 ≤ 15 ms", format(rebuilt.p99(), 2) + " ms", rebuilt.p99() <= 15);
        row(md, "`/api/v1/search` ≥ 500 requests/s (wrk, 1 thread, 16 connections)", format(r.wrk().measured().requestsPerSecond(), 0) + " /s",
                r.wrk().measured().requestsPerSecond() >= 500);
        row(md, "`/api/v1/search` p99 ≤ 50 ms (under that load)", format(r.wrk().measured().p99Ms(), 2) + " ms", r.wrk().measured().p99Ms() <= 50);
        row(md, "the same on the rebuilt index: ≥ 500 requests/s", format(r.wrkRebuilt().measured().requestsPerSecond(), 0) + " /s",
                r.wrkRebuilt().measured().requestsPerSecond() >= 500);
        row(md, "the same on the rebuilt index: p99 ≤ 50 ms", format(r.wrkRebuilt().measured().p99Ms(), 2) + " ms", r.wrkRebuilt().measured().p99Ms() <= 50);
        row(md, "a committed change visible in search within 1 s (slowest of " + r.visibility().stats().count() + ")",
                format(r.visibility().stats().p99(), 0) + " ms", r.visibility().stats().p99() <= 1_000);
        Stats suggest = pooled(r.suggestions(), BenchServer.Timing::stats);
        row(md, "autocomplete in a few milliseconds (p99 ≤ 5 ms)", format(suggest.p99(), 3) + " ms", suggest.p99() <= 5);
        row(md, "rebuild ≤ 60 s", seconds(r.rebuildMillis()) + " s", r.rebuildMillis() <= 60_000);
        row(md, "Lucene ≥ 20× faster than SQL LIKE at p50 (H2)", ratio(likeH2, lucene), likeH2.p50() / lucene.p50() >= 20);
        row(md, "Lucene ≥ 20× faster than SQL LIKE at p50 (PostgreSQL)", ratio(likePg, lucene), likePg.p50() / lucene.p50() >= 20);
        md.append('\n');
    }

    private static String segments(int count) {
        return count + (count == 1 ? " segment" : " segments");
    }

    private static MachineLoad.Phase phase(BenchmarkRun.SizeResult r, String name) {
        return r.phases().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static void wrkRow(StringBuilder md, String name, Wrk.Result w, MachineLoad.Phase phase) {
        md.append("| ").append(name).append(" | **").append(format(w.requestsPerSecond(), 0)).append("** | ")
                .append(format(w.p50Ms(), 2)).append(" ms | ").append(format(w.p90Ms(), 2)).append(" ms | **")
                .append(format(w.p99Ms(), 2)).append(" ms** | ").append(format(w.maxMs(), 2)).append(" ms | ")
                .append(w.non2xx()).append(" | ").append(w.socketErrors()).append(" | ")
                .append(format(w.cpuSeconds(), 1)).append(" s (").append(format(100 * w.cpuSeconds() / phase.wallSeconds(), 0))
                .append("% of a core) | ").append(format(phase.server(), 1)).append(" s (")
                .append(format(100 * phase.server() / phase.wallSeconds(), 0)).append("% of a core) | ")
                .append(format(1000 * phase.server() / Math.max(1, w.requests()), 2)).append(" ms | ")
                .append(format(phase.other(), 1)).append(" s |\n");
    }

    private static void row(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static <T> Stats pooled(Map<String, T> timings, Function<T, Stats> stats) {
        return Stats.pooled(timings.values().stream().map(stats).toList());
    }

    private static <T> Stats first(Map<String, T> timings) {
        Object first = timings.values().iterator().next();
        return first instanceof SqlBaselines.Timing t ? t.stats() : ((BenchServer.Timing) first).stats();
    }

    private static String pair(Stats stats) {
        return format(stats.p50(), stats.p50() < 10 ? 2 : 1) + " / " + format(stats.p99(), stats.p99() < 10 ? 2 : 1);
    }

    private static String ratio(Stats sql, Stats lucene) {
        double ratio = sql.p50() / lucene.p50();
        return format(ratio, ratio < 10 ? 1 : 0) + "×";
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value).replace(",", " ");
    }

    private static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(",", " ");
    }

    private static String seconds(long millis) {
        return format(millis / 1000.0, 1);
    }

    private static String mb(long bytes) {
        return Long.toString(Math.round(bytes / 1048576.0));
    }

    private static String machine() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
            long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
            return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memKb / 1048576.0)
                    + " GB RAM, Linux " + System.getProperty("os.version") + ", Java " + System.getProperty("java.version");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
