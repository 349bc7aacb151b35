package dev.seepoint.perception.text.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Tesseract's OpenMP to one thread per line. Tesseract as Debian (and Homebrew) builds it uses
 * OpenMP, so each line it recognises can start a team of threads that spin while they wait. Seepoint
 * already reads several lines at once, one per worker; on a small machine the teams then fight the
 * workers and each other: reading measured 4.4 times slower without {@code OMP_THREAD_LIMIT=1} (343
 * against 78 ms for a sign-in page's lines on 2 cores). The launcher and the build set the variable,
 * but a test suite that uses Seepoint as a library does not, so it is set here too.
 *
 * <p>OpenMP reads the variable once, when its library loads with Tesseract, so {@link #apply()} runs
 * before Tesseract is first loaded. A value already in the environment is kept. Where that is too
 * late (something loaded OpenMP earlier) or not possible (Windows), {@link #check()} says how to set
 * it by hand.
 */
final class OpenMpLimit {

    private static final Logger LOG = LoggerFactory.getLogger(OpenMpLimit.class);
    static final String VARIABLE = "OMP_THREAD_LIMIT";
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private OpenMpLimit() {
    }

    /** The C library's environment call, which OpenMP reads (Java's own environment is a copy). */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** The one OpenMP call needed: the limit in force. */
    interface OpenMp extends Library {
        int omp_get_thread_limit();
    }

    /** Sets {@code OMP_THREAD_LIMIT=1} in the process environment unless it is set already (not on Windows). */
    static void apply() {
        if (System.getenv(VARIABLE) != null || Platform.isWindows()) {
            return;
        }
        try {
            Native.load("c", LibC.class).setenv(VARIABLE, "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("could not set {} in the process environment: {}", VARIABLE, e.toString());
        }
    }

    /** The OpenMP thread limit in force in this process, when an OpenMP library is loaded and answers. */
    static OptionalInt limit() {
        for (String name : List.of("gomp", "libgomp.so.1", "omp")) {
            try {
                return OptionalInt.of(Native.load(name, OpenMp.class).omp_get_thread_limit());
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                // not this name; try the next
            }
        }
        return OptionalInt.empty();
    }

    /** Warns once when Tesseract's OpenMP may start more than one thread per line and the user set no limit. */
    static void check() {
        if (System.getenv(VARIABLE) != null) {
            return; // the user's choice
        }
        OptionalInt limit = limit();
        if (limit.isPresent() && limit.getAsInt() > 1 && WARNED.compareAndSet(false, true)) {
            LOG.warn("Tesseract's OpenMP may run {} threads for each line while Seepoint reads several lines at once, "
                    + "which made reading about 4 times slower where measured; set the environment variable {}=1 "
                    + "before starting Java", limit.getAsInt() == Integer.MAX_VALUE ? "unbounded" : limit.getAsInt(),
                    VARIABLE);
        }
    }
}
