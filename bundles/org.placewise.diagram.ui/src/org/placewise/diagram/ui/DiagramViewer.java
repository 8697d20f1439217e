package org.placewise.diagram.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.PlacedBadge;
import org.placewise.diagram.layout.PlacedEdge;
import org.placewise.diagram.layout.PlacedNode;
import org.placewise.diagram.layout.Point;
import org.placewise.diagram.layout.TextLine;
import org.placewise.diagram.render.DiagramPainter;

/**
 * Shows one laid-out diagram and lets people work on it: zoom (Ctrl+wheel, Ctrl+= and Ctrl+-, Ctrl+1 fits the window,
 * Ctrl+0 is 100 %), pan (drag the background, scroll bars, wheel), select a node, an edge or an edge label with the
 * mouse or the keyboard (Tab and Shift+Tab in reading order, arrow keys to the nearest element in that direction, Home
 * and End), open it (Enter or a double-click) and read its findings in the tooltip. It is a JFace
 * {@link ISelectionProvider} whose selection holds the model objects of the selected elements, and it exposes every
 * element to assistive technology as an accessible child with its name, kind and findings.
 * <p>
 * The scene is retained as {@link DiagramElement}s, so hit-testing draws nothing, and a selection or focus change
 * repaints only the boxes of the elements concerned. A paint draws only what meets the damaged area, and skips text too
 * small to read when zoomed far out. {@link #updateScene} swaps in a scene redrawn over the same geometry and repaints
 * only the elements that changed.
 * <p>
 * Editing: a {@link DiagramTool} chosen with {@link #setTool} turns the next click (or Enter on the focused element)
 * into a request to its {@link DiagramTool.Listener}s: a box inside the box clicked, or an arrow from the first box
 * clicked to the second (a line follows the pointer meanwhile). F2 or a double-click on a title or an arrow's label
 * edits it in place; a click on a findings badge tells the badge listeners; Alt+Enter asks for the element's
 * properties; the context-menu key opens the control's menu at the focused element.
 */
public final class DiagramViewer extends Canvas implements ISelectionProvider {

	/** Smallest zoom: a 20,000-pixel diagram still fits a 1,000-pixel window. */
	public static final double MIN_ZOOM = 0.05;
	/** Smallest zoom that fitting the window goes to. */
	public static final double MIN_FIT_ZOOM = 0.002;
	/** Largest zoom. */
	public static final double MAX_ZOOM = 8;
	/** Factor of one zoom step. */
	public static final double ZOOM_STEP = 1.25;
	/** Text smaller than this many screen pixels is not drawn. */
	public static final double LEGIBLE_TEXT_PIXELS = 4;

	private static final int HANDLE = 7;
	private static final int HIT_TOLERANCE_PIXELS = 4;
	private static final int FIT_MARGIN = 10;
	private static final int SCROLL_INCREMENT = 24;

	private final SwtResources resources;
	private final DiagramPainter painter = new DiagramPainter();
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final List<Consumer<DiagramElement>> openListeners = new ArrayList<>();
	private final List<Runnable> viewportListeners = new ArrayList<>();
	private final List<DiagramTool.Listener> toolListeners = new ArrayList<>();
	private final List<Consumer<DiagramTool>> toolChangeListeners = new ArrayList<>();
	private final List<BiConsumer<DiagramElement, String>> labelListeners = new ArrayList<>();
	private final List<Consumer<DiagramElement>> badgeListeners = new ArrayList<>();
	private Function<String, String> marks = objectId -> null;
	private final List<Consumer<DiagramElement>> propertiesListeners = new ArrayList<>();
	private final DiagramAccessibility accessibility;

	private LaidOutScene scene;
	private SceneIndex index;
	private double zoom = 1;
	private int scrollX;
	private int scrollY;
	private final List<DiagramElement> selection = new ArrayList<>();
	private DiagramElement focused;
	private DiagramElement hovered;
	private Function<String, Object> modelObjects = id -> id;
	private Map<String, PlacedNode> placedNodes = Map.of();
	private Map<String, PlacedEdge> placedEdges = Map.of();

	private DiagramTool tool;
	private DiagramElement connectionSource;
	private org.eclipse.swt.graphics.Point pointer;
	private Text labelEditor;

	private boolean panning;
	private int panStartX;
	private int panStartY;
	private int panScrollX;
	private int panScrollY;

