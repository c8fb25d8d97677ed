package dev.longtake.storyboard.properties;

import java.util.Arrays;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;

/**
 * A tab of a panel's properties in the tabbed Properties view: the {@link ShotProperties} of one
 * category (Shot or Render) in a property sheet, edited as in the plain view.
 */
public abstract class ShotSection extends AdvancedPropertySection {

    /** The contributor id of the board's tabbed properties (plugin.xml). */
    public static final String CONTRIBUTOR = "dev.longtake.storyboard.board";

    private final String category;

    protected ShotSection(String category) {
        this.category = category;
    }

    /** The property sheet of this tab (its tree lists the properties). */
    public PropertySheetPage sheet() {
        return page;
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof org.eclipse.core.runtime.IAdaptable adaptable) {
            IPropertySource source = adaptable.getAdapter(IPropertySource.class);
            if (source != null) {
                page.selectionChanged(part, new StructuredSelection(new Category(source, category)));
            }
        }
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    /** The Shot tab: name, duration, style, cast. */
    public static final class Shot extends ShotSection {
        public Shot() {
            super("Shot");
        }
    }

    /** The Render tab: backend, takes, estimated cost. */
    public static final class Render extends ShotSection {
        public Render() {
            super("Render");
        }
    }

    /** A property source showing one category of another. */
    private record Category(IPropertySource source, String category) implements IPropertySource {
        @Override
        public Object getEditableValue() {
            return source.getEditableValue();
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            return Arrays.stream(source.getPropertyDescriptors()).filter(d -> category.equals(d.getCategory()))
                    .toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            return source.getPropertyValue(id);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return source.isPropertySet(id);
        }

        @Override
        public void resetPropertyValue(Object id) {
            source.resetPropertyValue(id);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            source.setPropertyValue(id, value);
        }
    }
}
