package se.larcentra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What else the machine is doing, from /proc: CPU time of the whole machine, of the server and of
 * this driver over a phase, the load average, and whether an integration-test domain runs.
 */
final class MachineLoad {

    /** CPU used over one phase, in core-seconds (2 cores give 2 per second of wall time). */
    record Phase(String name, double wallSeconds, double machineBusy, double server, double driver, double wrk) {

        /** Everything else: other people's builds and tests, and PostgreSQL (also when working for us). */
        double other() {
            return Math.max(0, machineBusy - server - driver - wrk);
        }
    }

    /** A reading to measure a phase from. */
    record Mark(long nanos, long machineBusyTicks, long serverTicks, long driverTicks) {
    }

    private static final double TICKS_PER_SECOND = Double.parseDouble(System.getProperty("bench.clkTck", "100"));

    private final long serverPid;
    private final List<Phase> phases = new ArrayList<>();

    MachineLoad(long serverPid) {
        this.serverPid = serverPid;
    }

    Mark mark() {
        return new Mark(System.nanoTime(), machineBusyTicks(), processTicks(serverPid), processTicks(ProcessHandle.current().pid()));
    }

    Phase end(String name, Mark start, double wrkSeconds) {
        Mark end = mark();
        Phase phase = new Phase(name, (end.nanos() - start.nanos()) / 1e9,
                (end.machineBusyTicks() - start.machineBusyTicks()) / TICKS_PER_SECOND,
                (end.serverTicks() - start.serverTicks()) / TICKS_PER_SECOND,
                (end.driverTicks() - start.driverTicks()) / TICKS_PER_SECOND, wrkSeconds);
        phases.add(phase);
        return phase;
    }

    /** Cores used by everything but the server and this driver since {@code start}. */
    double otherCores(Mark start) {
        Mark end = mark();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        double busy = (end.machineBusyTicks() - start.machineBusyTicks()) / TICKS_PER_SECOND;
        double ours = (end.serverTicks() - start.serverTicks() + end.driverTicks() - start.driverTicks()) / TICKS_PER_SECOND;
        return Math.max(0, busy - ours) / seconds;
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    static String loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** Processes whose command line names the integration-test domain (an integration run). */
    static List<Long> integrationTestProcesses() {
        List<Long> pids = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid != self) {
                    String cmdline = readQuietly(p.resolve("cmdline"));
                    if (cmdline.contains("itdomain")) {
                        pids.add(pid);
                    }
                }
            });
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    /** Resident memory of a process, in bytes. */
    static long residentBytes(long pid) {
        for (String line : read(Path.of("/proc/" + pid + "/status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static long machineBusyTicks() {
        String cpu = read(Path.of("/proc/stat")).lines().filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow();
        String[] f = cpu.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i <= 8 && i < f.length; i++) {
            if (i != 4 && i != 5) { // idle and iowait
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }

    private static long processTicks(long pid) {
        String stat = readQuietly(Path.of("/proc/" + pid + "/stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }
}
