// Placewise diagram viewer: zoom and pan for the full-size diagram. The page works without it.
(function () {
  var frame = document.querySelector('.viewer');
  var svg = frame && frame.querySelector('svg');
  var controls = document.querySelector('.viewer-controls');
  if (!svg || !controls) { return; }
  var width = parseFloat(svg.getAttribute('width'));
  var height = parseFloat(svg.getAttribute('height'));
  var level = document.querySelector('.zoom-level');
  var scale = 1;
  controls.hidden = false;
  function zoom(to, cx, cy) {
    to = Math.max(0.05, Math.min(8, to));
    var x = (frame.scrollLeft + (cx === undefined ? frame.clientWidth / 2 : cx)) / scale;
    var y = (frame.scrollTop + (cy === undefined ? frame.clientHeight / 2 : cy)) / scale;
    scale = to;
    svg.setAttribute('width', String(Math.round(width * scale)));
    svg.setAttribute('height', String(Math.round(height * scale)));
    frame.scrollLeft = x * scale - (cx === undefined ? frame.clientWidth / 2 : cx);
    frame.scrollTop = y * scale - (cy === undefined ? frame.clientHeight / 2 : cy);
    level.textContent = Math.round(scale * 100) + '%';
    frame.setAttribute('data-scale', String(scale));
  }
  function fit() {
    zoom(Math.min(frame.clientWidth / width, frame.clientHeight / height, 1));
  }
  controls.addEventListener('click', function (e) {
    var what = e.target.getAttribute('data-zoom');
    if (what === 'in') { zoom(scale * 1.25); }
    else if (what === 'out') { zoom(scale / 1.25); }
    else if (what === 'fit') { fit(); }
    else if (what === 'actual') { zoom(1); }
  });
  frame.addEventListener('keydown', function (e) {
    if (e.key === '+' || e.key === '=') { zoom(scale * 1.25); e.preventDefault(); }
    else if (e.key === '-') { zoom(scale / 1.25); e.preventDefault(); }
    else if (e.key === '0') { fit(); e.preventDefault(); }
    else if (e.key === '1') { zoom(1); e.preventDefault(); }
  });
  frame.addEventListener('wheel', function (e) {
    if (!e.ctrlKey) { return; }
    e.preventDefault();
    var box = frame.getBoundingClientRect();
    zoom(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1), e.clientX - box.left, e.clientY - box.top);
  }, { passive: false });
  // Drag anywhere to pan, links included: a press that moves more than a few pixels pans and
  // is not a click; one that does not move follows the link as usual.
  var drag = null;
  var moved = false;
  frame.addEventListener('dragstart', function (e) { e.preventDefault(); });
  frame.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) { return; }
    drag = { x: e.clientX, y: e.clientY, left: frame.scrollLeft, top: frame.scrollTop, id: e.pointerId };
    moved = false;
  });
  frame.addEventListener('pointermove', function (e) {
    if (!drag) { return; }
    if (!moved && Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4) {
      moved = true;
      frame.setPointerCapture(drag.id);
      frame.classList.add('dragging');
    }
    if (moved) {
      frame.scrollLeft = drag.left - (e.clientX - drag.x);
      frame.scrollTop = drag.top - (e.clientY - drag.y);
    }
  });
  function stop() { drag = null; frame.classList.remove('dragging'); }
  frame.addEventListener('pointerup', stop);
  frame.addEventListener('pointercancel', stop);
  frame.addEventListener('click', function (e) {
    if (moved) { e.preventDefault(); e.stopPropagation(); moved = false; }
  }, true);
})();
