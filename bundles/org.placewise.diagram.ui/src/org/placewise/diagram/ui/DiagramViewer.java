package org.placewise.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.placewise.diagram.layout.Bounds;
import org.placewise.diagram.layout.LaidOutScene;
import org.placewise.diagram.layout.Point;
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
 * small to read when zoomed far out.
 */
public final class DiagramViewer extends Canvas implements ISelectionProvider {

	/** Smallest zoom: a 20,000-pixel diagram still fits a 1,000-pixel window. */
	public static final double MIN_ZOOM = 0.05;
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
		scene = newScene;
		index = newScene == null ? null : new SceneIndex(newScene);
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
		updateScrollBars();
		redraw();
		if (changed) {
			fireSelectionChanged();
		}
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
		double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
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
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
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

	// --- mouse -----------------------------------------------------------------------------

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		DiagramElement el = elementAt(e.x, e.y);
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
		if (panning) {
			scrollTo(panScrollX - (e.x - panStartX), panScrollY - (e.y - panStartY));
			return;
		}
		DiagramElement el = elementAt(e.x, e.y);
		if (el != hovered) {
			hovered = el;
			setToolTipText(el == null ? null : el.toolTip());
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
		if (el != null) {
			open(el);
		}
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
			if (focused != null) {
				open(focused);
			}
		}
		case SWT.ESC -> setSelectedElements(List.of());
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
