package dev.longtake.app.internal.wizards;

import org.osgi.framework.Bundle;

/** One entry of the dev.longtake.app.filmTemplates extension point. */
public record FilmTemplate(String id, String name, String description, Bundle bundle, String folder, int order) {
}
