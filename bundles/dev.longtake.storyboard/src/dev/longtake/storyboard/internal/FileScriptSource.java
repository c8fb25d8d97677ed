package dev.longtake.storyboard.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;

import dev.longtake.storyboard.ScriptSource;

/**
 * A script file of the workspace: the stand-alone storyboard writes each edit to it at once
 * (there is no unsaved state), and hears of changes others make to it.
 */
public final class FileScriptSource implements ScriptSource {

    private final IFile file;
    private final Display display;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastWritten;
    private final IResourceChangeListener workspaceListener = this::resourceChanged;

    public FileScriptSource(IFile file, Display display) {
        this.file = file;
        this.display = display;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
    }

    public IFile workspaceFile() {
        return file;
    }

    @Override
    public Path file() {
        return file.getLocation().toFile().toPath().toAbsolutePath().normalize();
    }

    @Override
    public String text() {
        try (var in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(file.getFullPath() + ": cannot read the script: " + e.getMessage(), e);
        }
    }

    @Override
    public void setText(String text) {
        lastWritten = text;
        try {
            file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    IResource.FORCE | IResource.KEEP_HISTORY, null);
        } catch (CoreException e) {
            throw new IllegalStateException(file.getFullPath() + ": cannot write the script: " + e.getMessage(), e);
        }
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null || (delta.getFlags() & IResourceDelta.CONTENT) == 0) {
            return;
        }
        display.asyncExec(() -> {
            if (!file.exists()) {
                return;
            }
            String now = text();
            if (!now.equals(lastWritten)) {
                listeners.forEach(Runnable::run);
            }
        });
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
    }
}
