package org.geoparks.catalogue.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** An operator's webhook endpoint on a loopback port: keeps what it receives and answers as told. */
final class Receiver implements AutoCloseable {

    /** One POST as the receiver saw it. */
    record Received(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new ArrayBlockingQueue<>(1000);
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            Integer status = answers.poll();
            int code = status == null ? 204 : status;
            received.add(new Received(headers, body));
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next answers, in order; 204 once they are used up. */
    void answer(Integer... statuses) {
        answers.addAll(java.util.List.of(statuses));
    }

    Received next(long seconds) throws InterruptedException {
        Received r = received.poll(seconds, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("nothing received in " + seconds + " s");
        }
        return r;
    }

    Received nextOrNull(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    void clear() {
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
