package dev.longtake.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version and credits shown in the About dialog. */
public final class ProductInfo {

    private ProductInfo() {
    }

    /** "0.1.0 (build 202611220230)": the version of this bundle, which versions the product. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? base : base + " (build " + v.getQualifier() + ")";
    }

    public static String aboutText() {
        return "Longtake " + version() + "\n\n"
                + "Long-form video from AI generations: write shot scripts, render takes,\n"
                + "circle the best and assemble the cut on the music.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n\n"
                + "Built on the Eclipse Platform, EMF, Xtext and GEF (Eclipse Public License 2.0)\n"
                + "and FFmpeg through JavaCV (LGPL 2.1 build).";
    }
}
