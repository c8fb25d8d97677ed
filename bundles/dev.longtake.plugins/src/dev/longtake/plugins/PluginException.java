package dev.longtake.plugins;

/** An install, list or uninstall that could not be done, with a reason the user can act on. */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
