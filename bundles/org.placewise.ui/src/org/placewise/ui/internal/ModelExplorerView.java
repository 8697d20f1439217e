package org.placewise.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.placewise.checks.Finding;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.NamedElement;
import org.placewise.ui.internal.views.ExplorerDragAndDrop;
import org.placewise.ui.internal.views.ProblemDecorations;
import org.placewise.ui.internal.views.ProblemMarks;

/**
 * The model explorer: the model of the active {@link PlacewiseEditor} as a tree (footprints, organisations,
 * partnerships, boards, delegations, outcomes, programmes, measures), with labels a governance professional reads
 * ("Delegation: ICB Board → Place Committee, £5,000,000"). The tree is virtual and lazy (only the rows on screen are
 * made), and an edit refreshes only the rows it touched. Its context menu creates (New Child, New Sibling), renames
 * (F2) and deletes (Del) objects as commands on the model's own undo history; objects are moved by dragging them within
 * the containment that takes them. An icon with a small error or warning overlay marks an object that has such a
 * finding, or contains one that has (updated from the editor's incremental checker after each edit, for the rows whose
 * mark changed). Renaming an object also relabels the rows that show its name (a delegation names its delegator and
 * delegate). The selected object's properties show in the Properties view.
 */
public final class ModelExplorerView extends ViewPart {

	/** The view id, as declared in plugin.xml. */
	public static final String ID = "org.placewise.ui.views.modelExplorer";

	/** What the view says when no model editor is open. */
	static final String NO_MODEL = "Open a model: File > Open Model... (Ctrl+O) opens a .placewise model; its footprints, "
			+ "partnerships, boards, delegations and programmes are then shown here.";

