package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.OutcomeRollUp;
import org.placewise.diagram.kinds.OutcomeStatusMarks;
import org.placewise.ui.internal.PlacewiseEditor;

/**
 * The Outcome tree page: each vision with its outcomes (and the outcomes under them), the work programmes serving each
 * outcome and the measures evidencing an outcome or a programme, as one tree. Each measure shows the Making Data Count
 * icons of its latest SPC variation and its assurance, and each outcome and programme its trend and target status
 * rolled up from the measures behind it, with the same words beside the icons for anyone who cannot see them. The tree
 * is lazy: children are read when a branch is opened, and an outcome is rolled up (its measures analysed, each once)
 * only when its row is drawn. Names are edited in place (F2); double-click a measure to open it on the Measures page.
 */
public final class OutcomeTreePage extends ModelFormPage {

	/** The page id. */
	public static final String ID = "outcomes";

	private TreeViewer viewer;
	private SpcIconImages icons;
	private final MeasureSpcStates states = new MeasureSpcStates();

	/**
	 * @param editor             the editor
	 * @param selectionForwarder told the selected rows while the page is shown
	 */
	public OutcomeTreePage(PlacewiseEditor editor, ISelectionChangedListener selectionForwarder) {
		super(editor, ID, "Outcome tree", selectionForwarder);
	}

	@Override
	protected String formTitle() {
		return "Outcome tree";
	}

