package dev.longtake.storyboard;

import java.nio.file.Path;

/**
 * The text of the script a board edits: a file on disk when the storyboard is its own editor
 * ({@link StoryboardEditor}), the text page's document when it is a page of a multi-page
 * {@code .shots} editor ({@link DocumentScriptSource}). The board writes every edit through
 * {@link #setText}; whoever else changes the text calls the listeners.
 */
public interface ScriptSource {

    /** The script's file (its folder is the film's folder; it names the script in the resource set). */
    Path file();

    /** The text now. */
    String text();

    /** Replaces the text with the board's edit (may write it to disk). */
    void setText(String text);

    /** Called (on the UI thread) when something other than the board changed the text. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /** Stops listening to the text's origin. */
    default void dispose() {
    }
}