	private final CommandStackListener stackListener = event -> afterCommandLater();
	private final ProblemMarks marks = new ProblemMarks();
	private final ExplorerDragAndDrop dragAndDrop = new ExplorerDragAndDrop(
			() -> this.context == null ? null : this.context.domain());
	private ProblemDecorations labels;
	private int lastMarkUpdates;
	private final INotifyChangedListener changes = this::modelChanged;
	private ActiveModelTracker tracker;
	private PlacewiseModelContext context;
	private TreeViewer viewer;
	private ItemProviderContent.LazyTree content;
	private Label hint;
	private PropertySheetPage propertySheet;
	private final List<IViewerNotification> pending = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		parent.setLayout(layout);
		hint = new Label(parent, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		});
		createInlineRename();
		createContextMenu();
		dragAndDrop.install(viewer, moved -> {
			applyChanges();
			viewer.setSelection(new StructuredSelection(moved), true);
		});
		getSite().setSelectionProvider(viewer);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_RENAME, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				startRename();
				return null;
			}
		});
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_DELETE, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				deleteSelection();
				return null;
			}
		});
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_CUT, clipboardHandler(ClipboardAction.CUT));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_COPY, clipboardHandler(ClipboardAction.COPY));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_PASTE, clipboardHandler(ClipboardAction.PASTE));
		tracker = new ActiveModelTracker(getSite().getPage(), this::show);
		getSite().getPage().addSelectionListener(followOthers);
	}

	/** Reveals the model object another part selects (a finding, a diagram element): link with selection. */
	private final ISelectionListener followOthers = (part, selection) -> {
		if (part == this || context == null || !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		Object first = structured.getFirstElement();
		Object target = first instanceof Finding finding ? finding.target() : first;
		if (target instanceof EObject object && object.eResource() == context.model().eResource()
				&& !structured.equals(viewer.getSelection())) {
			reveal(object);
		}
	};

	private void show(PlacewiseModelContext shown) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (context != null) {
			context.commandStack().removeCommandStackListener(stackListener);
			context.adapterFactory().removeListener(changes);
		}
		context = shown;
		pending.clear();
		marks.clear();
		if (context == null) {
			hint.setText(NO_MODEL);
			viewer.setContentProvider(new ItemProviderContent.LazyTree(null));
			labels = new ProblemDecorations(new ItemProviderContent.Labels(null), marks);
			viewer.setLabelProvider(labels);
			viewer.setInput(new Object[0]);
		} else {
			hint.setText(context.shortName());
			content = new ItemProviderContent.LazyTree(context.adapterFactory());
			viewer.setContentProvider(content);
			marks.update(context.checker().findings());
			labels = new ProblemDecorations(new ItemProviderContent.Labels(context.adapterFactory()), marks);
			viewer.setLabelProvider(labels);
			viewer.setInput(new Object[] { context.model() });
			viewer.setExpandedState(context.model(), true);
			context.commandStack().addCommandStackListener(stackListener);
			context.adapterFactory().addListener(changes);
		}
		hint.getParent().layout(true);
		if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()) {
			propertySheet.selectionChanged(this, viewer.getSelection());
		}
	}

	/** Collects the item providers' change notifications and refreshes just those rows, once per burst of changes. */
	private void modelChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification viewerNotification)) {
			return;
		}
		boolean first = pending.isEmpty();
		pending.add(viewerNotification);
		if (first) {
			viewer.getControl().getDisplay().asyncExec(this::applyChanges);
		}
	}

	private void applyChanges() {
		if (pending.isEmpty()) {
			return;
		}
		if (viewer.getControl().isDisposed() || context == null) {
			pending.clear();
			return;
		}
		List<IViewerNotification> work = new ArrayList<>(pending);
		pending.clear();
		List<EObject> renamed = new ArrayList<>();
		for (IViewerNotification change : work) {
			Object element = change.getElement();
			if (element == null) {
				continue;
			}
			if (change.isContentRefresh()) {
				content.forget(element);
				viewer.refresh(element, change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(element, null);
			}
			if (change.getFeature() == CorePackage.Literals.NAMED_ELEMENT__NAME
					&& change.getNotifier() instanceof EObject object) {
				renamed.add(object);
			}
		}
		if (!renamed.isEmpty()) {
			relabelReferrers(renamed, viewer.getTree().getItems());
		}
	}

	/**
	 * Relabels the rows made so far (the virtual tree makes only the rows shown) whose object refers to a renamed
	 * object: a delegation's label names its delegator and delegate, so renaming a board changes it.
	 */
	private void relabelReferrers(List<EObject> renamed, TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getData() instanceof EObject object && !renamed.contains(object)) {
				for (EObject referred : object.eCrossReferences()) {
					if (renamed.contains(referred)) {
						viewer.update(object, null);
						break;
					}
				}
			}
			if (item.getData() != null && item.getExpanded()) {
				relabelReferrers(renamed, item.getItems());
			}
		}
	}

	/** After an edit, Undo or Redo: the problem decorations of the rows whose findings changed, then Properties. */
	private void afterCommandLater() {
		viewer.getControl().getDisplay().asyncExec(() -> {
			applyChanges();
			updateMarks();
			if (propertySheet != null && propertySheet.getControl() != null
					&& !propertySheet.getControl().isDisposed()) {
				propertySheet.refresh();
			}
		});
	}

	private void updateMarks() {
		if (context == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<EObject> changed = marks.update(context.checker().findings());
		lastMarkUpdates = changed.size();
		if (!changed.isEmpty()) {
			viewer.update(changed.toArray(), null);
		}
	}

	/** @return the labels with their problem decorations, for tests */
	public ProblemDecorations labels() {
		return labels;
	}

	/** @return how many rows the last edit's problem decorations touched, for tests */
	public int lastMarkUpdates() {
		return lastMarkUpdates;
	}

	/** @return dragging and dropping within the tree, for tests */
	public ExplorerDragAndDrop dragAndDrop() {
		return dragAndDrop;
	}

	private void createInlineRename() {
		viewer.setColumnProperties(new String[] { "name" });
		viewer.setCellEditors(new org.eclipse.jface.viewers.CellEditor[] { new TextCellEditor(viewer.getTree()) });
		viewer.setCellModifier(new ICellModifier() {
			@Override
			public boolean canModify(Object element, String property) {
				return element instanceof NamedElement;
			}

			@Override
			public Object getValue(Object element, String property) {
				String name = ((NamedElement) element).getName();
				return name == null ? "" : name;
			}

			@Override
			public void modify(Object element, String property, Object value) {
				Object target = element instanceof Item item ? item.getData() : element;
				if (context != null && target instanceof NamedElement named && value instanceof String name
						&& !name.strip().isEmpty() && !name.strip().equals(named.getName())) {
					Command rename = SetCommand.create(context.domain(), named,
							CorePackage.Literals.NAMED_ELEMENT__NAME, name.strip());
					context.commandStack().execute(rename);
				}
			}
		});
		// only F2 / Edit > Rename start editing; a click selects
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.DEFAULT);
	}

	/** Starts renaming the selected object in place (F2); Enter applies the new name as an undoable command. */
	public void startRename() {
		if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof NamedElement named) {
			viewer.editElement(named, 0);
		}
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		EObject selected = selectedObjects().stream().findFirst().orElse(null);
		if (context != null && selected != null) {
			MenuManager child = new MenuManager("New &Child");
			for (IAction action : ModelEditing.newObjectActions(context, selected, false, this::reveal)) {
				child.add(action);
			}
			MenuManager sibling = new MenuManager("New &Sibling");
			for (IAction action : ModelEditing.newObjectActions(context, selected, true, this::reveal)) {
				sibling.add(action);
			}
			menu.add(child);
			menu.add(sibling);
		}
		CommandContributionItemParameter newDelegation = new CommandContributionItemParameter(getSite(), null,
				ModelHandlers.NEW_DELEGATION_COMMAND, CommandContributionItem.STYLE_PUSH);
		newDelegation.label = "New de&legation...";
		menu.add(new CommandContributionItem(newDelegation));
		menu.add(new Separator());
		menu.add(command(IWorkbenchCommandConstants.EDIT_UNDO));
		menu.add(command(IWorkbenchCommandConstants.EDIT_REDO));
		menu.add(new Separator());
		menu.add(command(IWorkbenchCommandConstants.EDIT_CUT));
		menu.add(command(IWorkbenchCommandConstants.EDIT_COPY));
		menu.add(command(IWorkbenchCommandConstants.EDIT_PASTE));
		menu.add(new Separator());
		menu.add(command(IWorkbenchCommandConstants.FILE_RENAME));
		menu.add(command(IWorkbenchCommandConstants.EDIT_DELETE));
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private CommandContributionItem command(String id) {
		return new CommandContributionItem(
				new CommandContributionItemParameter(getSite(), null, id, CommandContributionItem.STYLE_PUSH));
	}

	private enum ClipboardAction {
		CUT, COPY, PASTE
	}

	private AbstractHandler clipboardHandler(ClipboardAction action) {
		return new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				clipboard(action);
				return null;
			}
		};
	}

	/**
	 * Cut, Copy and Paste of model objects within the model (the editing domain's clipboard): Paste puts copies into
	 * the selected object where they fit, else beside it; each is an undoable command.
	 */
	private void clipboard(ClipboardAction action) {
		List<EObject> objects = selectedObjects();
		if (context == null || objects.isEmpty()) {
			return;
		}
		Command command = switch (action) {
		case CUT -> CutToClipboardCommand.create(context.domain(), objects);
		case COPY -> CopyToClipboardCommand.create(context.domain(), objects);
		case PASTE -> PasteFromClipboardCommand.create(context.domain(), objects.get(0), null);
		};
		Object parent = context.domain().getParent(objects.get(0));
		if (action == ClipboardAction.PASTE && !command.canExecute() && parent != null) {
			// pasting onto an object where the copies do not fit puts them beside it
			command = PasteFromClipboardCommand.create(context.domain(), parent, null);
		}
		if (action == ClipboardAction.PASTE) {
			command = FreshIdentities.after(command, "Paste");
		}
		if (command.canExecute()) {
			context.commandStack().execute(command);
			if (action == ClipboardAction.PASTE) {
				command.getAffectedObjects().stream().findFirst().ifPresent(this::reveal);
			}
		}
	}

	/** @return the selected objects of the shown model */
	List<EObject> selectedObjects() {
		List<EObject> objects = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			if (element instanceof EObject object && context != null
					&& object.eResource() == context.model().eResource()) {
				objects.add(object);
			}
		}
		return objects;
	}

	/**
	 * Deletes the selected objects after saying what else goes with them (objects inside them, references that will be
	 * cleared); one undoable command.
	 */
	public void deleteSelection() {
		List<EObject> objects = selectedObjects();
		objects.remove(context == null ? null : context.model());
		if (objects.isEmpty()) {
			return;
		}
		Command delete = ModelEditing.deleteCommand(context, objects);
		if (!delete.canExecute()) {
			return;
		}
		MessageDialog confirm = new MessageDialog(getSite().getShell(), "Delete", null,
				ModelEditing.deletionSummary(context, objects), MessageDialog.QUESTION, 0, "Delete", "Cancel");
		if (confirm.open() == 0) {
			Object parent = context.domain().getParent(objects.get(0));
			context.commandStack().execute(delete);
			if (parent != null) {
				viewer.setSelection(new StructuredSelection(parent), true);
			}
		}
	}

	/** @return the tree viewer, for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return what the view says above the tree: the file name, or how to open a model */
	public String hint() {
		return hint.getText();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			if (propertySheet == null) {
				propertySheet = new PropertySheetPage();
				propertySheet.setPropertySourceProvider(object -> context == null ? null
						: new ModelPropertySource(object, context.adapterFactory(), context.objectMarks()));
			}
			return adapter.cast(propertySheet);
		}
		return super.getAdapter(adapter);
	}

	/** Selects and reveals a model object, e.g. from a finding or the diagram. */
	public void reveal(Object object) {
		applyChanges(); // an object just created must be in the tree before it can be selected
		viewer.setSelection(new StructuredSelection(object), true);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(followOthers);
		tracker.dispose();
		if (context != null) {
			context.commandStack().removeCommandStackListener(stackListener);
			context.adapterFactory().removeListener(changes);
		}
		super.dispose();
	}
}