	@Override
	protected void createContent(Composite parent, FormToolkit toolkit) {
		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(1, false));
		Label help = toolkit.createLabel(area,
				"Vision > outcomes > work programmes > measures. Each outcome and programme shows its trend and "
						+ "whether it meets its targets, rolled up from the measures behind it (hover for why); each "
						+ "measure its latest variation and its assurance (Making Data Count). F2 renames; Enter or "
						+ "double-click on a measure opens it on the Measures page.",
				SWT.WRAP);
		help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (icons == null) {
			icons = new SpcIconImages(parent.getDisplay());
		}
		viewer = new TreeViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableEditing.accessibleName(tree, "Outcome tree");
		viewer.setContentProvider(new Content());
		column("Name", 360, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return PlacewiseLabels.name(element);
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof Measure measure) {
					return accessibleText(measure);
				}
				OutcomeRollUp.Status status = status(element);
				// One sentence a line: the explanation names several measures and would run off the screen.
				return status == null ? null : status.why().replace(". ", ".\n");
			}
		}).setEditingSupport(new NameEditing());
		column("Kind", 170, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return kind((EObject) element);
			}
		});
		column("Trend", 250, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Measure measure) {
					return states.of(measure).variationText();
				}
				OutcomeRollUp.Status status = status(element);
				return status == null ? "" : OutcomeStatusMarks.mark(status.trend()).text();
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof Measure measure) {
					return icons.variation(states.of(measure).variation());
				}
				OutcomeRollUp.Status status = status(element);
				return status == null ? null : icons.symbol(OutcomeStatusMarks.symbol(status.trend()));
			}
		});
		column("Target", 230, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Measure measure) {
					return states.of(measure).assuranceText();
				}
				OutcomeRollUp.Status status = status(element);
				return status == null ? "" : OutcomeStatusMarks.mark(status.target()).text();
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof Measure measure) {
					return states.of(measure).problem() == null ? icons.assurance(states.of(measure).assurance())
							: null;
				}
				OutcomeRollUp.Status status = status(element);
				return status == null ? null : icons.symbol(OutcomeStatusMarks.symbol(status.target()));
			}
		});
		column("Findings", 170, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return FindingsIndex.summary(findings.on((EObject) element));
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableEditing.enableKeyboardEditing(viewer);
		viewer.setUseHashlookup(false); // a programme or measure may sit under several outcomes
		viewer.setInput(context().model());
		viewer.addSelectionChangedListener(e -> selectionChanged(viewer, e.getSelection()));
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		tree.addListener(SWT.DefaultSelection, e -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected instanceof Measure) {
				open(selected);
			}
		});
		tree.addDisposeListener(e -> {
			if (icons != null && parent.isDisposed()) {
				icons.close();
			}
		});
	}

	private TreeViewerColumn column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		TreeColumn treeColumn = column.getColumn();
		treeColumn.setText(title);
		treeColumn.setWidth(width);
		treeColumn.setMoveable(true);
		column.setLabelProvider(labels);
		return column;
	}

	/** @return what a row is: "Vision", "Outcome (strategic)", "Work programme", "Measure (operational)" */
	static String kind(EObject element) {
		String type = PlacewiseLabels.typeName(element.eClass());
		if (element instanceof Outcome outcome && outcome.getLevel() != null) {
			return type + " (" + PlacewiseLabels.literal(outcome.getLevel()).toLowerCase(Locale.UK) + ")";
		}
		if (element instanceof Measure measure && measure.getKind() != null) {
			return type + " (" + PlacewiseLabels.literal(measure.getKind()).toLowerCase(Locale.UK) + ")";
		}
		return type;
	}

	/**
	 * @param measure a measure
	 * @return what its two icons say, for assistive technology and the tooltip: "Special cause improvement (high);
	 *         consistently passes the target"
	 */
	public String accessibleText(Measure measure) {
		return states.of(measure).accessibleText();
	}

	/**
	 * @param element an outcome or a work programme
	 * @return what its two icons say: "Deteriorating; not meeting target"
	 */
	public String accessibleText(EObject element) {
		OutcomeRollUp.Status status = status(element);
		return status == null ? null
				: OutcomeStatusMarks.mark(status.trend()).text() + "; "
						+ PlacewiseLabels.literalInSentence(status.target());
	}

	/** @return the rolled-up status of an outcome or a work programme row, else {@code null} */
	public OutcomeRollUp.Status status(Object element) {
		if (element instanceof Outcome outcome) {
			return states.of(outcome);
		}
		return element instanceof WorkProgramme programme ? states.of(programme) : null;
	}

	/** @return the state (variation and assurance) the page shows for a measure */
	public MeasureSpcStates.State state(Measure measure) {
		return states.of(measure);
	}

	/** @return the images of the icons drawn so far */
	public SpcIconImages icons() {
		return icons;
	}

	private void open(Object element) {
		if (element instanceof Measure measure) {
			modelEditor().setActivePage(MeasuresPage.ID);
			if (modelEditor().findPage(MeasuresPage.ID) instanceof MeasuresPage page) {
				page.select(measure);
			}
		}
	}

	/** The children of each row, read when its branch is opened. */
	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((PlacewiseModel) input).getVisions().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<Object> children = new ArrayList<>();
			if (parent instanceof Vision vision) {
				children.addAll(vision.getOutcomes());
			} else if (parent instanceof Outcome outcome) {
				children.addAll(outcome.getChildren());
				children.addAll(outcome.getServedBy());
				children.addAll(outcome.getEvidencedBy());
			} else if (parent instanceof WorkProgramme programme) {
				children.addAll(programme.getMeasures());
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Outcome outcome) {
				return outcome.getParent() != null ? outcome.getParent() : outcome.getVision();
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			if (element instanceof Vision vision) {
				return !vision.getOutcomes().isEmpty();
			}
			if (element instanceof Outcome outcome) {
				return !outcome.getChildren().isEmpty() || !outcome.getServedBy().isEmpty()
						|| !outcome.getEvidencedBy().isEmpty();
			}
			return element instanceof WorkProgramme programme && !programme.getMeasures().isEmpty();
		}
	}

	/** Renames a row in place, as a command. */
	private final class NameEditing extends EditingSupport {
		NameEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTree());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			String name = (String) ((EObject) element).eGet(CorePackage.Literals.NAMED_ELEMENT__NAME);
			return name == null ? "" : name;
		}

		@Override
		protected void setValue(Object element, Object value) {
			String problem = FieldText.Kind.TEXT.problem((String) value);
			if (problem == null) {
				var command = FieldText.set(context().domain(), (EObject) element,
						CorePackage.Literals.NAMED_ELEMENT__NAME, FieldText.text((String) value));
				if (command != null && command.canExecute()) {
					context().domain().getCommandStack().execute(command);
				}
			}
		}
	}

	@Override
	protected void refresh() {
		states.changed();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	/** @return the tree */
	public TreeViewer viewer() {
		return viewer;
	}

	/** Selects and shows an object of the tree (its first place in it). */
	public void select(EObject element) {
		viewer.setSelection(new StructuredSelection(element), true);
	}

	@Override
	protected ISelectionProvider selectionSource() {
		return viewer;
	}

	@Override
	public void setFocus() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (icons != null) {
			icons.close();
		}
		super.dispose();
	}
}
