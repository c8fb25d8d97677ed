package dev.longtake.takes.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;

import dev.longtake.media.Frames;
import dev.longtake.media.MediaException;
import dev.longtake.media.MediaInfo;
import dev.longtake.media.MediaProgress;
import dev.longtake.media.Probe;
import dev.longtake.takes.ui.internal.SwtImages;

/**
 * A small video player in SWT: a take is decoded with the media bundle on a background thread
 * (never the UI thread) into frames at the player's size, then painted on a canvas at the
 * video's own frame rate. Play/pause, a scrub slider, a loop toggle. Decoding stops when the
 * player is disposed or given another file.
 * <p>
 * Frames are kept in memory at most {@link #MAX_WIDTH} x {@link #MAX_HEIGHT} and for the first
 * {@link #MAX_SECONDS} seconds of a take (a 10 s take at 24 fps is about 75 MB).
 */
public class TakePlayer extends Composite {

    public static final int MAX_WIDTH = 480;
    public static final int MAX_HEIGHT = 270;
    public static final int MAX_SECONDS = 60;

    private final Canvas screen;
    private final Button playButton;
    private final Slider scrub;
    private final Button loopButton;
    private final Label position;
    private final Label title;

    private Path file;
    private ImageData[] frames;
    private double fps = 24;
    private int index;
    private boolean playing;
    private boolean playWhenLoaded;
    private boolean loop = true;
    private String problem;
    private Image shown;
    private int shownIndex = -1;
    /** Wall time and frame index when playback last started; frames follow the clock, not the timer. */
    private long playStartNanos;
    private int playStartIndex;
    /** Bumped for every new file, so a decoder of an older file stops and its frames are dropped. */
    private volatile int generation;
    private Thread decoder;

    public TakePlayer(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        setLayout(layout);
        title = new Label(this, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        screen = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        GridData screenData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
        screenData.widthHint = 320;
        screenData.heightHint = 180;
        screen.setLayoutData(screenData);
        screen.addListener(SWT.Paint, event -> paint(event.gc));
        playButton = new Button(this, SWT.PUSH);
        playButton.setText("\u25B6 Play");
        playButton.addListener(SWT.Selection, event -> {
            if (playing) {
                pause();
            } else {
                play();
            }
        });
        scrub = new Slider(this, SWT.HORIZONTAL);
        scrub.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scrub.setValues(0, 0, 1, 1, 1, 10);
        scrub.addListener(SWT.Selection, event -> seek(scrub.getSelection()));
        loopButton = new Button(this, SWT.CHECK);
        loopButton.setText("Loop");
        loopButton.setSelection(loop);
        loopButton.addListener(SWT.Selection, event -> loop = loopButton.getSelection());
        position = new Label(this, SWT.NONE);
        position.setText("          ");
        addListener(SWT.Dispose, event -> stop());
    }

    /** Decodes a take in the background and shows its first frame when ready; a null file empties the player. */
    public void open(Path take, String caption) {
        checkWidget();
        stop();
        file = take;
        frames = null;
        index = 0;
        problem = null;
        playing = false;
        title.setText(caption == null ? "" : caption);
        updateControls();
        screen.redraw();
        if (take == null) {
            return;
        }
        int mine = ++generation;
        var display = getDisplay();
        decoder = new Thread(() -> decode(take, mine, display), "take player: " + take.getFileName());
        decoder.setDaemon(true);
        decoder.start();
    }

    private void decode(Path take, int mine, org.eclipse.swt.widgets.Display display) {
        ImageData[] decoded = null;
        double rate = 24;
        String failure = null;
        try {
            MediaInfo info = Probe.of(take);
            rate = info.video().map(MediaInfo.VideoStream::fps).filter(f -> f > 0).orElse(24.0);
            int count = (int) Math.min((long) Math.ceil(rate * MAX_SECONDS),
                    info.video().flatMap(v -> v.frameCount().isPresent()
                            ? java.util.Optional.of(v.frameCount().getAsLong())
                            : java.util.Optional.empty()).orElse((long) Math.ceil(rate * info.seconds()) + 1));
            MediaProgress progress = new MediaProgress() {
                @Override
                public boolean isCanceled() {
                    return mine != generation;
                }
            };
            List<BufferedImage> pictures = Frames.first(take, Math.max(1, count), MAX_WIDTH, MAX_HEIGHT, progress);
            decoded = new ImageData[pictures.size()];
            for (int i = 0; i < decoded.length && mine == generation; i++) {
                decoded[i] = SwtImages.imageData(pictures.get(i));
                pictures.set(i, null);
            }
            if (decoded.length == 0) {
                failure = "no frames";
            }
        } catch (MediaException | RuntimeException | LinkageError e) {
            failure = e.getMessage();
        }
        if (mine != generation || display.isDisposed()) {
            return;
        }
        ImageData[] result = decoded;
        double resultFps = rate;
        String resultProblem = failure;
        display.asyncExec(() -> loaded(mine, result, resultFps, resultProblem));
    }

    private void loaded(int mine, ImageData[] decoded, double rate, String failure) {
        if (isDisposed() || mine != generation) {
            return;
        }
        problem = failure;
        frames = failure == null ? decoded : null;
        fps = rate;
        index = 0;
        updateControls();
        screen.redraw();
        if (frames != null && playWhenLoaded) {
            play();
        }
    }

    /** Starts playing from the current frame (from the start when at the end); waits for decoding when needed. */
    public void play() {
        checkWidget();
        if (frames == null) {
            playWhenLoaded = file != null && problem == null;
            return;
        }
        playWhenLoaded = false;
        if (index >= frames.length - 1) {
            index = 0;
        }
        playing = true;
        playStartNanos = System.nanoTime();
        playStartIndex = index;
        updateControls();
        getDisplay().timerExec(frameMillis(), this::tick);
    }

    public void pause() {
        checkWidget();
        playWhenLoaded = false;
        playing = false;
        updateControls();
    }

    /** Shows frame {@code frame} (clamped); playing continues from there. */
    public void seek(int frame) {
        checkWidget();
        if (frames == null) {
            return;
        }
        index = Math.max(0, Math.min(frames.length - 1, frame));
        playStartNanos = System.nanoTime();
        playStartIndex = index;
        updateControls();
        screen.redraw();
    }

    private int frameMillis() {
        return Math.max(5, (int) Math.round(1000 / fps));
    }

    private void tick() {
        if (isDisposed() || !playing || frames == null) {
            return;
        }
        long elapsed = System.nanoTime() - playStartNanos;
        int next = playStartIndex + (int) Math.floor(elapsed * fps / 1e9);
        if (next >= frames.length) {
            if (loop) {
                next = next % frames.length;
                playStartNanos = System.nanoTime();
                playStartIndex = next;
            } else {
                index = frames.length - 1;
                playing = false;
                updateControls();
                screen.redraw();
                return;
            }
        }
        if (next != index) {
            index = next;
            updateControls();
            screen.redraw();
        }
        getDisplay().timerExec(frameMillis(), this::tick);
    }

    private void paint(GC gc) {
        Rectangle area = screen.getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (frames == null || frames.length == 0) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
            String text = file == null ? "no take" : problem != null ? "cannot play: " + problem : "decoding\u2026";
            gc.drawText(text, area.x + 8, area.y + 8, true);
            return;
        }
        if (shown == null || shownIndex != index) {
            if (shown != null) {
                shown.dispose();
            }
            shown = new Image(getDisplay(), frames[index]);
            shownIndex = index;
        }
        Rectangle size = shown.getBounds();
        double scale = Math.min(area.width / (double) size.width, area.height / (double) size.height);
        int w = Math.max(1, (int) (size.width * scale));
        int h = Math.max(1, (int) (size.height * scale));
        gc.drawImage(shown, 0, 0, size.width, size.height, area.x + (area.width - w) / 2,
                area.y + (area.height - h) / 2, w, h);
    }

