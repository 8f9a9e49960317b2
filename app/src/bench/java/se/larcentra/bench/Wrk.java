package se.larcentra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of {@code GET /api/v1/search} with wrk: one thread, 16 connections, the mix in turn
 * (a Lua script), under {@code /usr/bin/time -v} for the CPU wrk itself takes from the two cores.
 */
final class Wrk {

    record Result(String command, double requestsPerSecond, long requests, double p50Ms, double p75Ms, double p90Ms,
            double p99Ms, double maxMs, long non2xx, String socketErrors, double userSeconds, double systemSeconds,
            String output) {

        double cpuSeconds() {
            return userSeconds + systemSeconds;
        }
    }

    private Wrk() {
    }

    /** wrk on one path, without a script: the cost of the HTTP stack alone, for comparison. */
    static Result run(String url, int threads, int connections, int seconds, Path workDir) throws IOException, InterruptedException {
        return run(List.of("/usr/bin/time", "-v", "wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", url), workDir);
    }

    static Result run(String base, List<QueryMix.Query> mix, int threads, int connections, int seconds, Path workDir)
            throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("-- The search mix in turn; written by the benchmark.\nlocal paths = {\n");
        for (QueryMix.Query query : mix) {
            lua.append("  \"").append(query.httpPath().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = (i % #paths) + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        Path script = workDir.resolve("mix.lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        return run(List.of("/usr/bin/time", "-v", "wrk", "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "10s", "-s", script.toString(), base), workDir);
    }

    private static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve("wrk.out");
        Path err = workDir.resolve("wrk.time");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        String time = Files.readString(err, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IllegalStateException("wrk failed (" + exit + "):\n" + output + time);
        }
        return new Result(String.join(" ", command.subList(2, command.size())),
                number(output, "Requests/sec:\\s+([0-9.]+)"),
                (long) number(output, "(\\d+) requests in"),
                latency(output, "50%"), latency(output, "75%"), latency(output, "90%"), latency(output, "99%"),
                maxLatency(output),
                output.contains("Non-2xx") ? (long) number(output, "Non-2xx or 3xx responses:\\s+(\\d+)") : 0,
                find(output, "Socket errors: ([^\\n]+)").orElse("none"),
                number(time, "User time \\(seconds\\):\\s+([0-9.]+)"),
                number(time, "System time \\(seconds\\):\\s+([0-9.]+)"),
                output);
    }

    private static double latency(String output, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            return Double.NaN;
        }
        return toMs(Double.parseDouble(m.group(1)), m.group(2));
    }

    private static double maxLatency(String output) {
        Matcher m = Pattern.compile("Latency\\s+[0-9.]+\\w+\\s+[0-9.]+\\w+\\s+([0-9.]+)(us|ms|s)").matcher(output);
        return m.find() ? toMs(Double.parseDouble(m.group(1)), m.group(2)) : Double.NaN;
    }

    private static double toMs(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static double number(String text, String regex) {
        return find(text, regex).map(Double::parseDouble)
                .orElseThrow(() -> new IllegalStateException("no " + regex + " in:\n" + text));
    }

    private static java.util.Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1).trim()) : java.util.Optional.empty();
    }
}
