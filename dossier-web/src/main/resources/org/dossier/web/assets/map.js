/*
 * map.js: Dossier.EventMap, the located timeline entries on a map of the region, in SVG. Needs dossier.js.
 *
 *   const map = new Dossier.EventMap(container, {
 *     boundaries,            // GeoJSON FeatureCollection of (Multi)Polygons with a "bbox": [west, south, east,
 *                            //   north] that the map shows, features' properties {iso_a3, name, label: [lon, lat]}
 *                            //   (caucasus-boundaries.json)
 *     places,                // {placeId: {name, lat, lon, country}}: the coordinates of entries' location.entity
 *     entries,               // timeline entries; those whose location is a known place are drawn
 *     highlight: ['ARM', 'AZE'],  // optional: countries drawn a shade darker
 *     onEntry: id => {}      // an event in the side panel was chosen
 *   });
 *   map.setEntries(entries)  // draw these instead (a filtered set)
 *
 * Projection: equirectangular, with longitudes scaled by the cosine of the middle latitude, which keeps
 * shapes true enough for a region of a few hundred kilometres. One circle per place,
 * <circle class="dx-place" data-id=placeId>, its area proportional to the number of entries there,
 * coloured by the quad class most of them have; clicking it lists them beside the map.
 */
(function (D) {
  'use strict';

  const SCALE = 100;

  D.EventMap = class {
    constructor(container, options) {
      this.options = options;
      const bbox = options.boundaries.bbox || [38, 36, 52, 45];
      this.bbox = bbox;
      this.places = options.places || {};
      this.cos = Math.cos((bbox[1] + bbox[3]) / 2 * Math.PI / 180);
      this.width = (bbox[2] - bbox[0]) * this.cos * SCALE;
      this.height = (bbox[3] - bbox[1]) * SCALE;
      this.root = D.el('div', {className: 'dx-map'});
      this.stage = D.el('div', {className: 'dx-map-stage'});
      this.panel = D.el('aside', {className: 'dx-map-panel', attrs: {'aria-live': 'polite'}});
      this.note = D.el('p', {className: 'dx-muted dx-note'});
      this.root.append(this.stage, this.panel);
      container.append(this.root, this.note);
      this.tooltip = new D.Tooltip(this.stage);
      this.svg = D.svg('svg', {class: 'dx-map-svg', viewBox: '0 0 ' + this.width.toFixed(1) + ' ' + this.height.toFixed(1),
        preserveAspectRatio: 'xMidYMid meet', role: 'img', 'aria-label': 'Map of located events'});
      this.stage.appendChild(this.svg);
      this.drawCountries(options.highlight || ['ARM', 'AZE', 'GEO']);
      this.points = D.svg('g', {class: 'dx-places'});
      this.labels = D.svg('g', {class: 'dx-place-labels'});
      this.svg.append(this.points, this.labels);
      this.setEntries(options.entries || []);
    }

    project(lon, lat) {
      return [(lon - this.bbox[0]) * this.cos * SCALE, (this.bbox[3] - lat) * SCALE];
    }

    inside(lon, lat) {
      const b = this.bbox;
      return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
    }

    drawCountries(highlight) {
      // the boundaries reach a little beyond the map's box; only the box is drawn
      const clip = 'dx-map-clip-' + Math.random().toString(36).slice(2);
      this.svg.appendChild(D.svg('defs', null, D.svg('clipPath', {id: clip},
        D.svg('rect', {x: 0, y: 0, width: this.width, height: this.height}))));
      const land = D.svg('g', {class: 'dx-land', 'clip-path': 'url(#' + clip + ')'});
      const names = D.svg('g', {class: 'dx-country-labels'});
      this.svg.append(D.svg('rect', {class: 'dx-water', x: 0, y: 0, width: this.width, height: this.height}), land, names);
      for (const f of this.options.boundaries.features || []) {
        const g = f.geometry || {};
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
        let d = '';
        for (const rings of polygons) {
          for (const ring of rings) {
            ring.forEach(([lon, lat], i) => {
              const [x, y] = this.project(lon, lat);
              d += (i ? 'L' : 'M') + x.toFixed(1) + ',' + y.toFixed(1);
            });
            d += 'Z';
          }
        }
        const p = f.properties || {};
        land.appendChild(D.svg('path', {d, class: 'dx-country' + (highlight.includes(p.iso_a3) ? ' dx-country-focus' : ''),
          'fill-rule': 'evenodd'}, D.svg('title', null, p.name || '')));
        // a name too near the edge would be cut off
        if (Array.isArray(p.label) && p.label[0] > this.bbox[0] + 1.2 && p.label[0] < this.bbox[2] - 1.2) {
          const [x, y] = this.project(p.label[0], p.label[1]);
          names.appendChild(D.svg('text', {class: 'dx-country-label', x: x.toFixed(1), y: y.toFixed(1),
            'text-anchor': 'middle'}, String(p.name || '').toUpperCase()));
        }
      }
    }

    setEntries(entries) {
      const byPlace = new Map();
      let outside = 0;
      let located = 0;
      for (const e of entries) {
        const id = e.location && e.location.entity;
        const place = id && this.places[id];
        if (!place) continue;
        located++;
        if (!this.inside(place.lon, place.lat)) {
          outside++;
          continue;
        }
        if (!byPlace.has(id)) byPlace.set(id, []);
        byPlace.get(id).push(e);
      }
      this.points.replaceChildren();
      this.labels.replaceChildren();
      const groups = Array.from(byPlace, ([id, list]) => ({id, place: this.places[id], list}))
        .sort((a, b) => b.list.length - a.list.length);
      const unit = this.width / 720;
      for (const g of groups) {
        const [x, y] = this.project(g.place.lon, g.place.lat);
        const counts = [0, 0, 0, 0, 0];
        g.list.forEach(e => counts[D.quadOf(e.cameo)]++);
        const quad = counts.indexOf(Math.max(...counts.slice(1)), 1);
        const circle = D.svg('circle', {class: 'dx-place dx-q' + quad, 'data-id': g.id, cx: x.toFixed(1),
          cy: y.toFixed(1), r: ((3.5 + 3.2 * Math.sqrt(g.list.length)) * unit).toFixed(1), tabindex: '0',
          role: 'button', 'aria-label': g.place.name + ', ' + D.plural(g.list.length, 'event')});
        circle.addEventListener('click', () => this.show(g));
        circle.addEventListener('keydown', ev => {
          if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); this.show(g); }
        });
        circle.addEventListener('pointermove', ev => this.tooltip.show(ev.clientX, ev.clientY,
          D.el('div', {className: 'dx-tip-title', text: g.place.name}),
          D.el('div', {className: 'dx-muted', text: D.plural(g.list.length, 'event')})));
        circle.addEventListener('pointerleave', () => this.tooltip.hide());
        this.points.appendChild(circle);
      }
      // the busiest places get a name on the map, right of the circle or else left of it, where it overlaps
      // no name placed before
      const taken = [];
      const free = box => taken.every(t => box.x1 < t.x0 || box.x0 > t.x1 || box.y1 < t.y0 || box.y0 > t.y1);
      for (const g of groups.slice(0, 12)) {
        const [x, y] = this.project(g.place.lon, g.place.lat);
        const r = (3.5 + 3.2 * Math.sqrt(g.list.length)) * unit;
        const w = g.place.name.length * 6.4 * unit;
        const h = 12 * unit;
        const right = {x0: x + r + 3 * unit, x1: x + r + 3 * unit + w, y0: y - h / 2, y1: y + h / 2};
        const left = {x0: x - r - 3 * unit - w, x1: x - r - 3 * unit, y0: y - h / 2, y1: y + h / 2};
        const box = [right, left].find(b => free(b) && b.x0 >= 0 && b.x1 <= this.width);
        if (!box) continue;
        taken.push(box);
        this.labels.appendChild(D.svg('text', {class: 'dx-place-label', x: (box === right ? box.x0 : box.x1).toFixed(1),
          y: (y + 4 * unit).toFixed(1), 'text-anchor': box === right ? 'start' : 'end'}, g.place.name));
      }
      const parts = [D.plural(located - outside, 'located entry', 'located entries') + ' at '
        + D.plural(groups.length, 'place')];
      if (outside) parts.push(D.number(outside) + ' more located outside this map');
      const unlocated = entries.length - located;
      if (unlocated) parts.push(D.number(unlocated) + ' without a known place');
      this.note.textContent = parts.join(' · ') + '.';
      this.panel.replaceChildren(D.el('p', {className: 'dx-muted', text: groups.length
        ? 'Click a place to list its events. Circle area: number of events; colour: the most frequent event class.'
        : 'No event in the current selection has a place on this map.'}));
    }

    show(group) {
      for (const c of this.points.children) c.classList.toggle('dx-chosen', c.dataset.id === group.id);
      const list = group.list.slice().sort((a, b) => {
        const x = D.dateRange(a.date && a.date.value);
        const y = D.dateRange(b.date && b.date.value);
        return (x ? x.start : Infinity) - (y ? y.start : Infinity);
      });
      this.panel.replaceChildren(
        D.el('h3', {text: group.place.name}),
        D.el('p', {className: 'dx-muted', text: D.plural(list.length, 'event')
          + (group.place.country ? ' · ' + group.place.country : '')}),
        D.el('ol', {className: 'dx-mini-entries'}, list.map(entry => D.el('li', null,
          D.el('button', {className: 'dx-mini-entry', type: 'button', on: {click: () => {
            if (this.options.onEntry) this.options.onEntry(entry.id);
          }}},
          D.el('span', {className: 'dx-dot dx-q' + D.quadOf(entry.cameo)}),
          D.el('span', {className: 'dx-mini-date', text: D.formatDate(entry.date && entry.date.value)}),
          D.el('span', {text: entry.label}),
          D.el('span', {className: 'dx-muted', text: D.actorLine(entry)}))))));
    }
  };
})(window.Dossier = window.Dossier || {});
