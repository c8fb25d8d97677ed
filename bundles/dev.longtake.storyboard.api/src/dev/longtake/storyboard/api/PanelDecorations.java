package dev.longtake.storyboard.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import dev.longtake.model.Shot;

/**
 * The decorators contributed to {@value #EXTENSION_POINT}, and the badges they give a panel.
 * The storyboard calls {@link #contributed()} once per editor and {@link #badges} per panel.
 */
public final class PanelDecorations {

    /** The extension point decorators are contributed to. */
    public static final String EXTENSION_POINT = "dev.longtake.storyboard.api.panelDecorations";

    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /**
     * One contribution.
     *
     * @param id          unique id of the contribution
     * @param name        what the user reads (a storyboard may offer to hide it)
     * @param contributor the contributing bundle's symbolic name
     * @param order       lower first; badges in one corner are drawn in this order
     * @param decorator   the decorator
     */
    public record Contribution(String id, String name, String contributor, int order, PanelDecorator decorator) {
        public Contribution {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(decorator, "decorator");
        }
    }

    private PanelDecorations() {
    }

    /**
     * Every contributed decorator, created now, in order; an entry whose class cannot be created
     * is logged and left out. Empty when no extension registry runs.
     */
    public static List<Contribution> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<Contribution> contributions = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"decorator".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            try {
                Object created = element.createExecutableExtension("class");
                if (created instanceof PanelDecorator decorator) {
                    String name = element.getAttribute("name");
                    contributions.add(new Contribution(id == null ? contributor : id, name == null ? id : name,
                            contributor, order(element.getAttribute("order")), decorator));
                } else {
                    ILog.get().warn("Panel decorator " + id + " of " + contributor + " is a "
                            + created.getClass().getName() + ", not a " + PanelDecorator.class.getName());
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                ILog.get().warn("Panel decorator " + id + " of " + contributor + " cannot be created: " + e.getMessage());
            }
        }
        contributions.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
        return List.copyOf(contributions);
    }

    /**
     * The badges the decorators give the shot's panel, in their order. A decorator that throws or
     * answers null gives none; its first failure is logged.
     */
    public static List<PanelBadge> badges(List<Contribution> decorators, Shot shot, PanelContext context) {
        List<PanelBadge> badges = new ArrayList<>();
        for (Contribution contribution : decorators) {
            try {
                List<PanelBadge> given = contribution.decorator().badges(shot, context);
                if (given != null) {
                    given.stream().filter(Objects::nonNull).forEach(badges::add);
                }
            } catch (RuntimeException | LinkageError e) {
                if (REPORTED.add(contribution.id())) {
                    ILog.get().warn("Panel decorator " + contribution.id() + " of " + contribution.contributor()
                            + " failed: " + e);
                }
            }
        }
        return List.copyOf(badges);
    }

    private static int order(String order) {
        try {
            return order == null ? 100 : Integer.parseInt(order.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