	/**
	 * @param parent the parent
	 * @param style  SWT style bits; {@code H_SCROLL}, {@code V_SCROLL} and {@code DOUBLE_BUFFERED} are always added
	 */
	public DiagramViewer(Composite parent, int style) {
		super(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new SwtResources(getDisplay());
		accessibility = new DiagramAccessibility(this);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> updateScrollBars());
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.MouseMove, this::mouseMove);
		addListener(SWT.MouseUp, e -> endPan());
		addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
		addListener(SWT.MouseVerticalWheel, this::mouseWheel);
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.Traverse, this::traverse);
		addListener(SWT.FocusIn, e -> damageFocus());
		addListener(SWT.FocusOut, e -> damageFocus());
		addListener(SWT.MenuDetect, this::menuDetect);
		addListener(SWT.Dispose, e -> resources.dispose());
		getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(getHorizontalBar().getSelection(), scrollY));
		getVerticalBar().addListener(SWT.Selection, e -> scrollTo(scrollX, getVerticalBar().getSelection()));
	}

	// --- content ---------------------------------------------------------------------------

	/**
	 * Shows a scene. Zoom and scroll position stay; elements with the same id stay selected and focused, so a diagram
	 * redrawn after an edit keeps the reader's place.
	 *
	 * @param newScene the laid-out scene, or {@code null} for none
	 */
	public void setScene(LaidOutScene newScene) {
		checkWidget();
		if (swap(newScene)) {
			fireSelectionChanged();
		}
		updateScrollBars();
		redraw();
	}

	/**
	 * Shows a scene that was redrawn over the geometry of the one shown (see {@code SceneLayout.relabel}): only the
	 * elements named, and the header when it changed, are repainted. Zoom, scroll, selection and focus stay.
	 *
	 * @param newScene      the scene, every box and route where it was
	 * @param changed       ids of the nodes and edges whose drawing changed
	 * @param headerChanged whether the title or description changed
	 */
	public void updateScene(LaidOutScene newScene, Collection<String> changed, boolean headerChanged) {
		checkWidget();
		boolean selectionChanged = swap(Objects.requireNonNull(newScene, "newScene"));
		for (String id : changed) {
			damage(index.byId(id));
		}
		if (headerChanged) {
			for (TextLine line : newScene.header()) {
				Rectangle r = toWindow(line.bounds());
				redraw(r.x - 2, r.y - 2, getClientArea().width, r.height + 4, false);
			}
		}
		if (selectionChanged) {
			fireSelectionChanged();
		}
	}

	/** Replaces the scene, keeping selection and focus by id; @return whether the selection changed */
	private boolean swap(LaidOutScene newScene) {
		scene = newScene;
		index = newScene == null ? null : new SceneIndex(newScene);
		var nodesById = new HashMap<String, PlacedNode>();
		var edgesById = new HashMap<String, PlacedEdge>();
		if (newScene != null) {
			newScene.nodes().forEach(n -> nodesById.put(n.node().id(), n));
			newScene.edges().forEach(e -> edgesById.put(e.edge().id(), e));
		}
		placedNodes = nodesById;
		placedEdges = edgesById;
		if (connectionSource != null) {
			connectionSource = index == null ? null : index.byId(connectionSource.id());
		}
		var kept = new ArrayList<DiagramElement>();
		for (DiagramElement el : selection) {
			DiagramElement same = index == null ? null : index.byId(el.id());
			if (same != null) {
				kept.add(same);
			}
		}
		boolean changed = !kept.equals(selection);
		selection.clear();
		selection.addAll(kept);
		focused = focused == null || index == null ? null : index.byId(focused.id());
		hovered = null;
		return changed;
	}

	/** @return the scene shown, or {@code null} */
	public LaidOutScene getScene() {
		return scene;
	}

	/** @return the scene's elements in reading order (nodes depth first, then edges) */
	public List<DiagramElement> getElements() {
		return index == null ? List.of() : index.elements();
	}

	/**
	 * @param resolver turns a scene's object id into the model object it stands for (e.g. an {@code EObject}), or
	 *                 returns {@code null} when there is none; the default keeps the id itself
	 */
	public void setModelObjects(Function<String, Object> resolver) {
		modelObjects = Objects.requireNonNull(resolver, "resolver");
	}

	/**
	 * @param element an element of this diagram
	 * @return the model object it shows: resolved from its object id, or the id, or for an element without a model
	 *         object its scene id
	 */
	public Object modelObject(DiagramElement element) {
		if (element.objectId() == null) {
			return element.id();
		}
		Object resolved = modelObjects.apply(element.objectId());
		return resolved == null ? element.objectId() : resolved;
	}

	// --- coordinates, zoom and scrolling ---------------------------------------------------

	/** @return screen pixels per drawing unit */
	public double getZoom() {
		return zoom;
	}

	/**
	 * Zooms about the centre of the window.
	 *
	 * @param newZoom screen pixels per drawing unit, kept within {@link #MIN_ZOOM} and {@link #MAX_ZOOM}
	 */
	public void setZoom(double newZoom) {
		Rectangle client = getClientArea();
		setZoom(newZoom, client.width / 2, client.height / 2);
	}

	/**
	 * Zooms so that the diagram point under a window point stays under it.
	 *
	 * @param newZoom screen pixels per drawing unit, kept within {@link #MIN_ZOOM} and {@link #MAX_ZOOM}
	 * @param x       window x that stays fixed
	 * @param y       window y that stays fixed
	 */
	public void setZoom(double newZoom, int x, int y) {
		checkWidget();
		// below the smallest zoom only when fitting took it there: zooming out from there never zooms in
		double z = Math.max(Math.min(MIN_ZOOM, zoom), Math.min(MAX_ZOOM, newZoom));
		Point anchor = toDiagram(x, y);
		zoom = z;
		scrollX = (int) Math.round(anchor.x() * z - x);
		scrollY = (int) Math.round(anchor.y() * z - y);
		updateScrollBars();
		redraw();
	}

	/** Zooms in one step about the centre of the window. */
	public void zoomIn() {
		setZoom(zoom * ZOOM_STEP);
	}

	/** Zooms out one step about the centre of the window. */
	public void zoomOut() {
		setZoom(zoom / ZOOM_STEP);
	}

	/** Zooms so that the whole diagram fits the window, and scrolls to its top left. */
	public void zoomToFit() {
		checkWidget();
		if (scene == null) {
			return;
		}
		Rectangle client = getClientArea();
		double z = Math.min((client.width - FIT_MARGIN) / scene.width(), (client.height - FIT_MARGIN) / scene.height());
		// Fitting may go below the smallest zoom of the zoom keys: a whole region must fit, however small.
		zoom = Math.max(MIN_FIT_ZOOM, Math.min(MAX_ZOOM, z));
		scrollX = 0;
		scrollY = 0;
		updateScrollBars();
		redraw();
	}

	/**
	 * @param x window x
	 * @param y window y
	 * @return the drawing point shown there
	 */
	public Point toDiagram(int x, int y) {
		return new Point((x + scrollX) / zoom, (y + scrollY) / zoom);
	}

	/**
	 * @param p a drawing point
	 * @return where it is shown in the window
	 */
	public org.eclipse.swt.graphics.Point toWindow(Point p) {
		return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() * zoom - scrollX),
				(int) Math.round(p.y() * zoom - scrollY));
	}

	/**
	 * @param b a box in drawing units
	 * @return the window rectangle covering it
	 */
	public Rectangle toWindow(Bounds b) {
		int left = (int) Math.floor(b.x() * zoom - scrollX);
		int top = (int) Math.floor(b.y() * zoom - scrollY);
		int right = (int) Math.ceil(b.right() * zoom - scrollX);
		int bottom = (int) Math.ceil(b.bottom() * zoom - scrollY);
		return new Rectangle(left, top, right - left, bottom - top);
	}

	/** @return the scroll position: the window's top-left corner on the zoomed diagram, in pixels */
	public org.eclipse.swt.graphics.Point getScrollPosition() {
		return new org.eclipse.swt.graphics.Point(scrollX, scrollY);
	}

	/**
	 * @param x window x
	 * @param y window y
	 * @return the element drawn topmost there, or {@code null} on the background
	 */
	public DiagramElement elementAt(int x, int y) {
		if (index == null) {
			return null;
		}
		Point p = toDiagram(x, y);
		return index.at(p.x(), p.y(), HIT_TOLERANCE_PIXELS / zoom);
	}

	/**
	 * Scrolls the least needed so that the element is wholly in the window (its top left when it is larger than the
	 * window).
	 *
	 * @param element an element of this diagram
	 */
	public void reveal(DiagramElement element) {
		checkWidget();
		Rectangle r = toWindow(element.bounds());
		Rectangle client = getClientArea();
		int m = HANDLE;
		int nx = scrollX;
		int ny = scrollY;
		if (r.x + r.width + m > client.width) {
			nx += r.x + r.width + m - client.width;
		}
		if (r.x - m < 0 || r.width + 2 * m > client.width) {
			nx = scrollX + r.x - m;
		}
		if (r.y + r.height + m > client.height) {
			ny += r.y + r.height + m - client.height;
		}
		if (r.y - m < 0 || r.height + 2 * m > client.height) {
			ny = scrollY + r.y - m;
		}
		scrollTo(nx, ny);
	}

	private int maxScrollX() {
		return scene == null ? 0 : Math.max(0, (int) Math.ceil(scene.width() * zoom) - getClientArea().width);
	}

	private int maxScrollY() {
		return scene == null ? 0 : Math.max(0, (int) Math.ceil(scene.height() * zoom) - getClientArea().height);
	}

	private void scrollTo(int x, int y) {
		int nx = Math.max(0, Math.min(maxScrollX(), x));
		int ny = Math.max(0, Math.min(maxScrollY(), y));
		if (nx == scrollX && ny == scrollY) {
			return;
		}
		Rectangle client = getClientArea();
		int dx = scrollX - nx;
		int dy = scrollY - ny;
		scrollX = nx;
		scrollY = ny;
		// Move the pixels already drawn; only the strip uncovered is painted.
		scroll(dx, dy, 0, 0, client.width, client.height, false);
		getHorizontalBar().setSelection(scrollX);
		getVerticalBar().setSelection(scrollY);
		fireViewportChanged();
	}

	private void updateScrollBars() {
		if (isDisposed()) {
			return;
		}
		Rectangle client = getClientArea();
		scrollX = Math.max(0, Math.min(maxScrollX(), scrollX));
		scrollY = Math.max(0, Math.min(maxScrollY(), scrollY));
		configure(getHorizontalBar(), scene == null ? 0 : (int) Math.ceil(scene.width() * zoom), client.width, scrollX);
		configure(getVerticalBar(), scene == null ? 0 : (int) Math.ceil(scene.height() * zoom), client.height, scrollY);
		fireViewportChanged();
	}

	/**
	 * @return the part of the drawing the window shows, in drawing units
	 */
	public Bounds getViewport() {
		Rectangle client = getClientArea();
		return new Bounds(scrollX / zoom, scrollY / zoom, client.width / zoom, client.height / zoom);
	}

	/**
	 * Scrolls so that a drawing point is in the middle of the window (as far as the diagram allows).
	 *
	 * @param centre a drawing point
	 */
	public void centreOn(Point centre) {
		checkWidget();
		Rectangle client = getClientArea();
		scrollTo((int) Math.round(centre.x() * zoom - client.width / 2.0),
				(int) Math.round(centre.y() * zoom - client.height / 2.0));
	}

	/**
	 * @param listener told when the part of the drawing shown changes (scroll, zoom, size, scene)
	 */
	public void addViewportListener(Runnable listener) {
		viewportListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeViewportListener(Runnable listener) {
		viewportListeners.remove(listener);
	}

	private void fireViewportChanged() {
		for (Runnable l : List.copyOf(viewportListeners)) {
			l.run();
		}
	}

	private static void configure(ScrollBar bar, int content, int window, int selection) {
		bar.setValues(selection, 0, Math.max(content, 1), Math.max(1, Math.min(window, content)), SCROLL_INCREMENT,
				Math.max(1, window - SCROLL_INCREMENT));
		bar.setEnabled(content > window);
	}

	// --- painting --------------------------------------------------------------------------

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(e.x, e.y, e.width, e.height);
		if (scene == null) {
			return;
		}
		var t = new Transform(getDisplay());
		try {
			t.translate(-scrollX, -scrollY);
			t.scale((float) zoom, (float) zoom);
			gc.setTransform(t);
			Bounds damaged = new Bounds((e.x + scrollX) / zoom, (e.y + scrollY) / zoom, e.width / zoom,
					e.height / zoom);
			try (var canvas = new SwtCanvas(gc, resources).visible(damaged).hideTextBelow(LEGIBLE_TEXT_PIXELS, zoom)) {
				painter.paint(scene, canvas);
			}
		} finally {
			gc.setTransform(null);
			t.dispose();
		}
		paintFeedback(gc);
		Padlocks.paint(gc, this);
	}

	/**
	 * @param reservations who holds the reservation of a model object, by the object's id ("alice since 2 Dec 2026
	 *                     16:19"), or {@code null} when it is not reserved: reserved elements get a padlock and say so
	 *                     in their tooltip; {@code null} for none
	 */
	public void setMarks(Function<String, String> reservations) {
		this.marks = reservations == null ? objectId -> null : reservations;
		redraw();
	}

	/**
	 * @param element an element of the diagram
	 * @return who holds the reservation of the model object it shows, or {@code null} when it is not reserved
	 */
	public String markOf(DiagramElement element) {
		return element.objectId() == null ? null : marks.apply(element.objectId());
	}

	private String toolTip(DiagramElement element) {
		String reserved = markOf(element);
		return reserved == null ? element.toolTip() : element.toolTip() + "\nReserved by " + reserved;
	}

	private void paintFeedback(GC gc) {
		Color accent = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(2));
		for (DiagramElement el : selection) {
			gc.setForeground(accent);
			gc.setBackground(white);
			if (el.isNode()) {
				Rectangle r = toWindow(el.bounds());
				gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
				for (int[] h : new int[][] { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 0, 1 }, { 2, 1 }, { 0, 2 }, { 1, 2 },
						{ 2, 2 } }) {
					handle(gc, r.x + h[0] * r.width / 2, r.y + h[1] * r.height / 2, accent, white);
				}
			} else {
				for (Point p : el.route()) {
					var w = toWindow(p);
					handle(gc, w.x, w.y, accent, white);
				}
				if (el.labelBounds() != null) {
					gc.setForeground(accent);
					Rectangle r = toWindow(el.labelBounds());
					gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
				}
			}
		}
		if (connectionSource != null) {
			Rectangle r = toWindow(connectionSource.bounds());
			gc.setForeground(accent);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
			if (pointer != null) {
				var from = toWindow(connectionSource.centre());
				gc.drawLine(from.x, from.y, pointer.x, pointer.y);
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (focused != null && isFocusControl()) {
			Rectangle r = toWindow(focusBox(focused));
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.setBackground(white);
			gc.drawFocus(r.x - HANDLE / 2 - 2, r.y - HANDLE / 2 - 2, r.width + HANDLE + 4, r.height + HANDLE + 4);
		}
	}

	private static Bounds focusBox(DiagramElement el) {
		return !el.isNode() && el.labelBounds() != null ? el.labelBounds() : el.bounds();
	}

	private static void handle(GC gc, int cx, int cy, Color border, Color fill) {
		gc.setBackground(fill);
		gc.fillRectangle(cx - HANDLE / 2, cy - HANDLE / 2, HANDLE, HANDLE);
		gc.setForeground(border);
		gc.setLineWidth(1);
		gc.drawRectangle(cx - HANDLE / 2, cy - HANDLE / 2, HANDLE - 1, HANDLE - 1);
		gc.setLineWidth(2);
	}

	/**
	 * @param element an element
	 * @return the window area its drawing and its selection and focus feedback cover
	 */
	Rectangle damageOf(DiagramElement element) {
		Rectangle r = toWindow(element.bounds());
		int m = HANDLE + 4;
		return new Rectangle(r.x - m, r.y - m, r.width + 2 * m, r.height + 2 * m);
	}

	private void damage(DiagramElement element) {
		if (element != null) {
			Rectangle r = damageOf(element);
			redraw(r.x, r.y, r.width, r.height, false);
		}
	}

	private void damageRubberBand() {
		if (connectionSource == null || pointer == null) {
			return;
		}
		var from = toWindow(connectionSource.centre());
		int x = Math.min(from.x, pointer.x) - 3;
		int y = Math.min(from.y, pointer.y) - 3;
		redraw(x, y, Math.abs(from.x - pointer.x) + 6, Math.abs(from.y - pointer.y) + 6, false);
	}

	private void damageFocus() {
		damage(focused);
	}

	// --- selection -------------------------------------------------------------------------

	/** @return the selected elements */
	public List<DiagramElement> getSelectedElements() {
		return List.copyOf(selection);
	}

	/**
	 * Selects elements, repainting only them and those selected before; tells the listeners.
	 *
	 * @param elements elements of this diagram
	 */
	public void setSelectedElements(List<DiagramElement> elements) {
		checkWidget();
		if (elements.equals(selection)) {
			return;
		}
		selection.forEach(this::damage);
		selection.clear();
		selection.addAll(elements);
		selection.forEach(this::damage);
		accessibility.selectionChanged();
		fireSelectionChanged();
	}

	/** @return the element with the keyboard focus, or {@code null} */
	public DiagramElement getFocusedElement() {
		return focused;
	}

	/**
	 * Moves the keyboard focus to an element, scrolls it into view and tells assistive technology.
	 *
	 * @param element an element of this diagram, or {@code null}
	 */
	public void setFocusedElement(DiagramElement element) {
		checkWidget();
		if (element == focused) {
			return;
		}
		damage(focused);
		focused = element;
		if (element != null) {
			reveal(element);
			damage(element);
			accessibility.focusChanged(getElements().indexOf(element));
		}
	}

	/** @return the model objects of the selected elements (see {@link #modelObject}) */
	@Override
	public ISelection getSelection() {
		return new StructuredSelection(selection.stream().map(this::modelObject).toList());
	}

	/**
	 * Selects the elements showing the given model objects (or object ids, or scene ids), gives the first the focus and
	 * scrolls it into view. Objects the diagram does not show are ignored.
	 */
	@Override
	public void setSelection(ISelection newSelection) {
		var wanted = new ArrayList<DiagramElement>();
		if (newSelection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				for (DiagramElement el : getElements()) {
					if (!wanted.contains(el)
							&& (o.equals(modelObject(el)) || o.equals(el.objectId()) || o.equals(el.id()))) {
						wanted.add(el);
					}
				}
			}
		}
		setSelectedElements(wanted);
		if (!wanted.isEmpty()) {
			setFocusedElement(wanted.get(0));
			reveal(wanted.get(0));
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	private void fireSelectionChanged() {
		var event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}

	/**
	 * @param listener told when an element is opened (Enter, or a double-click)
	 */
	public void addOpenListener(Consumer<DiagramElement> listener) {
		openListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeOpenListener(Consumer<DiagramElement> listener) {
		openListeners.remove(listener);
	}

	private void open(DiagramElement element) {
		for (Consumer<DiagramElement> l : List.copyOf(openListeners)) {
			l.accept(element);
		}
	}

	// --- editing ---------------------------------------------------------------------------

	/**
	 * Chooses the tool the next click (or Enter) uses, or none. Escape, or using it once, puts it down again.
	 *
	 * @param newTool a creation tool, or {@code null} for selecting
	 */
	public void setTool(DiagramTool newTool) {
		checkWidget();
		if (Objects.equals(newTool, tool) && connectionSource == null) {
			return;
		}
		tool = newTool;
		connectionSource = null;
		pointer = null;
		setCursor(newTool == null ? null : getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
		redraw();
		for (Consumer<DiagramTool> l : List.copyOf(toolChangeListeners)) {
			l.accept(newTool);
		}
	}

	/** @return the tool chosen, or {@code null} when clicks select */
	public DiagramTool getTool() {
		return tool;
	}

	/** @return where the arrow being drawn starts, or {@code null} */
	public DiagramElement getConnectionSource() {
		return connectionSource;
	}

	/**
	 * Uses the chosen tool on an element, as a click on it (or Enter while it has the focus) does: a box tool asks for
	 * a new box inside it (or on the background for {@code null}); an arrow tool takes the first box as the start and
	 * the second as the end. Does nothing without a tool, and an arrow tool ignores anything but boxes.
	 *
	 * @param element an element of this diagram, or {@code null} for the background
	 */
	public void useTool(DiagramElement element) {
		checkWidget();
		DiagramTool using = tool;
		if (using == null) {
			return;
		}
		if (using.kind() == DiagramTool.Kind.NODE) {
			DiagramElement container = element != null && element.isNode() ? element : null;
			setTool(null);
			for (DiagramTool.Listener l : List.copyOf(toolListeners)) {
				l.createNode(using, container);
			}
			return;
		}
		if (element == null || !element.isNode()) {
			return;
		}
		if (connectionSource == null) {
			connectionSource = element;
			damage(element);
			return;
		}
		DiagramElement source = connectionSource;
		setTool(null);
		for (DiagramTool.Listener l : List.copyOf(toolListeners)) {
			l.createConnection(using, source, element);
		}
	}

	/** @param listener told what the user asked the tools for */
	public void addToolListener(DiagramTool.Listener listener) {
		toolListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** @param listener told the tool chosen (or {@code null}) whenever it changes */
	public void addToolChangeListener(Consumer<DiagramTool> listener) {
		toolChangeListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** @param listener told an element and the text typed for its title or label (F2, double-click) */
	public void addLabelEditListener(BiConsumer<DiagramElement, String> listener) {
		labelListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** @param listener told the element whose findings badge was clicked */
	public void addBadgeListener(Consumer<DiagramElement> listener) {
		badgeListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/** @param listener told the element whose properties are asked for (Alt+Enter) */
	public void addPropertiesListener(Consumer<DiagramElement> listener) {
		propertiesListeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/**
	 * @param x window x
	 * @param y window y
	 * @return the element whose findings badge is drawn there, or {@code null}
	 */
	public DiagramElement badgeAt(int x, int y) {
		if (index == null) {
			return null;
		}
		Point p = toDiagram(x, y);
		for (PlacedEdge e : placedEdges.values()) {
			for (PlacedBadge b : e.badges()) {
				if (inside(b.bounds(), p)) {
					return index.byId(e.edge().id());
				}
			}
		}
		DiagramElement best = null;
		for (PlacedNode n : placedNodes.values()) {
			for (PlacedBadge b : n.badges()) {
				if (inside(b.bounds(), p) && (best == null || n.depth() > best.depth())) {
					best = index.byId(n.node().id());
				}
			}
		}
		return best;
	}

	private static boolean inside(Bounds b, Point p) {
		return p.x() >= b.x() && p.x() <= b.right() && p.y() >= b.y() && p.y() <= b.bottom();
	}

	/**
	 * The text a label edit starts from: a box's title, or an arrow's first label line.
	 *
	 * @param element an element
	 * @return the text, or {@code null} when the element has no label to edit
	 */
	public String labelText(DiagramElement element) {
		if (element.isNode()) {
			PlacedNode n = placedNodes.get(element.id());
			return n == null ? null : n.node().title();
		}
		PlacedEdge e = placedEdges.get(element.id());
		return e == null || e.edge().labels().isEmpty() ? null : e.edge().labels().get(0);
	}

	/** @return the area of the element's editable label: a box's title lines, an arrow's label block */
	private Bounds labelArea(DiagramElement element) {
		if (!element.isNode()) {
			return element.labelBounds();
		}
		PlacedNode n = placedNodes.get(element.id());
		Bounds area = null;
		for (TextLine line : n.lines()) {
			if (line.bold()) {
				Bounds b = line.bounds();
				area = area == null ? b : union(area, b);
			}
		}
		return area;
	}

	private static Bounds union(Bounds a, Bounds b) {
		double x = Math.min(a.x(), b.x());
		double y = Math.min(a.y(), b.y());
		return new Bounds(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
	}

	/**
	 * Edits an element's title (or an arrow's first label line) in place: Enter or leaving the field keeps the text,
	 * Escape drops it. The label edit listeners are told a changed, non-blank text.
	 *
	 * @param element an element of this diagram
	 * @return whether editing started (an arrow without a label has nothing to edit)
	 */
	public boolean editLabel(DiagramElement element) {
		checkWidget();
		String initial = element == null || labelListeners.isEmpty() ? null : labelText(element);
		Bounds area = initial == null ? null : labelArea(element);
		if (area == null) {
			return false;
		}
		cancelLabelEdit();
		reveal(element);
		Rectangle r = toWindow(area);
		var editor = new Text(this, SWT.SINGLE | SWT.BORDER);
		labelEditor = editor;
		editor.setText(initial);
		editor.selectAll();
		var preferred = editor.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		int width = Math.max(Math.max(r.width + 16, 160), Math.min(preferred.x + 16, 480));
		editor.setBounds(r.x + r.width / 2 - width / 2, r.y + r.height / 2 - preferred.y / 2, width, preferred.y);
		editor.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = "New text for " + element.name();
			}
		});
		editor.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				finishLabelEdit(element, initial, e.detail == SWT.TRAVERSE_RETURN);
			}
		});
		editor.addListener(SWT.FocusOut, e -> finishLabelEdit(element, initial, true));
		editor.setFocus();
		return true;
	}

	/** @return the field of the label being edited, or {@code null} */
	public Text getLabelEditor() {
		return labelEditor == null || labelEditor.isDisposed() ? null : labelEditor;
	}

	private void cancelLabelEdit() {
		if (labelEditor != null && !labelEditor.isDisposed()) {
			Text editor = labelEditor;
			labelEditor = null;
			editor.dispose();
		}
	}

	private void finishLabelEdit(DiagramElement element, String initial, boolean keep) {
		Text editor = labelEditor;
		if (editor == null || editor.isDisposed()) {
			return;
		}
		String text = editor.getText().strip();
		labelEditor = null;
		editor.dispose();
		if (!isDisposed()) {
			setFocus();
		}
		if (keep && !text.isEmpty() && !text.equals(initial)) {
			for (BiConsumer<DiagramElement, String> l : List.copyOf(labelListeners)) {
				l.accept(element, text);
			}
		}
	}

	private void menuDetect(Event e) {
		if (e.detail == SWT.MENU_KEYBOARD && focused != null) {
			// The context-menu key opens the menu at the focused element, not where the pointer happens to be.
			var at = toDisplay(toWindow(focused.centre()));
			e.x = at.x;
			e.y = at.y;
		}
	}

	// --- mouse -----------------------------------------------------------------------------

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		DiagramElement el = elementAt(e.x, e.y);
		if (tool != null) {
			useTool(el);
			return;
		}
		DiagramElement badged = badgeAt(e.x, e.y);
		if (badged != null) {
			setSelectedElements(List.of(badged));
			setFocusedElement(badged);
			for (Consumer<DiagramElement> l : List.copyOf(badgeListeners)) {
				l.accept(badged);
			}
			return;
		}
		if (el == null) {
			setSelectedElements(List.of());
			panning = true;
			panStartX = e.x;
			panStartY = e.y;
			panScrollX = scrollX;
			panScrollY = scrollY;
			setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
			return;
		}
		if ((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0) {
			var toggled = new ArrayList<>(selection);
			if (!toggled.remove(el)) {
				toggled.add(el);
			}
			setSelectedElements(toggled);
		} else {
			setSelectedElements(List.of(el));
		}
		setFocusedElement(el);
	}

	private void mouseMove(Event e) {
		if (connectionSource != null) {
			damageRubberBand();
			pointer = new org.eclipse.swt.graphics.Point(e.x, e.y);
			damageRubberBand();
		}
		if (panning) {
			scrollTo(panScrollX - (e.x - panStartX), panScrollY - (e.y - panStartY));
			return;
		}
		DiagramElement el = elementAt(e.x, e.y);
		if (el != hovered) {
			hovered = el;
			setToolTipText(el == null ? null : toolTip(el));
		}
	}

	private void endPan() {
		if (panning) {
			panning = false;
			setCursor(null);
		}
	}

	private void mouseDoubleClick(Event e) {
		DiagramElement el = elementAt(e.x, e.y);
		if (el == null || tool != null) {
			return;
		}
		Bounds label = labelArea(el);
		if (label != null && inside(label, toDiagram(e.x, e.y)) && editLabel(el)) {
			return;
		}
		open(el);
	}

	private void mouseWheel(Event e) {
		if ((e.stateMask & SWT.MOD1) == 0 || e.count == 0) {
			return;
		}
		e.doit = false;
		setZoom(e.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, e.x, e.y);
	}

	// --- keyboard --------------------------------------------------------------------------

	private void traverse(Event e) {
		switch (e.detail) {
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> {
			// Ctrl+Tab leaves the diagram; Tab moves between its elements.
			if ((e.stateMask & SWT.MOD1) == 0 && !getElements().isEmpty()) {
				e.doit = false;
				step(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
			}
		}
		case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN -> e.doit = false;
		default -> {
			// Escape and mnemonics keep their usual meaning.
		}
		}
	}

	private void keyDown(Event e) {
		boolean mod = (e.stateMask & SWT.MOD1) != 0;
		if (mod) {
			switch (e.keyCode) {
			case '=', '+', SWT.KEYPAD_ADD -> zoomIn();
			case '-', SWT.KEYPAD_SUBTRACT -> zoomOut();
			case '0', SWT.KEYPAD_0 -> setZoom(1);
			case '1', SWT.KEYPAD_1 -> zoomToFit();
			default -> {
				// not ours
			}
			}
			return;
		}
		switch (e.keyCode) {
		case SWT.ARROW_RIGHT -> move(1, 0);
		case SWT.ARROW_LEFT -> move(-1, 0);
		case SWT.ARROW_DOWN -> move(0, 1);
		case SWT.ARROW_UP -> move(0, -1);
		case SWT.HOME -> focusAndSelect(getElements().isEmpty() ? null : getElements().get(0));
		case SWT.END -> focusAndSelect(getElements().isEmpty() ? null : getElements().get(getElements().size() - 1));
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (tool != null) {
				useTool(focused);
			} else if (focused != null && (e.stateMask & SWT.ALT) != 0) {
				for (Consumer<DiagramElement> l : List.copyOf(propertiesListeners)) {
					l.accept(focused);
				}
			} else if (focused != null) {
				open(focused);
			}
		}
		case SWT.F2 -> {
			if (focused != null) {
				editLabel(focused);
			}
		}
		case SWT.ESC -> {
			if (tool != null) {
				setTool(null);
			} else {
				setSelectedElements(List.of());
			}
		}
		default -> {
			// not ours
		}
		}
	}

	/**
	 * Moves focus and selection along the reading order, wrapping at the ends.
	 *
	 * @param delta 1 for the next element, -1 for the previous
	 */
	void step(int delta) {
		List<DiagramElement> all = getElements();
		if (all.isEmpty()) {
			return;
		}
		int i = focused == null ? (delta > 0 ? -1 : 0) : all.indexOf(focused);
		focusAndSelect(all.get(Math.floorMod(i + delta, all.size())));
	}

	/**
	 * Moves focus and selection to the nearest element whose centre lies in a direction.
	 *
	 * @param dx -1, 0 or 1
	 * @param dy -1, 0 or 1
	 */
	void move(int dx, int dy) {
		if (focused == null) {
			step(1);
			return;
		}
		Point from = focused.centre();
		DiagramElement best = null;
		double bestScore = Double.MAX_VALUE;
		for (DiagramElement el : getElements()) {
			if (el == focused) {
				continue;
			}
			Point c = el.centre();
			double along = (c.x() - from.x()) * dx + (c.y() - from.y()) * dy;
			double across = Math.abs((c.x() - from.x()) * dy) + Math.abs((c.y() - from.y()) * dx);
			if (along <= 0) {
				continue;
			}
			// Prefer what lies straight ahead over what is nearer but off to the side.
			double score = along + 2 * across;
			if (score < bestScore) {
				bestScore = score;
				best = el;
			}
		}
		if (best != null) {
			focusAndSelect(best);
		}
	}

	private void focusAndSelect(DiagramElement el) {
		if (el != null) {
			setSelectedElements(List.of(el));
			setFocusedElement(el);
		}
	}

	/** @return the accessibility bridge (package access for tests) */
	DiagramAccessibility accessibility() {
		return accessibility;
	}
}
