package org.geoparks.importer.run;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how an import goes: a bar with records, records/s and the time left on a terminal; a log
 * line every few seconds otherwise (CI, files, the service's log).
 */
abstract class Progress {

    static Progress forConsole(String file, long total) {
        return onTerminal() ? new Bar(System.err, file, total) : new LogLines(file, total);
    }

    /** Java 22 made System.console() non-null on redirected output; Console.isTerminal() tells the truth there. */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    protected final String file;
    protected final long total;
    protected final long started = System.nanoTime();
    protected long done;

    Progress(String file, long total) {
        this.file = file;
        this.total = total;
    }

    void tick() {
        done++;
        show(false);
    }

    void finish() {
        show(true);
    }

    abstract void show(boolean last);

    double rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return seconds > 0 ? done / seconds : 0;
    }

    String eta() {
        if (total <= 0 || done == 0) {
            return "?";
        }
        Duration left = Duration.ofSeconds((long) ((total - done) / Math.max(rate(), 1e-9)));
        return "%d:%02d".formatted(left.toMinutes(), left.toSecondsPart());
    }

    /** A one-line bar redrawn in place. */
    static final class Bar extends Progress {
        private final PrintStream out;
        private long lastDraw;

        Bar(PrintStream out, String file, long total) {
            super(file, total);
            this.out = out;
        }

        @Override
        void show(boolean last) {
            long now = System.nanoTime();
            if (!last && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int width = 30;
            int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
            out.printf("\r%s [%s%s] %,d%s  %,.0f records/s  ETA %s ", file, "#".repeat(filled), " ".repeat(width - filled), done,
                    total > 0 ? "/" + String.format("%,d", total) : "", rate(), eta());
            if (last) {
                out.println();
            }
            out.flush();
        }
    }

    /** Plain lines every five seconds. */
    static final class LogLines extends Progress {
        private static final Logger log = LoggerFactory.getLogger(Progress.class);
        private long lastLine = System.nanoTime();

        LogLines(String file, long total) {
            super(file, total);
        }

        @Override
        void show(boolean last) {
            long now = System.nanoTime();
            if (last || now - lastLine > 5_000_000_000L) {
                lastLine = now;
                log.info("{}: {} records{} ({} records/s)", file, done, total > 0 ? " of " + total : "", Math.round(rate()));
            }
        }
    }
}
