package io.xinling.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A tiny JSON client of the service the load drivers start: POSTs with one tenant's key, expecting a status.
 *
 * <p>It speaks plain HTTP/1.1 over one kept-alive socket per calling thread, because the load drivers run in the
 * service's JVM and share its two cores: {@code java.net.http.HttpClient} spent about a fifth of the process's CPU on
 * its selector and worker threads, which the service under test then did not get.
 */
public final class JsonHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String key;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    public JsonHttp(int port, String key) {
        this.port = port;
        this.key = key;
    }

    /** POSTs {@code body} to {@code path} and parses the answer, which must have the status {@code expected}. */
    public JsonNode post(String path, String body, int expected) throws IOException {
        return JSON.readTree(send(path, body, expected));
    }

    /** POSTs {@code body} to {@code path}; the answer must have the status {@code expected}; its body is not parsed. */
    public void postUnread(String path, String body, int expected) throws IOException {
        send(path, body, expected);
    }

    private byte[] send(String path, String body, int expected) throws IOException {
        Connection connection = connections.get();
        if (connection == null || connection.socket.isClosed()) {
            connection = new Connection(new Socket(InetAddress.getLoopbackAddress(), port));
            connections.set(connection);
        }
        Response r = connection.exchange(path, key, body);
        if (r.status() != expected) {
            throw new IllegalStateException(path + " answered " + r.status() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private record Response(int status, byte[] body) {
    }

    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        Response exchange(String path, String key, String body) throws IOException {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + content.length);
            request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(content);
            request.writeTo(out);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            byte[] answer = chunked ? chunks() : in.readNBytes(Math.max(length, 0));
            if (close) {
                socket.close();
            }
            return new Response(status, answer);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            return body.toByteArray();
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    socket.close();
                    throw new UncheckedIOException(new IOException("the service closed the connection"));
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
