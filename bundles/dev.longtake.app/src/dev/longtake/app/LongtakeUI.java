package dev.longtake.app;

/** Identifiers of the Longtake workbench that other bundles and tests refer to. */
public final class LongtakeUI {

    /** The Longtake perspective: navigator, editor area, Problems, Outline, Properties, Progress. */
    public static final String PERSPECTIVE_ID = "dev.longtake.app.perspective";

    /** The Project Explorer, used as the project navigator. */
    public static final String NAVIGATOR_VIEW_ID = "org.eclipse.ui.navigator.ProjectExplorer";
    public static final String PROBLEMS_VIEW_ID = "org.eclipse.ui.views.ProblemView";
    public static final String OUTLINE_VIEW_ID = "org.eclipse.ui.views.ContentOutline";
    public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";
    public static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

    /** The command that opens the New Film wizard. */
    public static final String NEW_FILM_COMMAND_ID = "dev.longtake.app.newFilm";

    /** The Welcome view, shown on first start. */
    public static final String WELCOME_VIEW_ID = "dev.longtake.app.welcome";

    /** The command that opens the About Longtake dialog. */
    public static final String ABOUT_COMMAND_ID = "dev.longtake.app.about";

    private LongtakeUI() {
    }
}
