/*
 * graph.js: Dossier.ActorGraph, who acts on whom, drawn in SVG with a small force layout. Needs dossier.js.
 *
 *   const graph = new Dossier.ActorGraph(container, {
 *     graph: {
 *       nodes: [{id, name, code, events}],      // actors; events = timeline entries naming them (node size)
 *       edges: [{source, target, kind,          // actor IDs; kind "acts" (source on target) or "mediates"
 *                count,                         //   timeline entries giving the edge (line width)
 *                quads: [n1, n2, n3, n4],       //   of those, per CAMEO quad class (colour: the largest)
 *                entries: [id, ...]}]           //   the IDs of those entries that the page has
 *     },
 *     entries,                 // the page's timeline entries (array), to list an edge's or actor's events
 *     onEntry: id => {},       // an event in the side panel was chosen
 *     height: 520              // optional
 *   });
 *   graph.focus(actorId)       // show an actor's connections in the side panel
 *
 * Nodes are <g class="dx-node" data-id=ID>, edges <path class="dx-edge">. The layout is computed once,
 * deterministically (the same data gives the same picture): repulsion between all actors, springs along
 * the edges and a pull to the centre, cooled over a fixed number of steps. Hovering an actor highlights
 * its connections; clicking an actor or an edge lists its events beside the graph; actors can be dragged.
 */
