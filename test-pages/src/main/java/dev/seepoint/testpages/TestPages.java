package dev.seepoint.testpages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny static web server on 127.0.0.1 for the fixture pages (or any folder), on a free port.
 *
 * <pre>{@code
 * try (TestPages pages = TestPages.start()) {
 *     driver.get(pages.url("sign-in.html"));
 * }
 * }</pre>
 */
public final class TestPages implements AutoCloseable {

    /** Classpath folder that holds the bundled fixture pages. */
    public static final String PAGES = "seepoint-test-pages/pages/";
    /** Classpath folder that holds the labelled cases. */
    public static final String CASES = "seepoint-test-pages/cases/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path folder;

    private TestPages(Path folder) throws IOException {
        this.folder = folder;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-pages-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Serves the bundled fixture pages. */
    public static TestPages start() {
        try {
            return new TestPages(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test-pages server", e);
        }
    }

    /** Serves the files of {@code folder}. */
    public static TestPages serve(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder.toAbsolutePath());
        }
        try {
            return new TestPages(folder.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a server for " + folder, e);
        }
    }

    /** {@code http://127.0.0.1:PORT/} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The address of a page, e.g. {@code url("sign-in.html")}. */
    public String url(String page) {
        return baseUrl() + (page.startsWith("/") ? page.substring(1) : page);
    }

    /** Reads a bundled resource under {@link #CASES} or {@link #PAGES}, or null when absent. */
    public static InputStream resource(String path) {
        return TestPages.class.getClassLoader().getResourceAsStream(path);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            if (path.endsWith("/")) {
                path = path + "index.html";
            }
            String rel = path.startsWith("/") ? path.substring(1) : path;
            if (rel.contains("..")) {
                send(exchange, 400, "text/plain", "bad path".getBytes());
                return;
            }
            byte[] body = load(rel);
            if (body == null) {
                send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + rel).getBytes());
                return;
            }
            String ext = rel.contains(".") ? rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private byte[] load(String rel) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(rel).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return null;
            }
            return Files.readAllBytes(file);
        }
        try (InputStream in = resource(PAGES + rel)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
