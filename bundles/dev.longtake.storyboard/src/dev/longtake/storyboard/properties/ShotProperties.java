package dev.longtake.storyboard.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.gef.commands.Command;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import dev.longtake.model.Script;
import dev.longtake.model.Shot;
import dev.longtake.model.Style;
import dev.longtake.render.BackendRegistry;
import dev.longtake.storyboard.BoardSession;
import dev.longtake.storyboard.commands.RenameShotCommand;
import dev.longtake.storyboard.commands.SetCastCommand;
import dev.longtake.storyboard.commands.SetDurationCommand;
import dev.longtake.storyboard.commands.SetShotWordCommand;
import dev.longtake.storyboard.model.ShotNode;

/**
 * A panel's shot in the Properties view: name, duration, style, cast (category Shot), backend,
 * takes and the estimated cost (category Render). Style and backend are chosen from the film's
 * styles and the installed backends. Every change is a command on the board's command stack,
 * so it is one step of the editor's undo history and is written into the script's text.
 */
public final class ShotProperties implements IPropertySource {

    public static final String NAME = "name";
    public static final String DURATION = "duration";
    public static final String STYLE = "style";
    public static final String CAST = "cast";
    public static final String BACKEND = "backend";
    public static final String TAKES = "takes";
    public static final String COST = "cost";

    static final String NONE = "(none)";
    static final String DEFAULT = "(the project's)";

    private final BoardSession session;
    private final String shotName;
    private final String[] styles;
    private final String[] backends;

    public ShotProperties(BoardSession session, String shotName) {
        this.session = session;
        this.shotName = shotName;
        TreeSet<String> styleNames = new TreeSet<>();
        for (Script script : session.filmScripts()) {
            for (Style style : script.getStyles()) {
                if (style.getName() != null) {
                    styleNames.add(style.getName());
                }
            }
        }
        List<String> s = new ArrayList<>(List.of(NONE));
        s.addAll(styleNames);
        styles = s.toArray(String[]::new);
        List<String> b = new ArrayList<>(List.of(DEFAULT));
        b.addAll(new TreeSet<>(BackendRegistry.installed().names()));
        backends = b.toArray(String[]::new);
    }

    /** The choices of the style property ({@code (none)} first). */
    public List<String> styles() {
        return Arrays.asList(styles);
    }

    /** The choices of the backend property ({@code (the project's)} first, then the installed backends). */
    public List<String> backends() {
        return Arrays.asList(backends);
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        TextPropertyDescriptor name = new TextPropertyDescriptor(NAME, "Name");
        name.setValidator(value -> new RenameShotCommand(session, shotName, String.valueOf(value)).problem());
        TextPropertyDescriptor duration = new TextPropertyDescriptor(DURATION, "Duration");
        duration.setValidator(value -> seconds(String.valueOf(value)) > 0 ? null : "A duration is a number of seconds, like 8s");
        ComboBoxPropertyDescriptor style = new ComboBoxPropertyDescriptor(STYLE, "Style", styles);
        TextPropertyDescriptor cast = new TextPropertyDescriptor(CAST, "Cast");
        ComboBoxPropertyDescriptor backend = new ComboBoxPropertyDescriptor(BACKEND, "Backend", backends);
        TextPropertyDescriptor takes = new TextPropertyDescriptor(TAKES, "Takes");
        takes.setValidator(value -> String.valueOf(value).strip().matches("[1-9][0-9]*") ? null : "Takes is a whole number from 1");
        PropertyDescriptor cost = new PropertyDescriptor(COST, "Estimated cost");
        for (PropertyDescriptor shot : new PropertyDescriptor[] { name, duration, style, cast }) {
            shot.setCategory("Shot");
        }
        for (PropertyDescriptor render : new PropertyDescriptor[] { backend, takes, cost }) {
            render.setCategory("Render");
        }
        cast.setDescription("Who is in the shot (the first beat's cast), separated by commas");
        cost.setDescription("What rendering the takes the shot still needs is estimated to cost");
        return new IPropertyDescriptor[] { name, duration, style, cast, backend, takes, cost };
    }

    private Shot shot() {
        Script script = session.script();
        return script == null ? null : script.findShot(shotName);
    }

    private ShotNode node() {
        return session.board().shot(shotName);
    }

    @Override
    public Object getPropertyValue(Object id) {
        ShotNode node = node();
        Shot shot = shot();
        if (node == null || shot == null) {
            return "";
        }
        return switch ((String) id) {
        case NAME -> shotName;
        case DURATION -> dev.longtake.storyboard.model.BoardModel.seconds(node.duration());
        case STYLE -> Math.max(0, Arrays.asList(styles).indexOf(node.style().isEmpty() ? NONE : node.style()));
        case CAST -> String.join(", ", node.cast());
        case BACKEND -> Math.max(0, Arrays.asList(backends).indexOf(
                shot.getBackend() == null || shot.getBackend().isBlank() ? DEFAULT : shot.getBackend()));
        case TAKES -> String.valueOf(node.takesWanted());
        case COST -> node.cost() == null ? "(estimating)" : node.cost();
        default -> "";
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        Command command = command((String) id, value);
        if (command != null && command.canExecute()) {
            session.commandStack().execute(command);
        }
    }

    /** The command that gives the property the value (as the Properties view passes it), or null. */
    public Command command(String id, Object value) {
        return switch (id) {
        case NAME -> new RenameShotCommand(session, shotName, String.valueOf(value));
        case DURATION -> seconds(String.valueOf(value)) > 0 ? new SetDurationCommand(session, shotName, seconds(String.valueOf(value))) : null;
        case STYLE -> choice(styles, value, NONE, SetShotWordCommand.STYLE);
        case BACKEND -> choice(backends, value, DEFAULT, SetShotWordCommand.BACKEND);
        case TAKES -> new SetShotWordCommand(session, shotName, SetShotWordCommand.TAKES, String.valueOf(value).strip());
        case CAST -> new SetCastCommand(session, shotName, Arrays.stream(String.valueOf(value).split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList());
        default -> null;
        };
    }

    private Command choice(String[] items, Object value, String none, String keyword) {
        int index = value instanceof Integer i ? i : Arrays.asList(items).indexOf(String.valueOf(value));
        if (index < 0 || index >= items.length) {
            return null;
        }
        return new SetShotWordCommand(session, shotName, keyword, items[index].equals(none) ? null : items[index]);
    }

    /** Seconds from "12", "12s" or "1.5s"; 0 when it is not a duration. */
    static double seconds(String text) {
        String value = text.strip();
        if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            double seconds = Double.parseDouble(value);
            return seconds > 0 && seconds < 3600 ? seconds : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
