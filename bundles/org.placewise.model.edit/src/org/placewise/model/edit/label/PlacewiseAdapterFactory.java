package org.placewise.model.edit.label;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.placewise.model.core.provider.CoreItemProviderAdapterFactory;
import org.placewise.model.finance.provider.FinanceItemProviderAdapterFactory;
import org.placewise.model.footprint.provider.FootprintItemProviderAdapterFactory;
import org.placewise.model.governance.provider.GovernanceItemProviderAdapterFactory;
import org.placewise.model.measures.provider.MeasuresItemProviderAdapterFactory;
import org.placewise.model.organisation.provider.OrganisationItemProviderAdapterFactory;
import org.placewise.model.outcomes.provider.OutcomesItemProviderAdapterFactory;

/**
 * The adapter factory editors, views and diagrams use for Placewise models: the generated item providers of all seven
 * packages (properties with categories, child creation, commands with undo), with the readable labels of
 * {@link PlacewiseLabels}.
 */
public class PlacewiseAdapterFactory extends DecoratorAdapterFactory {

	private volatile java.util.function.Function<Object, String> marks = object -> null;

	/** Creates the factory over a fresh composition of the generated item provider factories. */
	public PlacewiseAdapterFactory() {
		super(compose());
	}

	private static ComposedAdapterFactory compose() {
		ComposedAdapterFactory composed = new ComposedAdapterFactory();
		composed.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		composed.addAdapterFactory(new CoreItemProviderAdapterFactory());
		composed.addAdapterFactory(new FootprintItemProviderAdapterFactory());
		composed.addAdapterFactory(new OrganisationItemProviderAdapterFactory());
		composed.addAdapterFactory(new GovernanceItemProviderAdapterFactory());
		composed.addAdapterFactory(new FinanceItemProviderAdapterFactory());
		composed.addAdapterFactory(new OutcomesItemProviderAdapterFactory());
		composed.addAdapterFactory(new MeasuresItemProviderAdapterFactory());
		composed.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return composed;
	}

	/**
	 * Sets what is put before the label of marked objects ("• changed by bob: Board: Place Board"), for example on what
	 * another user's commit changed until the user has looked at it; before the label, so that a narrow view still
	 * shows it. Tell the viewers with {@link #fireNotifyChanged} when marks change.
	 *
	 * @param marks the mark of an object, or {@code null} for none (never {@code null} itself)
	 */
	public void setMarks(java.util.function.Function<Object, String> marks) {
		this.marks = java.util.Objects.requireNonNull(marks);
	}

	/**
	 * @param object a model object
	 * @return its mark (shown before its label), or {@code null}
	 */
	public String markOf(Object object) {
		return marks.apply(object);
	}

	@Override
	protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
		return new PlacewiseLabelDecorator(this);
	}
}
