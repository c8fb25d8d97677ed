package dev.longtake.render.services;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal websocket server (RFC 6455) for ComfyUI's {@code /ws?clientId=}, on a port of its
 * own: the opening handshake ({@code Sec-WebSocket-Accept} from the client's key), unmasked
 * text and binary frames to the client, and reading (and dropping) what the client sends
 * until it goes away. Written for the tests; com.sun.net.httpserver cannot upgrade.
 */
final class WebSocketFront implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** One client's connection. */
    static final class Connection {
        final String clientId;
        private final Socket socket;
        private final OutputStream out;

        Connection(String clientId, Socket socket) throws IOException {
            this.clientId = clientId;
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void text(String message) throws IOException {
            frame(0x1, message.getBytes(StandardCharsets.UTF_8));
        }

        void binary(byte[] data) throws IOException {
            frame(0x2, data);
        }

        private synchronized void frame(int opcode, byte[] payload) throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x80 | opcode); // FIN, not masked: the server's frames are not
            if (payload.length < 126) {
                frame.write(payload.length);
            } else if (payload.length < 65536) {
                frame.write(126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length & 0xff);
            } else {
                frame.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >>> shift) & 0xff);
                }
            }
            frame.write(payload);
            out.write(frame.toByteArray());
            out.flush();
        }

        /** Cuts the connection without a closing handshake, as a crashed server or a lost network would. */
        void drop() {
            try {
                socket.close();
            } catch (IOException e) {
                // closed already
            }
        }

        boolean isOpen() {
            return !socket.isClosed();
        }
    }

    private final ServerSocket server;
    final Map<String, Connection> clients = new ConcurrentHashMap<>();
    final AtomicInteger handshakes = new AtomicInteger();
    /** The opening handshakes' requests, as received. */
    final List<String> headers = new CopyOnWriteArrayList<>();

    WebSocketFront() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    /** {@code ws://127.0.0.1:<port>/ws}. */
    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws");
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            headers.add(head);
            String[] request = head.split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < request.length; i++) {
                int colon = request[i].indexOf(':');
                if (colon > 0) {
                    headers.put(request[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            request[i].substring(colon + 1).strip());
                }
            }
            String[] line = request[0].split(" ");
            URI target = URI.create(line.length > 1 ? line[1] : "/");
            String key = headers.get("sec-websocket-key");
            String clientId = query(target.getRawQuery()).get("clientId");
            if (!"/ws".equals(target.getPath()) || key == null
                    || !"websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))) {
                socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                socket.close();
                return;
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1)));
            // ComfyUI names a client without clientId itself; the backend always gives one
            String sid = clientId != null ? clientId : "anonymous-" + handshakes.get();
            Connection connection = new Connection(sid, socket);
            handshakes.incrementAndGet();
            clients.put(sid, connection); // known before the client can queue a prompt
            socket.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            connection.text("{\"type\":\"status\",\"data\":{\"status\":{\"exec_info\":{\"queue_remaining\":0}},"
                    + "\"sid\":\"" + sid + "\"}}");
            readFrames(in, connection);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            // the client went away
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0 || head.length() > 16384) {
                throw new IOException("no request");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Reads the client's (masked) frames until it closes; answers a close with a close. */
    private static void readFrames(InputStream in, Connection connection) throws IOException {
        while (true) {
            int first = in.read();
            int second = in.read();
            if (first < 0 || second < 0) {
                return;
            }
            long length = second & 0x7f;
            if (length == 126) {
                length = (in.read() << 8) | in.read();
            } else if (length == 127) {
                length = 0;
                for (int i = 0; i < 8; i++) {
                    length = (length << 8) | in.read();
                }
            }
            if ((second & 0x80) != 0) {
                in.readNBytes(4); // the mask
            }
            in.readNBytes((int) length);
            if ((first & 0x0f) == 0x8) {
                connection.frame(0x8, new byte[0]);
                return;
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closed
        }
        clients.values().forEach(Connection::drop);
    }
}
