import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logins per second against a running portal, and the portal's own Argon2id verified bare, in one run (issue 12).
 *
 * <pre>
 * java perf/LoginBench.java logins HOST PORT ICEGATE_ID PASSWORD CLIENTS SECONDS [ADDRESS_PREFIX]
 * java -cp CRYPTO_JARS perf/LoginBench.java hash THREADS SECONDS
 * </pre>
 *
 * A login is GET /login, POST /login with the form's CSRF token, and the 302 to /dashboard followed; each login
 * comes from its own 127.x.y.z address (the portal limits logins per address), as people on the internet do. The
 * hash mode encodes a password with the portal's parameters (Argon2id, 19 MiB, 2 passes, 1 lane) and verifies it on
 * THREADS threads, which is the ceiling a login can reach. Plain Java 17 and plain HTTP/1.0, so it needs nothing but
 * the JDK (and, for the hash, the spring-security-crypto and Bouncy Castle jars that the portal's jar holds).
 */
public class LoginBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("hash")) {
            hash(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        } else {
            logins(args[1], Integer.parseInt(args[2]), args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), args.length > 7 ? args[7] : "127.3");
        }
    }

    static void hash(int threads, int seconds) throws Exception {
        var encoder = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        String hash = encoder.encode("Bench#Password1");
        // A few seconds untimed first, so that the JIT has compiled Argon2 as it has in a portal that has run a while.
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < warm) {
            encoder.matches("Bench#Password1", hash);
        }
        run("hash", threads, seconds, ignored -> {
            if (!encoder.matches("Bench#Password1", hash)) {
                throw new IllegalStateException("hash does not verify");
            }
        });
    }

    static void logins(String host, int port, String id, String password, int clients, int seconds, String prefix)
            throws Exception {
        var target = new InetSocketAddress(host, port);
        run("logins", clients, seconds, n -> {
            var from = InetAddress.getByName(prefix + "." + (1 + n / 250 % 250) + "." + (1 + n % 250));
            Response page = exchange(target, from, "GET /login", null, null);
            Matcher csrf = CSRF.matcher(page.body);
            if (page.status != 200 || !csrf.find()) {
                throw new IllegalStateException("login page: " + page.status);
            }
            String form = "username=" + enc(id) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            Response login = exchange(target, from, "POST /login", page.cookies, form);
            if (login.status != 302 || !login.location.endsWith("/dashboard")) {
                throw new IllegalStateException("login: " + login.status + " to " + login.location);
            }
            Response dashboard = exchange(target, from, "GET /dashboard", login.cookies, null);
            if (dashboard.status != 200) {
                throw new IllegalStateException("dashboard: " + dashboard.status);
            }
        });
    }

    interface Step {
        void run(int n) throws Exception;
    }

    /** Runs the step on each thread, again and again (closed model), for the given seconds; prints rate and latency. */
    static void run(String what, int threads, int seconds, Step step) throws Exception {
        var counter = new AtomicInteger();
        var failures = new AtomicLong();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long begun = System.nanoTime();
                    try {
                        step.run(counter.getAndIncrement());
                        times.add(System.nanoTime() - begun);
                    } catch (Exception ex) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println(what + " failed: " + ex.getMessage());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%s: %d in %.1f s, %.1f/s, p50 %d ms, p99 %d ms, %d failed%n", what, sorted.size(),
                elapsed, sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99), failures.get());
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000;
    }

    record Response(int status, String location, String cookies, String body) {}

    static Response exchange(InetSocketAddress target, InetAddress from, String requestLine, String cookies,
            String form) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(target, 10_000);
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(requestLine).append(" HTTP/1.0\r\nHost: ")
                    .append(target.getHostString()).append(':').append(target.getPort()).append("\r\n");
            if (cookies != null && !cookies.isEmpty()) {
                request.append("Cookie: ").append(cookies).append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream(), cookies);
        }
    }

    static Response parse(InputStream in, String sentCookies) throws IOException {
        var all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String location = "";
        var cookies = new StringBuilder(sentCookies == null ? "" : sentCookies);
        for (String line : head) {
            String lower = line.toLowerCase();
            if (lower.startsWith("location:")) {
                location = line.substring(9).trim();
            } else if (lower.startsWith("set-cookie:")) {
                String cookie = line.substring(11).trim().split(";", 2)[0];
                if (!cookie.endsWith("=")) {
                    cookies.append(cookies.isEmpty() ? "" : "; ").append(cookie);
                }
            }
        }
        return new Response(status, location, cookies.toString(), text.substring(split + 4));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
