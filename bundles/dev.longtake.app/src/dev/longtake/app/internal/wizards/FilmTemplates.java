package dev.longtake.app.internal.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** Reads the film templates that bundles contribute. */
public final class FilmTemplates {

    public static final String EXTENSION_POINT = "dev.longtake.app.filmTemplates";

    private FilmTemplates() {
    }

    /** Every contributed template, in their declared order; broken entries are logged and skipped. */
    public static List<FilmTemplate> all() {
        List<FilmTemplate> templates = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            Bundle bundle = Platform.getBundle(contributor);
            if (id == null || element.getAttribute("name") == null || element.getAttribute("folder") == null || bundle == null) {
                ILog.get().warn("Film template " + id + " of " + contributor + " lacks an id, name or folder: skipped");
                continue;
            }
            templates.add(new FilmTemplate(id, element.getAttribute("name"), String.valueOf(element.getAttribute("description")),
                    bundle, element.getAttribute("folder"), parseOrder(element.getAttribute("order"))));
        }
        templates.sort(Comparator.comparingInt(FilmTemplate::order).thenComparing(FilmTemplate::name));
        return templates;
    }

    private static int parseOrder(String order) {
        try {
            return order == null ? 100 : Integer.parseInt(order.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