(function (D) {
  'use strict';

  const STEPS = 500;

  function dominantQuad(quads) {
    let best = 0;
    for (let q = 1; q < 4; q++) if ((quads[q] || 0) > (quads[best] || 0)) best = q;
    return best + 1;
  }

  /** Positions for the nodes in a width × height box: Fruchterman–Reingold with a pull to the centre. */
  function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const pos = nodes.map((node, i) => {
      // a golden-angle spiral, heaviest actors (first) in the middle
      const a = i * 2.399963;
      const r = 18 * Math.sqrt(i + 0.5);
      return {x: width / 2 + r * Math.cos(a), y: height / 2 + r * Math.sin(a)};
    });
    const springs = new Map();
    let maxCount = 1;
    for (const e of edges) {
      const a = index.get(e.source);
      const b = index.get(e.target);
      if (a === undefined || b === undefined || a === b) continue;
      const key = a < b ? a + ':' + b : b + ':' + a;
      springs.set(key, (springs.get(key) || 0) + e.count);
      maxCount = Math.max(maxCount, springs.get(key));
    }
    const pairs = Array.from(springs, ([key, count]) => {
      const [a, b] = key.split(':').map(Number);
      return {a, b, strength: 0.6 + 0.8 * Math.log(1 + count) / Math.log(1 + maxCount)};
    });
    const k = Math.sqrt(width * height / Math.max(1, n)) * 0.75;
    for (let step = 0; step < STEPS; step++) {
      const t = Math.max(0.5, (width / 9) * (1 - step / STEPS));
      const dx = new Float64Array(n);
      const dy = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let x = pos[i].x - pos[j].x;
          let y = pos[i].y - pos[j].y;
          let d = Math.hypot(x, y);
          if (d < 0.01) { x = 0.01 * (i - j); y = 0.01; d = Math.hypot(x, y); }
          // repulsion fades out beyond a few ideal distances, so that separate groups of actors stay near
          // each other instead of being pushed to the edges
          if (d > 4 * k) continue;
          const f = k * k / d * (1 - d / (4 * k));
          dx[i] += x / d * f; dy[i] += y / d * f;
          dx[j] -= x / d * f; dy[j] -= y / d * f;
        }
      }
      for (const p of pairs) {
        const x = pos[p.a].x - pos[p.b].x;
        const y = pos[p.a].y - pos[p.b].y;
        const d = Math.max(0.01, Math.hypot(x, y));
        const f = d * d / k * p.strength * 0.6;
        dx[p.a] -= x / d * f; dy[p.a] -= y / d * f;
        dx[p.b] += x / d * f; dy[p.b] += y / d * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] -= (pos[i].x - width / 2) * 0.05;
        dy[i] -= (pos[i].y - height / 2) * 0.08;
        const d = Math.hypot(dx[i], dy[i]);
        if (d > 0) {
          pos[i].x += dx[i] / d * Math.min(d, t);
          pos[i].y += dy[i] / d * Math.min(d, t);
        }
      }
    }
    return pos;
  }

  /** Scales positions to fill the box; the two axes may stretch differently, by up to half again. */
  function fit(pos, width, height, pad) {
    if (!pos.length) return pos;
    const xs = pos.map(p => p.x);
    const ys = pos.map(p => p.y);
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    const w = Math.max(1, Math.max(...xs) - x0);
    const h = Math.max(1, Math.max(...ys) - y0);
    let sx = Math.min((width - 2 * pad.x) / w, 3);
    let sy = Math.min((height - 2 * pad.y) / h, 3);
    sx = Math.min(sx, sy * 1.5);
    sy = Math.min(sy, sx * 1.5);
    const ox = (width - w * sx) / 2;
    const oy = (height - h * sy) / 2;
    return pos.map(p => ({x: ox + (p.x - x0) * sx, y: oy + (p.y - y0) * sy}));
  }

  /**
   * Pushes apart actors whose circles and labels overlap, a few pixels at a time, keeping them in the box:
   * a readable picture matters more than the exact distances of the layout.
   */
  function separate(pos, boxes, width, height) {
    for (let round = 0; round < 80; round++) {
      let moved = false;
      for (let i = 0; i < pos.length; i++) {
        for (let j = i + 1; j < pos.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          const ox = (a.w + b.w) / 2 + 4 - Math.abs(pos[i].x - pos[j].x);
          const oy = (a.h + b.h) / 2 + 2 - Math.abs((pos[i].y + a.dy) - (pos[j].y + b.dy));
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          // along the axis that needs the smaller move
          if (ox / 2.5 < oy) {
            const shift = Math.min(ox, 6) / 2 * (pos[i].x < pos[j].x || (pos[i].x === pos[j].x && i < j) ? -1 : 1);
            pos[i].x += shift;
            pos[j].x -= shift;
          } else {
            const shift = Math.min(oy, 6) / 2 * (pos[i].y + a.dy < pos[j].y + b.dy ? -1 : 1);
            pos[i].y += shift;
            pos[j].y -= shift;
          }
        }
      }
      for (let i = 0; i < pos.length; i++) {
        const b = boxes[i];
        pos[i].x = Math.max(b.w / 2 + 4, Math.min(width - b.w / 2 - 4, pos[i].x));
        pos[i].y = Math.max(b.r + 4, Math.min(height - b.h + b.r - 4, pos[i].y));
      }
      if (!moved) break;
    }
    return pos;
  }

  function shortName(name) {
    return name.length > 26 ? name.slice(0, 24).trimEnd() + '…' : name;
  }

  D.ActorGraph = class {
    constructor(container, options) {
      this.options = options;
      const graph = options.graph || {nodes: [], edges: []};
      this.nodes = graph.nodes || [];
      this.edges = graph.edges || [];
      this.entries = new Map((options.entries || []).map(e => [e.id, e]));
      this.root = D.el('div', {className: 'dx-graph'});
      this.stage = D.el('div', {className: 'dx-graph-stage'});
      this.panel = D.el('aside', {className: 'dx-graph-panel', attrs: {'aria-live': 'polite'}});
      this.root.append(this.stage, this.panel);
      container.appendChild(this.root);
      container.appendChild(this.legend());
      if (!this.nodes.length) {
        this.stage.appendChild(D.el('p', {className: 'dx-empty', text: 'No actor acts on another in these events.'}));
        this.panel.hidden = true;
        return;
      }
      this.tooltip = new D.Tooltip(this.stage);
      this.width = Math.max(420, this.stage.clientWidth || 760);
      this.height = options.height || 520;
      this.radius = new Map(this.nodes.map(n => [n.id, Math.min(24, 5 + 2.4 * Math.sqrt(n.events || 1))]));
      const boxes = this.nodes.map(n => {
        const r = this.radius.get(n.id);
        const w = Math.max(2 * r, shortName(n.name).length * 6.2);
        // a circle with its label below: the box's centre lies below the node's centre
        return {r, w, h: 2 * r + 15, dy: 7.5};
      });
      const pos = separate(fit(layout(this.nodes, this.edges, this.width, this.height), this.width, this.height,
        {x: 70, y: 36}), boxes, this.width, this.height);
      this.pos = new Map(this.nodes.map((n, i) => [n.id, pos[i]]));
      this.draw();
      this.hint();
    }

    legend() {
      return D.el('div', {className: 'dx-legend dx-graph-legend'},
        D.QUADS.map(q => D.el('span', {className: 'dx-legend-item'}, D.el('span', {className: 'dx-line dx-q' + q.id}), q.label)),
        D.el('span', {className: 'dx-legend-item'}, D.el('span', {className: 'dx-line dx-dashed'}), 'mediates'),
        D.el('span', {className: 'dx-legend-item dx-muted', text: 'line width: number of events · circle: events naming the actor'}));
    }

    draw() {
      const id = Math.random().toString(36).slice(2);
      this.svg = D.svg('svg', {class: 'dx-graph-svg', width: this.width, height: this.height,
        viewBox: '0 0 ' + this.width + ' ' + this.height, role: 'img', 'aria-label': 'Actor graph'});
      const defs = D.svg('defs');
      this.marker = q => 'dx-arrow-' + id + '-' + q;
      for (let q = 1; q <= 4; q++) {
        defs.appendChild(D.svg('marker', {id: this.marker(q), viewBox: '0 0 10 10', refX: 8, refY: 5,
          markerWidth: 7, markerHeight: 7, markerUnits: 'userSpaceOnUse', orient: 'auto'},
        D.svg('path', {d: 'M0,1 L9,5 L0,9 z', class: 'dx-arrow dx-q' + q})));
      }
      this.svg.appendChild(defs);
      this.edgeLayer = D.svg('g', {class: 'dx-edges'});
      this.nodeLayer = D.svg('g', {class: 'dx-nodes'});
      this.svg.append(this.edgeLayer, this.nodeLayer);
      const max = Math.max(...this.edges.map(e => e.count), 1);
      this.edgeNodes = this.edges.map(e => {
        const q = dominantQuad(e.quads || []);
        const width = 1.2 + 5.5 * Math.log(1 + e.count) / Math.log(1 + max);
        const path = D.svg('path', {class: 'dx-edge dx-q' + q + (e.kind === 'mediates' ? ' dx-mediates' : ''),
          'stroke-width': width.toFixed(2), 'marker-end': 'url(#' + this.marker(q) + ')'});
        path.addEventListener('click', ev => { ev.stopPropagation(); this.showEdge(e); });
        path.addEventListener('pointermove', ev => this.tooltip.show(ev.clientX, ev.clientY,
          D.el('div', {className: 'dx-tip-title', text: this.edgeTitle(e)}),
          D.el('div', {className: 'dx-muted', text: D.plural(e.count, 'event') + ' · ' + this.quadText(e)})));
        path.addEventListener('pointerleave', () => this.tooltip.hide());
        this.edgeLayer.appendChild(path);
        return {edge: e, path};
      });
      this.nodeEls = new Map();
      for (const n of this.nodes) {
        const r = this.radius.get(n.id);
        const g = D.svg('g', {class: 'dx-node', 'data-id': n.id, tabindex: '0', role: 'button',
          'aria-label': n.name + ', ' + D.plural(n.events || 0, 'event')},
        D.svg('circle', {r}),
        D.svg('title', null, n.name),
        D.svg('text', {class: 'dx-node-label', y: r + 12, 'text-anchor': 'middle'}, shortName(n.name)));
        g.addEventListener('pointerenter', () => this.highlight(n.id));
        g.addEventListener('pointerleave', () => this.highlight(null));
        g.addEventListener('focus', () => this.highlight(n.id));
        g.addEventListener('blur', () => this.highlight(null));
        g.addEventListener('keydown', ev => {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.focus(n.id); }
        });
        this.drag(g, n);
        this.nodeLayer.appendChild(g);
        this.nodeEls.set(n.id, g);
      }
      this.stage.appendChild(this.svg);
      this.place();
    }

    /** Moves nodes and edges to the current positions. */
    place() {
      for (const [id, g] of this.nodeEls) {
        const p = this.pos.get(id);
        g.setAttribute('transform', 'translate(' + p.x.toFixed(1) + ',' + p.y.toFixed(1) + ')');
      }
      for (const {edge, path} of this.edgeNodes) {
        const a = this.pos.get(edge.source);
        const b = this.pos.get(edge.target);
        if (!a || !b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const len = Math.max(1, Math.hypot(dx, dy));
        // curved to the right of the direction, so A→B and B→A do not overlap
        const cx = (a.x + b.x) / 2 - dy / len * len * 0.14;
        const cy = (a.y + b.y) / 2 + dx / len * len * 0.14;
        const ra = this.radius.get(edge.source);
        const rb = this.radius.get(edge.target) + 3;
        const sa = Math.max(1, Math.hypot(cx - a.x, cy - a.y));
        const sb = Math.max(1, Math.hypot(cx - b.x, cy - b.y));
        const x1 = a.x + (cx - a.x) / sa * ra;
        const y1 = a.y + (cy - a.y) / sa * ra;
        const x2 = b.x + (cx - b.x) / sb * rb;
        const y2 = b.y + (cy - b.y) / sb * rb;
        path.setAttribute('d', 'M' + x1.toFixed(1) + ',' + y1.toFixed(1) + ' Q' + cx.toFixed(1) + ',' + cy.toFixed(1)
          + ' ' + x2.toFixed(1) + ',' + y2.toFixed(1));
      }
    }

    drag(g, node) {
      let start = null;
      g.addEventListener('pointerdown', ev => {
        if (ev.button !== 0) return;
        const p = this.pos.get(node.id);
        start = {x: ev.clientX, y: ev.clientY, px: p.x, py: p.y, moved: false};
        g.setPointerCapture(ev.pointerId);
      });
      g.addEventListener('pointermove', ev => {
        if (!start) return;
        const scale = this.width / this.svg.getBoundingClientRect().width;
        const dx = (ev.clientX - start.x) * scale;
        const dy = (ev.clientY - start.y) * scale;
        if (Math.hypot(dx, dy) > 3) start.moved = true;
        if (start.moved) {
          this.pos.set(node.id, {x: Math.max(10, Math.min(this.width - 10, start.px + dx)),
            y: Math.max(10, Math.min(this.height - 10, start.py + dy))});
          this.place();
        }
      });
      g.addEventListener('pointerup', ev => {
        if (start && !start.moved) this.focus(node.id);
        start = null;
        if (g.hasPointerCapture(ev.pointerId)) g.releasePointerCapture(ev.pointerId);
      });
    }

    highlight(id) {
      this.svg.classList.toggle('dx-focus', id !== null);
      const near = new Set(id === null ? [] : [id]);
      for (const {edge, path} of this.edgeNodes) {
        const hot = id !== null && (edge.source === id || edge.target === id);
        path.classList.toggle('dx-hot', hot);
        if (hot) { near.add(edge.source); near.add(edge.target); }
      }
      for (const [nid, g] of this.nodeEls) g.classList.toggle('dx-hot', near.has(nid));
    }

    name(id) {
      const n = this.nodes.find(x => x.id === id);
      return n ? n.name : id;
    }

    edgeTitle(e) {
      return e.kind === 'mediates' ? this.name(e.source) + ' mediates for ' + this.name(e.target)
        : this.name(e.source) + ' → ' + this.name(e.target);
    }

    quadText(e) {
      return D.QUADS.map((q, i) => (e.quads || [])[i] ? e.quads[i] + ' ' + q.label.toLowerCase() : null)
        .filter(Boolean).join(', ');
    }

    hint() {
      this.panel.replaceChildren(D.el('p', {className: 'dx-muted', text: 'Click an actor or a line to list its events. '
        + 'Hover to highlight connections; drag actors to rearrange.'}),
      D.el('p', {className: 'dx-muted', text: D.plural(this.nodes.length, 'actor') + ', '
        + D.plural(this.edges.length, 'connection') + '.'}));
    }

    focus(id) {
      const node = this.nodes.find(n => n.id === id);
      if (!node) return;
      for (const g of this.nodeEls.values()) g.classList.toggle('dx-chosen', g.dataset.id === id);
      const edges = this.edges.filter(e => e.source === id || e.target === id)
        .sort((a, b) => b.count - a.count);
      const ids = new Set();
      edges.forEach(e => (e.entries || []).forEach(x => ids.add(x)));
      this.panel.replaceChildren(
        D.el('h3', {text: node.name}),
        D.el('p', {className: 'dx-muted', text: (node.code ? node.code + ' · ' : '') + 'named in '
          + D.plural(node.events || 0, 'timeline entry', 'timeline entries')}),
        D.el('ul', {className: 'dx-edge-list'}, edges.slice(0, 12).map(e => D.el('li', null,
          D.el('button', {className: 'dx-linkish', type: 'button', text: this.edgeTitle(e),
            on: {click: () => this.showEdge(e)}}),
          D.el('span', {className: 'dx-muted', text: ' ' + e.count})))),
        this.entryList(Array.from(ids)));
    }

    showEdge(e) {
      for (const {edge, path} of this.edgeNodes) path.classList.toggle('dx-chosen', edge === e);
      const listed = (e.entries || []).length;
      this.panel.replaceChildren(
        D.el('h3', {text: this.edgeTitle(e)}),
        D.el('p', {className: 'dx-muted', text: D.plural(e.count, 'event') + ': ' + this.quadText(e)}),
        this.entryList(e.entries || []),
        e.count > listed ? D.el('p', {className: 'dx-muted dx-note', text: D.number(e.count - listed)
          + ' more not embedded in this report'}) : null);
    }

    entryList(ids) {
      const entries = ids.map(id => this.entries.get(id)).filter(Boolean).sort((a, b) => {
        const x = D.dateRange(a.date && a.date.value);
        const y = D.dateRange(b.date && b.date.value);
        return (x ? x.start : Infinity) - (y ? y.start : Infinity);
      });
      return D.el('ol', {className: 'dx-mini-entries'}, entries.map(entry => D.el('li', null,
        D.el('button', {className: 'dx-mini-entry', type: 'button', on: {click: () => {
          if (this.options.onEntry) this.options.onEntry(entry.id);
        }}},
        D.el('span', {className: 'dx-dot dx-q' + D.quadOf(entry.cameo)}),
        D.el('span', {className: 'dx-mini-date', text: D.formatDate(entry.date && entry.date.value)}),
        D.el('span', {text: entry.label}),
        D.el('span', {className: 'dx-muted', text: D.actorLine(entry)})))));
    }
  };
})(window.Dossier = window.Dossier || {});
