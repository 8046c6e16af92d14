/*
 * timeline.js: Dossier.Timeline, a zoomable, pannable SVG time axis of timeline entries. Needs dossier.js.
 *
 *   const timeline = new Dossier.Timeline(container, {
 *     entries,              // timeline entries as in timeline.jsonl: {id, cameo, label, date: {value, granularity},
 *                           //   source, target, mediator: [{entity, name, code}], location, docs, languages, ...}
 *                           //   (docs_total, when present, counts documents beyond the listed ones)
 *     onSelect: entry => {} // a mark was clicked, or Enter pressed while the axis has focus and a mark is selected
 *   });
 *   timeline.setEntries(entries)  // show these entries instead (a filtered set); the zoom stays
 *   timeline.select(id)           // highlight an entry's mark and pan it into view
 *   timeline.zoom(factor, [ms])   // factor > 1 zooms in, around the time ms (default: the middle)
 *   timeline.pan(fraction)        // move by a fraction of the visible span, negative towards the past
 *   timeline.fit()                // show every entry (the first view shows the main period: the shortest
 *                                 //   span that holds four fifths of the entries)
 *   timeline.range()              // the visible {start, end} in ms UTC
 *
 * Drawing: one lane per CAMEO quad class; one mark per entry, <g class="dx-mark" data-id=ID>: a dot for an
 * entry dated to the day, a bar over the month, year or decade for one dated less precisely (so the axis
 * shows how precise each date is), sized by the number of documents. Entries whose date has no place in time
 * sit in the "no date" column at the left. Marks that would overlap are stacked within their lane.
 * Interaction: the mouse wheel zooms around the pointer, dragging pans, the toolbar has buttons; with the
 * axis focused, + and - zoom, the arrow keys pan, 0 shows everything and Home the main period.
 */