    private void updateControls() {
        if (isDisposed()) {
            return;
        }
        int count = frames == null ? 0 : frames.length;
        playButton.setText(playing ? "\u275A\u275A Pause" : "\u25B6 Play");
        playButton.setEnabled(file != null && problem == null);
        scrub.setEnabled(count > 0);
        scrub.setValues(index, 0, Math.max(1, count), 1, 1, Math.max(1, (int) Math.round(fps)));
        position.setText(count == 0 ? "" : String.format(Locale.ROOT, "%d/%d  %.2f s", index + 1, count, index / fps));
        layout(new org.eclipse.swt.widgets.Control[] { playButton, position });
    }

    private void stop() {
        generation++;
        playing = false;
        playWhenLoaded = false;
        if (decoder != null) {
            decoder.interrupt();
            decoder = null;
        }
        if (shown != null) {
            shown.dispose();
            shown = null;
            shownIndex = -1;
        }
    }

    public Path file() {
        return file;
    }

    /** Whether the take is decoded and ready to play. */
    public boolean isLoaded() {
        return frames != null;
    }

    /** Why the take cannot be played, or null. */
    public String problem() {
        return problem;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** The frame shown now, from 0. */
    public int frameIndex() {
        return index;
    }

    public int frameCount() {
        return frames == null ? 0 : frames.length;
    }

    public double fps() {
        return fps;
    }

    public boolean isLoop() {
        return loop;
    }

    public void setLoop(boolean value) {
        loop = value;
        loopButton.setSelection(value);
    }

    /** The decoder thread while it runs (tests check that disposing stops it). */
    public Thread decoderThread() {
        return decoder;
    }

    public Button playButton() {
        return playButton;
    }

    public Slider scrubSlider() {
        return scrub;
    }

    public Button loopButton() {
        return loopButton;
    }

    public Canvas screen() {
        return screen;
    }
}
