package org.eclipse.jface.util;

/**
 * Longtake compatibility shim, not Eclipse code.
 * <p>
 * JFace removed {@code org.eclipse.jface.util.Assert} long ago, but the GEF 3.2 jars on
 * Maven Central still call it. This fragment puts the class back into the JFace class loader
 * with exactly the four static methods GEF 3.2 links against; each one forwards to
 * {@link org.eclipse.core.runtime.Assert} (equinox.common, already a JFace dependency), so a
 * failed check throws {@link org.eclipse.core.runtime.AssertionFailedException}.
 * <p>
 * Our own code should call {@code org.eclipse.core.runtime.Assert} directly.
 */
@Deprecated
public final class Assert {

    private Assert() {
        // static helpers only
    }

    /** Fails with an AssertionFailedException when {@code object} is null. */
    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    /** Fails with an AssertionFailedException carrying {@code message} when {@code object} is null. */
    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    /** Fails with an AssertionFailedException when {@code condition} is false; returns it otherwise. */
    public static boolean isTrue(boolean condition) {
        return org.eclipse.core.runtime.Assert.isTrue(condition);
    }

    /** Fails with an AssertionFailedException carrying {@code message} when {@code condition} is false. */
    public static boolean isTrue(boolean condition, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(condition, message);
    }
}