(function (D) {
  'use strict';

  const DAY = 86400000;
  const LANE = 58;
  const LABELS = 132;
  const UNDATED = 64;
  const TOP = 6;
  const AXIS = 26;
  const ROW = 11;
  const MIN_SPAN = 2 * DAY;

  // Tick steps, smallest first: [unit, count, approximate length]
  const STEPS = [
    ['day', 1, DAY], ['day', 2, 2 * DAY], ['week', 1, 7 * DAY], ['week', 2, 14 * DAY],
    ['month', 1, 30 * DAY], ['month', 3, 91 * DAY], ['month', 6, 182 * DAY],
    ['year', 1, 365 * DAY], ['year', 2, 730 * DAY], ['year', 5, 1826 * DAY], ['year', 10, 3652 * DAY],
    ['year', 20, 7305 * DAY], ['year', 50, 18262 * DAY], ['year', 100, 36525 * DAY]
  ];

  function radius(entry) {
    const docs = entry.docs_total || (entry.docs ? entry.docs.length : 1) || 1;
    return Math.min(9, 3.6 + 1.5 * Math.sqrt(docs - 1));
  }

  function ticks(start, end, width) {
    const wanted = (end - start) / Math.max(2, width / 96);
    const [unit, count] = STEPS.find(s => s[2] >= wanted) || STEPS[STEPS.length - 1];
    const out = [];
    const d = new Date(start);
    let t;
    if (unit === 'day' || unit === 'week') {
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      if (unit === 'week') t -= ((new Date(t).getUTCDay() + 6) % 7) * DAY;
      const step = (unit === 'week' ? 7 : 1) * count * DAY;
      for (; t <= end; t += step) if (t >= start) out.push({t, label: dayLabel(t), major: new Date(t).getUTCDate() === 1});
    } else if (unit === 'month') {
      let y = d.getUTCFullYear();
      let m = Math.floor(d.getUTCMonth() / count) * count;
      for (; (t = Date.UTC(y, m, 1)) <= end; m += count) {
        if (m >= 12) { y += Math.floor(m / 12); m %= 12; t = Date.UTC(y, m, 1); }
        if (t >= start) out.push({t, label: m === 0 ? String(y) : D.MONTHS[m] + (count >= 3 ? ' ' + y : ''), major: m === 0});
      }
    } else {
      for (let y = Math.floor(d.getUTCFullYear() / count) * count; (t = Date.UTC(y, 0, 1)) <= end; y += count) {
        if (t >= start) out.push({t, label: String(y), major: y % (count >= 10 ? 100 : 10) === 0});
      }
    }
    return out;
  }

  /** An extent from starts and ends, at least a month long, with a margin. */
  function padded(starts, ends) {
    let start = starts.length ? Math.min(...starts) : Date.UTC(2000, 0, 1);
    let end = ends.length ? Math.max(...ends) : Date.UTC(2001, 0, 1);
    if (end - start < 30 * DAY) {
      const mid = (start + end) / 2;
      start = mid - 15 * DAY;
      end = mid + 15 * DAY;
    }
    const pad = (end - start) * 0.03;
    return {start: start - pad, end: end + pad};
  }

  function dayLabel(t) {
    const d = new Date(t);
    return d.getUTCDate() === 1 && d.getUTCMonth() === 0 ? String(d.getUTCFullYear())
      : d.getUTCDate() + ' ' + D.MONTHS[d.getUTCMonth()];
  }

  D.Timeline = class {
    constructor(container, options) {
      this.options = options || {};
      this.root = D.el('div', {className: 'dx-timeline'});
      this.toolbar = D.el('div', {className: 'dx-timeline-tools'});
      this.frame = D.el('div', {className: 'dx-timeline-frame', attrs: {tabindex: '0', role: 'application',
        'aria-label': 'Timeline: mouse wheel or + and - to zoom, drag or arrow keys to pan, 0 to show all, Home for the main period'}});
      this.root.append(this.toolbar, this.frame);
      container.appendChild(this.root);
      this.tooltip = new D.Tooltip(this.frame);
      this.buildToolbar();
      this.svg = D.svg('svg', {class: 'dx-timeline-svg', role: 'img'});
      this.frame.appendChild(this.svg);
      this.selected = null;
      this.listen();
      this.all = options.entries || [];
      this.setEntries(this.all, true);
      if (window.ResizeObserver) {
        let width = this.frame.clientWidth;
        new ResizeObserver(() => {
          if (this.frame.clientWidth !== width) {
            width = this.frame.clientWidth;
            this.layout();
          }
        }).observe(this.frame);
      }
    }

    buildToolbar() {
      const button = (text, title, action) => D.el('button', {className: 'dx-button dx-icon', type: 'button',
        text, title, attrs: {'aria-label': title}, on: {click: action}});
      this.rangeLabel = D.el('span', {className: 'dx-timeline-range'});
      const legend = D.el('span', {className: 'dx-legend'}, D.QUADS.map(q => D.el('span', {className: 'dx-legend-item'},
        D.el('span', {className: 'dx-swatch dx-q' + q.id}), q.label)),
      D.el('span', {className: 'dx-legend-item'}, D.el('span', {className: 'dx-swatch dx-swatch-bar'}), 'date less precise than a day'));
      this.toolbar.append(
        D.el('span', {className: 'dx-button-group'},
          button('−', 'Zoom out', () => this.zoom(1 / 1.6)),
          button('+', 'Zoom in', () => this.zoom(1.6)),
          button('◀', 'Earlier', () => this.pan(-0.4)),
          button('▶', 'Later', () => this.pan(0.4)),
          D.el('button', {className: 'dx-button', type: 'button', text: 'Main period', title: 'The period of most events',
            on: {click: () => this.home && this.setView(this.home.start, this.home.end)}}),
          D.el('button', {className: 'dx-button', type: 'button', text: 'Show all', on: {click: () => this.fit()}})),
        this.rangeLabel, legend);
    }

    /** Replaces the entries shown; the first call also sets the extent the axis can show. */
    setEntries(entries, first) {
      this.entries = entries;
      this.items = entries.map(e => ({entry: e, range: D.dateRange(e.date && e.date.value),
        quad: D.quadOf(e.cameo), r: radius(e)}));
      if (first) {
        const dated = this.items.filter(i => i.range);
        this.extent = padded(dated.map(i => i.range.start), dated.map(i => i.range.end));
        // the first view is the main period: the shortest span holding four fifths of the entries, so that
        // the bulk of the events is readable at once and background history does not squeeze it
        const mids = dated.map(i => (i.range.start + i.range.end) / 2).sort((a, b) => a - b);
        this.home = this.extent;
        if (mids.length >= 20) {
          const n = Math.ceil(mids.length * 0.8);
          let best = 0;
          for (let i = 1; i + n - 1 < mids.length; i++) {
            if (mids[i + n - 1] - mids[i] < mids[best + n - 1] - mids[best]) best = i;
          }
          const home = padded([mids[best]], [mids[best + n - 1]]);
          const pad = (home.end - home.start) * 0.08;
          this.home = {start: home.start - pad, end: home.end + pad};
        }
        this.home.start = Math.max(this.home.start, this.extent.start);
        this.home.end = Math.min(this.home.end, this.extent.end);
        this.view = {start: this.home.start, end: this.home.end};
        this.hasUndated = this.items.some(i => !i.range);
      }
      this.build();
    }

    build() {
      const svg = this.svg;
      svg.replaceChildren();
      this.clipId = 'dx-clip-' + Math.random().toString(36).slice(2);
      this.clipRect = D.svg('rect');
      svg.appendChild(D.svg('defs', null, D.svg('clipPath', {id: this.clipId}, this.clipRect)));
      this.lanes = D.svg('g', {class: 'dx-lanes'});
      this.grid = D.svg('g', {class: 'dx-grid'});
      this.axis = D.svg('g', {class: 'dx-axis'});
      this.plot = D.svg('g', {'clip-path': 'url(#' + this.clipId + ')'});
      this.undated = D.svg('g', {class: 'dx-undated-marks'});
      svg.append(this.lanes, this.grid, this.axis, this.plot, this.undated);
      for (const item of this.items) {
        const g = D.svg('g', {class: 'dx-mark dx-q' + item.quad + (item.range ? '' : ' dx-undated'),
          'data-id': item.entry.id, role: 'button',
          'aria-label': D.formatDate(item.entry.date && item.entry.date.value) + ': ' + item.entry.label});
        item.node = g;
        item.shape = D.svg(item.range && item.range.end - item.range.start > DAY ? 'rect' : 'circle');
        if (item.shape.tagName === 'rect') g.classList.add('dx-imprecise');
        g.appendChild(item.shape);
        (item.range ? this.plot : this.undated).appendChild(g);
        if (this.selected === item.entry.id) g.classList.add('dx-selected');
      }
      this.layout();
    }

    /** Sizes the drawing to the frame and places everything for the current view. */
    layout() {
      this.width = Math.max(320, this.frame.clientWidth || 800);
      this.left = LABELS + (this.hasUndated ? UNDATED : 0);
      this.plotWidth = this.width - this.left - 12;
      this.height = TOP + 4 * LANE + AXIS;
      this.svg.setAttribute('width', this.width);
      this.svg.setAttribute('height', this.height);
      this.svg.setAttribute('viewBox', '0 0 ' + this.width + ' ' + this.height);
      this.clipRect.setAttribute('x', this.left);
      this.clipRect.setAttribute('y', 0);
      this.clipRect.setAttribute('width', this.plotWidth);
      this.clipRect.setAttribute('height', this.height);
      this.drawLanes();
      this.drawUndated();
      this.redraw();
    }

    drawLanes() {
      const counts = [0, 0, 0, 0, 0];
      for (const i of this.items) counts[i.quad]++;
      this.lanes.replaceChildren();
      D.QUADS.forEach((q, k) => {
        const y = TOP + k * LANE;
        this.lanes.append(
          D.svg('rect', {class: 'dx-lane' + (k % 2 ? ' dx-lane-alt' : ''), x: 0, y, width: this.width, height: LANE}),
          D.svg('rect', {class: 'dx-lane-key dx-q' + q.id, x: 8, y: y + LANE / 2 - 5, width: 10, height: 10, rx: 2}),
          D.svg('text', {class: 'dx-lane-label', x: 24, y: y + LANE / 2 - 2}, q.short),
          D.svg('text', {class: 'dx-lane-count', x: 24, y: y + LANE / 2 + 12}, D.plural(counts[q.id], 'entry', 'entries')));
      });
      if (this.hasUndated) {
        const x = LABELS;
        this.lanes.append(
          D.svg('rect', {class: 'dx-undated-column', x, y: TOP, width: UNDATED - 8, height: 4 * LANE}),
          D.svg('text', {class: 'dx-axis-label', x: x + (UNDATED - 8) / 2, y: TOP + 4 * LANE + 16,
            'text-anchor': 'middle'}, 'no date'));
      }
      this.lanes.appendChild(D.svg('line', {class: 'dx-axis-line', x1: this.left, x2: this.left + this.plotWidth,
        y1: TOP + 4 * LANE + 0.5, y2: TOP + 4 * LANE + 0.5}));
    }

    drawUndated() {
      const perLane = [0, 0, 0, 0, 0];
      const across = 4;
      for (const item of this.items) {
        if (item.range) continue;
        const k = Math.max(0, item.quad - 1);
        const n = perLane[k]++;
        const col = n % across;
        const row = Math.min(3, Math.floor(n / across));
        const x = LABELS + 8 + col * 12;
        const y = TOP + k * LANE + 10 + row * 12;
        item.shape.setAttribute('cx', x);
        item.shape.setAttribute('cy', y);
        item.shape.setAttribute('r', 4);
      }
    }

    x(t) {
      return this.left + (t - this.view.start) / (this.view.end - this.view.start) * this.plotWidth;
    }

    time(x) {
      return this.view.start + (x - this.left) / this.plotWidth * (this.view.end - this.view.start);
    }

    /** Positions the marks and the axis for the current view. */
    redraw() {
      this.frameRequested = false;
      const rows = Math.floor((LANE - 8) / ROW);
      const placed = this.items.filter(i => i.range).map(i => {
        const x0 = this.x(i.range.start);
        const x1 = this.x(i.range.end);
        const wide = i.shape.tagName === 'rect';
        const left = wide ? Math.min(x0, (x0 + x1) / 2 - i.r) : (x0 + x1) / 2 - i.r;
        const right = wide ? Math.max(x1, (x0 + x1) / 2 + i.r) : (x0 + x1) / 2 + i.r;
        return {i, left, right};
      }).sort((a, b) => a.left - b.left);
      const ends = [0, 1, 2, 3].map(() => new Array(rows).fill(-Infinity));
      for (const p of placed) {
        const k = Math.max(0, p.i.quad - 1);
        const laneEnds = ends[k];
        let row = laneEnds.findIndex(e => e < p.left - 1);
        if (row < 0) row = laneEnds.indexOf(Math.min(...laneEnds));
        laneEnds[row] = p.right;
        const cy = TOP + k * LANE + 4 + ROW / 2 + row * ROW + (LANE - 8 - rows * ROW) / 2;
        const s = p.i.shape;
        if (s.tagName === 'rect') {
          const h = Math.min(ROW - 2, p.i.r * 1.6);
          s.setAttribute('x', p.left);
          s.setAttribute('width', Math.max(2, p.right - p.left));
          s.setAttribute('y', cy - h / 2);
          s.setAttribute('height', h);
          s.setAttribute('rx', Math.min(h / 2, 3));
        } else {
          s.setAttribute('cx', (p.left + p.right) / 2);
          s.setAttribute('cy', cy);
          s.setAttribute('r', Math.min(p.i.r, ROW / 2 + 1));
        }
      }
      this.drawAxis();
      this.rangeLabel.textContent = D.formatDay(this.view.start) + ' – ' + D.formatDay(this.view.end);
    }

    drawAxis() {
      const bottom = TOP + 4 * LANE;
      this.grid.replaceChildren();
      this.axis.replaceChildren();
      for (const t of ticks(this.view.start, this.view.end, this.plotWidth)) {
        const x = Math.round(this.x(t.t)) + 0.5;
        if (x < this.left || x > this.left + this.plotWidth) continue;
        this.grid.appendChild(D.svg('line', {class: t.major ? 'dx-grid-major' : 'dx-grid-minor', x1: x, x2: x,
          y1: TOP, y2: bottom}));
        this.axis.append(D.svg('line', {class: 'dx-tick', x1: x, x2: x, y1: bottom, y2: bottom + 4}),
          D.svg('text', {class: 'dx-axis-label' + (t.major ? ' dx-major' : ''), x, y: bottom + 16,
            'text-anchor': 'middle'}, t.label));
      }
    }

    schedule() {
      if (this.frameRequested) return;
      this.frameRequested = true;
      requestAnimationFrame(() => this.redraw());
    }

    setView(start, end) {
      const full = this.extent.end - this.extent.start;
      const span = Math.min(Math.max(end - start, MIN_SPAN), full);
      start = Math.max(this.extent.start, Math.min(start, this.extent.end - span));
      this.view = {start, end: start + span};
      this.schedule();
    }

    zoom(factor, at) {
      const t = at === undefined ? (this.view.start + this.view.end) / 2 : at;
      const span = (this.view.end - this.view.start) / factor;
      const share = (t - this.view.start) / (this.view.end - this.view.start);
      this.setView(t - share * span, t - share * span + span);
    }

    pan(fraction) {
      const shift = (this.view.end - this.view.start) * fraction;
      this.setView(this.view.start + shift, this.view.end + shift);
    }

    fit() {
      this.setView(this.extent.start, this.extent.end);
    }

    range() {
      return {start: this.view.start, end: this.view.end};
    }

    select(id) {
      this.selected = id;
      for (const item of this.items) {
        item.node.classList.toggle('dx-selected', item.entry.id === id);
        if (item.entry.id === id && item.range) {
          item.node.parentNode.appendChild(item.node);
          const mid = (item.range.start + item.range.end) / 2;
          if (mid < this.view.start || mid > this.view.end) {
            const span = this.view.end - this.view.start;
            this.setView(mid - span / 2, mid + span / 2);
          }
        }
      }
    }

    itemAt(target) {
      const g = target.closest && target.closest('.dx-mark');
      return g ? this.items.find(i => i.node === g) : null;
    }

    listen() {
      const frame = this.frame;
      frame.addEventListener('wheel', ev => {
        const box = this.svg.getBoundingClientRect();
        const x = ev.clientX - box.left;
        if (x < this.left) return;
        ev.preventDefault();
        const delta = ev.deltaMode === 1 ? ev.deltaY * 16 : ev.deltaY;
        this.zoom(Math.exp(-delta * 0.0015), this.time(x));
      }, {passive: false});

      let drag = null;
      frame.addEventListener('pointerdown', ev => {
        if (ev.button !== 0) return;
        drag = {x: ev.clientX, view: Object.assign({}, this.view), moved: false, id: ev.pointerId};
      });
      frame.addEventListener('pointermove', ev => {
        if (drag && ev.pointerId === drag.id) {
          const dx = ev.clientX - drag.x;
          if (Math.abs(dx) > 3 && !drag.moved) {
            drag.moved = true;
            frame.setPointerCapture(ev.pointerId);
            frame.classList.add('dx-dragging');
            this.tooltip.hide();
          }
          if (drag.moved) {
            const shift = -dx / this.plotWidth * (drag.view.end - drag.view.start);
            this.setView(drag.view.start + shift, drag.view.end + shift);
          }
          return;
        }
        const item = this.itemAt(ev.target);
        if (item) this.showTip(ev, item.entry);
        else this.tooltip.hide();
      });
      const end = ev => {
        if (!drag || ev.pointerId !== drag.id) return;
        if (drag.moved) {
          frame.releasePointerCapture(ev.pointerId);
          frame.classList.remove('dx-dragging');
          this.suppressClick = true;
          setTimeout(() => { this.suppressClick = false; }, 0);
        }
        drag = null;
      };
      frame.addEventListener('pointerup', end);
      frame.addEventListener('pointercancel', end);
      frame.addEventListener('pointerleave', () => this.tooltip.hide());
      frame.addEventListener('click', ev => {
        if (this.suppressClick) return;
        const item = this.itemAt(ev.target);
        if (!item) return;
        this.select(item.entry.id);
        if (this.options.onSelect) this.options.onSelect(item.entry);
      });
      frame.addEventListener('keydown', ev => {
        const keys = {
          '+': () => this.zoom(1.6), '=': () => this.zoom(1.6), '-': () => this.zoom(1 / 1.6),
          '_': () => this.zoom(1 / 1.6), 'ArrowLeft': () => this.pan(-0.2), 'ArrowRight': () => this.pan(0.2),
          '0': () => this.fit(), 'Home': () => this.setView(this.home.start, this.home.end),
          'Enter': () => {
            const item = this.items.find(i => i.entry.id === this.selected);
            if (item && this.options.onSelect) this.options.onSelect(item.entry);
          }
        };
        const action = keys[ev.key];
        if (action && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
          ev.preventDefault();
          action();
        }
      });
    }

    showTip(ev, entry) {
      const sources = entry.docs_total || (entry.docs || []).length;
      this.tooltip.show(ev.clientX, ev.clientY,
        D.el('div', {className: 'dx-tip-date', text: D.formatDate(entry.date && entry.date.value)}),
        D.el('div', {className: 'dx-tip-title', text: entry.label}),
        D.actorLine(entry) ? D.el('div', {text: D.actorLine(entry)}) : null,
        entry.location ? D.el('div', {className: 'dx-muted', text: entry.location.name}) : null,
        D.el('div', {className: 'dx-muted', text: D.plural(sources, 'source') + ' · ' + (entry.languages || []).join(', ')}));
    }
  };
})(window.Dossier = window.Dossier || {});
