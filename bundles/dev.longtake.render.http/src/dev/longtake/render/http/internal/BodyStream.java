package dev.longtake.render.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read piece by piece with a limit on silence: {@link #next} waits at most the
 * stall time for the next bytes and is interruptible, which the JDK client's input stream is not.
 */
public final class BodyStream implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {

    /** Thrown when the body stops flowing for longer than the stall time. */
    public static final class StalledException extends IOException {
        private static final long serialVersionUID = 1L;

        StalledException(String message) {
            super(message);
        }
    }

    private static final Object END = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Duration stall;
    private Flow.Subscription subscription;
    private Iterator<ByteBuffer> current;
    private boolean ended;

    public BodyStream(Duration stall) {
        this.stall = stall;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        synchronized (this) {
            subscription = s;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        queue.add(throwable);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /**
     * The next bytes of the body, or null at its end.
     *
     * @throws StalledException when nothing came within the stall time
     * @throws IOException      when the connection broke
     */
    public ByteBuffer next() throws IOException, InterruptedException {
        while (true) {
            if (current != null && current.hasNext()) {
                ByteBuffer buffer = current.next();
                if (buffer.hasRemaining()) {
                    return buffer;
                }
                continue;
            }
            if (ended) {
                return null;
            }
            if (current != null) {
                current = null;
                requestMore();
            }
            Object item = queue.poll(stall.toNanos(), TimeUnit.NANOSECONDS);
            if (item == null) {
                close();
                throw new StalledException("no data for " + stall.toMillis() + " ms");
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) item;
            current = buffers.iterator();
        }
    }

    private synchronized void requestMore() {
        if (subscription != null) {
            subscription.request(1);
        }
    }

    /** Reads the whole body, refusing one longer than {@code limit} bytes. */
    public byte[] readAll(int limit) throws IOException, InterruptedException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (ByteBuffer b; (b = next()) != null;) {
            if (out.size() + b.remaining() > limit) {
                close();
                throw new IOException("the answer is longer than " + limit + " bytes");
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.write(chunk);
        }
        return out.toByteArray();
    }

    /** Stops the body (the connection is released). */
    @Override
    public synchronized void close() {
        if (subscription != null && !ended) {
            subscription.cancel();
        }
        ended = true;
    }
}
