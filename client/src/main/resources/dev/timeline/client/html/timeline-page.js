// Interactive timeline: plain DOM + SVG, no libraries, no network.
// Times are milliseconds since 1970 of the service's local date-times read as UTC, so every
// calendar computation below uses the UTC methods and the reader's own zone never shifts a date.
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var MARGIN = { left: 16, right: 16, top: 34, bottom: 10 };
  var ROW = 24, BAR = 14, LANE_GAP = 26, LABEL_MAX = 46, MIN_MARK = 6;

  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var svg = document.getElementById('svg');
  var chart = document.getElementById('chart');
  var itemsById = {};
  data.items.concat(data.undated).forEach(function (it) { itemsById[it.id] = it; });

  // Each item's colour comes from the chart theme (ChartTheme): contrast-checked, colour-blind
  // safe; the page sets it per item (its event class, or its article's colour when merged).

  // ---- time scale and view ----
  var extent = fullExtent();
  var view = { start: extent[0], end: extent[1] };
  var selected = null, hovered = null;

  function fullExtent() {
    var lo = Infinity, hi = -Infinity;
    data.items.forEach(function (it) { lo = Math.min(lo, it.b); hi = Math.max(hi, it.e); });
    data.lanes.forEach(function (l) { if (l.published !== null) { lo = Math.min(lo, l.published); hi = Math.max(hi, l.published + DAY); } });
    if (!isFinite(lo)) { var now = Date.UTC(2000, 0, 1); lo = now; hi = now + 365 * DAY; }
    var pad = Math.max((hi - lo) * 0.04, DAY);
    return [lo - pad, hi + pad];
  }
  function width() { return Math.max(chart.clientWidth, 320); }
  function x(t) { return MARGIN.left + (t - view.start) / (view.end - view.start) * (width() - MARGIN.left - MARGIN.right); }
  function timeAt(px) { return view.start + (px - MARGIN.left) / (width() - MARGIN.left - MARGIN.right) * (view.end - view.start); }

  function zoom(factor, around) {
    var span = (view.end - view.start) * factor;
    span = Math.min(Math.max(span, 3600000), 1000 * 365.25 * DAY);
    var f = (around - view.start) / (view.end - view.start);
    view = { start: around - f * span, end: around - f * span + span };
    render();
  }
  function pan(fraction) {
    var d = (view.end - view.start) * fraction;
    view = { start: view.start + d, end: view.end + d };
    render();
  }

  // ---- ticks: the finest calendar step that leaves room for labels ----
  var STEPS = [
    ['hour', 1], ['hour', 3], ['hour', 6], ['hour', 12], ['day', 1], ['day', 2], ['day', 7], ['day', 14],
    ['month', 1], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10],
    ['year', 20], ['year', 50], ['year', 100], ['year', 250], ['year', 500], ['year', 1000]];
  var APPROX = { hour: 3600000, day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

  function ticks() {
    var pxPerMs = (width() - MARGIN.left - MARGIN.right) / (view.end - view.start);
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      var minPx = STEPS[i][0] === 'day' || STEPS[i][0] === 'hour' ? 74 : 64;
      if (APPROX[STEPS[i][0]] * STEPS[i][1] * pxPerMs >= minPx) { step = STEPS[i]; break; }
    }
    var out = [], t = floorTo(view.start, step), guard = 0;
    while (t <= view.end && guard++ < 400) { out.push({ t: t, label: tickLabel(t, step[0]) }); t = advance(t, step); }
    return out;
  }
  function floorTo(t, step) {
    var d = new Date(t), unit = step[0], n = step[1];
    if (unit === 'year') return Date.UTC(Math.floor(d.getUTCFullYear() / n) * n, 0, 1);
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / n) * n, 1);
    if (unit === 'day') return n === 7 || n === 14 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - (d.getUTCDay() + 6) % 7)
      : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Math.floor(d.getUTCHours() / n) * n);
  }
  function advance(t, step) {
    var d = new Date(t), unit = step[0], n = step[1];
    if (unit === 'year') return Date.UTC(d.getUTCFullYear() + n, 0, 1);
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    return t + n * APPROX[unit];
  }
  function tickLabel(t, unit) {
    var d = new Date(t);
    if (unit === 'year') return String(d.getUTCFullYear());
    if (unit === 'month') return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    if (unit === 'day') return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + pad2(d.getUTCHours()) + ':00';
  }
  function pad2(n) { return n < 10 ? '0' + n : String(n); }
  function dayLabel(t) { var d = new Date(t); return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear(); }

  // ---- labels and lanes: pack each group's marks into rows so no two labels overlap ----
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = '12px "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif';
  function label(it) { var h = it.headline || '(no headline)'; return h.length > LABEL_MAX ? h.slice(0, LABEL_MAX - 1) + '\u2026' : h; }
  function textWidth(s) { return measure.measureText(s).width; }

  function layout() {
    var lanes = [], w = width();
    data.groups.forEach(function (g) {
      var members = data.items.filter(function (it) { return it.group === g; });
      if (!members.length) return;
      var plotRight = w - MARGIN.right;
      var placed = members.map(function (it) {
        var x0 = x(it.b), x1 = Math.max(x(it.e), x0 + MIN_MARK), lw = textWidth(label(it));
        // A label that would run off the right edge goes left of its mark when there is room.
        var overflows = x1 + 6 + lw > plotRight;
        var left = overflows && x0 - 6 - lw >= MARGIN.left;
        // A wide bar with no room on either side carries its label inside.
        var inside = overflows && !left && Math.min(x1, plotRight) - Math.max(x0, MARGIN.left) > lw + 12;
        return { item: it, x0: x0, x1: x1, left: left, inside: inside,
          from: left ? x0 - 6 - lw - 10 : x0, to: left || inside ? x1 + 10 : x1 + 6 + lw + 14 };
      }).sort(function (a, b) { return a.from - b.from || a.to - b.to; });
      var rowEnds = [];
      placed.forEach(function (p) {
        var r = 0;
        while (r < rowEnds.length && rowEnds[r] > p.from) r++;
        rowEnds[r] = p.to;
        p.row = r;
      });
      lanes.push({ group: g, placed: placed, rows: rowEnds.length });
    });
    return lanes;
  }

  // ---- drawing ----
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG_NS, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function render() {
    var w = width();
    var lanes = layout();
    var showLaneTitles = data.groups.length > 1;
    var y = MARGIN.top, bands = [];
    lanes.forEach(function (lane) {
      lane.top = y;
      lane.bodyTop = y + (showLaneTitles ? 18 : 4);
      y = lane.bodyTop + lane.rows * ROW + 6;
      bands.push(lane);
      y += showLaneTitles ? LANE_GAP - 14 : 0;
    });
    var h = Math.max(y + MARGIN.bottom, 120);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('height', h);
    var defs = el('defs', {}, svg);
    var clip = el('clipPath', { id: 'plot-clip' }, defs);
    el('rect', { x: MARGIN.left, y: 0, width: w - MARGIN.left - MARGIN.right, height: h }, clip);

    var plot = el('g', { 'clip-path': 'url(#plot-clip)' }, svg);
    bands.forEach(function (lane, i) {
      if (showLaneTitles && i % 2 === 0) el('rect', { class: 'lane-band', x: 0, y: lane.top, width: w, height: lane.bodyTop - lane.top + lane.rows * ROW + 6 }, plot);
    });
    var axis = el('g', { class: 'axis' }, plot);
    ticks().forEach(function (tk) {
      var g = el('g', { class: 'tick' }, axis), px = x(tk.t);
      el('line', { x1: px, x2: px, y1: 22, y2: h }, g);
      if (px + 4 + textWidth(tk.label) < w - MARGIN.right) el('text', { x: px + 4, y: 16 }, g).textContent = tk.label;
    });
    // One dashed line per publication date; dates whose labels would collide share one label.
    var days = data.lanes.map(function (l) { return l.published; })
      .filter(function (v, i, a) { return v !== null && a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var clusters = [];
    days.forEach(function (d) {
      var last = clusters[clusters.length - 1];
      if (last && x(d) - x(last[last.length - 1]) < 150) last.push(d); else clusters.push([d]);
    });
    clusters.forEach(function (cluster) {
      var g = el('g', { class: 'publication' }, plot);
      cluster.forEach(function (d) { el('line', { x1: x(d), x2: x(d), y1: 22, y2: h }, g); });
      var t = el('text', { x: x(cluster[0]) - 4, y: 32, 'text-anchor': 'end' }, g);
      t.textContent = 'published ' + cluster.map(dayLabel).join(', ');
    });
    bands.forEach(function (lane) {
      if (showLaneTitles) {
        var t = el('text', { class: 'lane-title', x: MARGIN.left + 4, y: lane.top + 13 }, plot);
        t.textContent = lane.group;
      }
      lane.placed.forEach(function (p) {
        var it = p.item, top = lane.bodyTop + p.row * ROW;
        var g = el('g', { class: 'mark' + (selected === it.id ? ' selected' : ''), 'data-mark': it.id, tabindex: 0 }, plot);
        el('rect', { x: p.x0, y: top + (ROW - BAR) / 2, width: p.x1 - p.x0, height: BAR, rx: 3, fill: it.colour }, g);
        var ty = top + ROW / 2 + 4;
        var t = el('text', p.left ? { class: 'label', x: p.x0 - 6, y: ty, 'text-anchor': 'end' }
          : p.inside ? { class: 'label inside', x: Math.max(p.x0, MARGIN.left) + 6, y: ty }
          : { class: 'label', x: p.x1 + 6, y: ty }, g);
        t.textContent = label(it);
        var tip = el('title', {}, g);
        tip.textContent = it.display + ': ' + it.headline;
        g.addEventListener('mouseenter', function () { hovered = it.id; show(it); });
        g.addEventListener('mouseleave', function () { hovered = null; show(selected ? itemsById[selected] : null); });
        g.addEventListener('click', function (e) { e.stopPropagation(); select(it.id); });
        g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(it.id); } });
      });
    });
    document.documentElement.setAttribute('data-marks', String(svg.querySelectorAll('[data-mark]').length));
    chart.setAttribute('data-view', Math.round(view.start) + ',' + Math.round(view.end));
  }

  // ---- details and highlighting ----
  function select(id) {
    selected = id;
    try { history.replaceState(null, '', '#item=' + encodeURIComponent(id)); } catch (e) { /* file: URLs may refuse */ }
    document.documentElement.setAttribute('data-selected', id);
    Array.prototype.forEach.call(svg.querySelectorAll('[data-mark]'), function (m) {
      m.setAttribute('class', 'mark' + (m.getAttribute('data-mark') === id ? ' selected' : ''));
    });
    Array.prototype.forEach.call(document.querySelectorAll('#undated li'), function (li) {
      li.className = li.getAttribute('data-item') === id ? 'selected' : '';
    });
    show(itemsById[id]);
  }

  function show(it) {
    var box = document.getElementById('details');
    box.textContent = '';
    if (!it) {
      var p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'Hover over or click an event to read its sentence in the article.';
      box.appendChild(p);
      highlight(null);
      return;
    }
    add(box, 'div', 'date', it.display || 'undated');
    add(box, 'div', 'headline', it.headline);
    add(box, 'p', 'sentence', it.sentence);
    var dl = document.createElement('dl');
    var expr = it.sources[0].expr;
    term(dl, 'Dated by', expr ? '\u201c' + expr.text + '\u201d' + (it.value ? ' \u2192 ' + it.value : '') : 'its relation to the publication date');
    if (it.granularity) term(dl, 'Precision', it.granularity);
    if (it.cls) term(dl, 'Class', it.cls.replace('_', '-'));
    if (it.factuality) term(dl, 'Factuality', it.factuality);
    if (it.relation) term(dl, 'Relation', it.relation);
    term(dl, it.sources.length > 1 ? 'Reported by' : 'Source', it.sources.map(function (s) { return s.doc; }).join(', '));
    box.appendChild(dl);
    highlight(it);
  }
  function add(parent, tag, cls, text) { var e = document.createElement(tag); e.className = cls; e.textContent = text; parent.appendChild(e); return e; }
  function term(dl, k, v) { add(dl, 'dt', '', k); add(dl, 'dd', '', v); }

  // Rebuilds each article's text with the sentence and expression of the item marked.
  function highlight(it) {
    data.lanes.forEach(function (lane, i) {
      var box = document.querySelector('.article[data-lane="' + i + '"] .text');
      if (!box || !lane.text) return;
      var source = it ? it.sources.filter(function (s) { return s.lane === i; })[0] : null;
      var spans = [];
      if (source && source.sentence) spans.push({ b: source.sentence[0], e: source.sentence[1], cls: 'sentence' });
      if (source && source.expr) spans.push({ b: source.expr.b, e: source.expr.e, cls: 'expression' });
      renderText(box, lane.text, spans);
      var target = box.querySelector('mark.expression') || box.querySelector('mark.sentence');
      if (target) box.scrollTop = Math.max(0, target.offsetTop - box.offsetTop - box.clientHeight / 3);
    });
  }
  function renderText(box, text, spans) {
    box.textContent = '';
    var cuts = [0, text.length];
    spans.forEach(function (s) {
      s.b = Math.max(0, Math.min(s.b, text.length)); s.e = Math.max(s.b, Math.min(s.e, text.length));
      cuts.push(s.b, s.e);
    });
    cuts = cuts.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var b = cuts[i], e = cuts[i + 1], node = document.createTextNode(text.slice(b, e)), wrapped = node;
      // Innermost first: the expression mark sits inside the sentence mark.
      spans.slice().reverse().forEach(function (s) {
        if (s.b <= b && e <= s.e && s.e > s.b) { var m = document.createElement('mark'); m.className = s.cls; m.appendChild(wrapped); wrapped = m; }
      });
      box.appendChild(wrapped);
    }
  }

  // ---- static parts ----
  function build() {
    document.getElementById('title').textContent = data.title;
    var dated = data.items.length, undated = data.undated.length;
    var days = data.lanes.filter(function (l) { return l.published !== null; }).map(function (l) { return dayLabel(l.published); });
    document.getElementById('meta').textContent =
      (data.lanes.length > 1 ? data.lanes.length + ' articles \u00b7 ' : '') +
      (days.length ? 'Published ' + days.filter(function (d, i, a) { return a.indexOf(d) === i; }).join(', ') + ' \u00b7 ' : '') +
      dated + ' dated event' + (dated === 1 ? '' : 's') + ' \u00b7 ' + undated + ' undated';
    var articles = document.getElementById('articles');
    data.lanes.forEach(function (lane, i) {
      var sec = document.createElement('section');
      sec.className = 'article';
      sec.setAttribute('data-lane', String(i));
      add(sec, 'h3', '', lane.title);
      if (lane.published !== null || data.lanes.length > 1) {
        add(sec, 'p', 'published', (lane.published !== null ? 'Published ' + dayLabel(lane.published) : '') + (data.lanes.length > 1 ? ' \u00b7 ' + lane.id : ''));
      }
      if (lane.text) add(sec, 'div', 'text', lane.text);
      else add(sec, 'p', 'unavailable', 'The article text was not given; the details panel shows each event\u2019s sentence.');
      articles.appendChild(sec);
    });
    var list = document.getElementById('undated');
    data.undated.forEach(function (it) {
      var li = document.createElement('li');
      li.setAttribute('data-item', it.id);
      li.appendChild(document.createTextNode(it.headline + ' '));
      add(li, 'span', 'rel', it.display ? '(' + it.display + ')' : '');
      li.addEventListener('mouseenter', function () { show(it); });
      li.addEventListener('mouseleave', function () { show(selected ? itemsById[selected] : null); });
      li.addEventListener('click', function () { select(it.id); });
      list.appendChild(li);
    });
    if (!undated) document.getElementById('undated-panel').style.display = 'none';
  }

  function wire() {
    document.querySelector('.controls').addEventListener('click', function (e) {
      var b = e.target.closest('button');
      if (!b) return;
      var mid = (view.start + view.end) / 2;
      var z = b.getAttribute('data-zoom'), p = b.getAttribute('data-pan');
      if (z === 'in') zoom(1 / 1.6, mid);
      else if (z === 'out') zoom(1.6, mid);
      else if (z === 'fit') { var ex = fullExtent(); view = { start: ex[0], end: ex[1] }; render(); }
      else if (z === 'publication') {
        var pub = data.lanes.map(function (l) { return l.published; }).filter(function (v) { return v !== null; });
        var at = pub.length ? Math.max.apply(null, pub) : mid;
        view = { start: at - 24 * DAY, end: at + 8 * DAY };
        render();
      } else if (p) pan(Number(p) * 0.3);
    });
    chart.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = svg.getBoundingClientRect();
      // Firefox may report lines (deltaMode 1) or pages (2) instead of pixels.
      var dy = e.deltaY * (e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 400 : 1);
      zoom(Math.pow(1.0015, dy), timeAt(e.clientX - r.left));
    }, { passive: false });
    var drag = null;
    chart.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) return;
      drag = { x: e.clientX, view: { start: view.start, end: view.end }, moved: false, id: e.pointerId };
    });
    chart.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < 3) return;
      if (!drag.moved) { drag.moved = true; chart.setPointerCapture(drag.id); chart.classList.add('dragging'); }
      var ms = dx / (width() - MARGIN.left - MARGIN.right) * (drag.view.end - drag.view.start);
      view = { start: drag.view.start - ms, end: drag.view.end - ms };
      render();
    });
    function endDrag() { if (drag && drag.moved) chart.classList.remove('dragging'); drag = null; }
    chart.addEventListener('pointerup', endDrag);
    chart.addEventListener('pointercancel', endDrag);
    var pending = false;
    window.addEventListener('resize', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; render(); });
    });
  }

  build();
  wire();
  render();
  var m = /^#item=(.+)$/.exec(location.hash);
  var wanted = m ? decodeURIComponent(m[1]) : null;
  if (wanted && itemsById[wanted]) select(wanted); else show(null);
  document.documentElement.setAttribute('data-ready', 'true');
})();
