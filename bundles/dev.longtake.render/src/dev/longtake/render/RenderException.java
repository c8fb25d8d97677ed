package dev.longtake.render;

/**
 * Rendering cannot go on, for a reason the user can act on, said in one line that names the
 * thing at fault ("film/.longtake/ledger.xmi is not a take ledger: ...").
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
