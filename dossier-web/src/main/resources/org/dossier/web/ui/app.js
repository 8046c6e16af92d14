/*
 * app.js: the Dossier workbench, a single page over the REST API (/api, see /openapi.json). Plain ES2020, no
 * build step; it draws with the shared components (dossier.js, timeline.js, graph.js, map.js).
 *
 * Every view has a deep link in the URL hash, so an analyst can share it:
 *   #/search?q=Lawrow&language=en   #/doc/ID?at=START   #/timeline?actor=armenia&root=19&language=de
 *   #/timeline/ENTRY   #/map?from=2020-09-27&to=2020-11-10   #/graph?from=...&to=...   #/stories   #/story/ID
 *   #/actor/ID
 *
 * Safety: data reaches the page through textContent and attribute values only (Dossier.el). The one exception
 * is search snippets, which the server escapes and marks with <mark>: they are parsed inertly and rebuilt from
 * their text and <mark> elements only (markedText), so nothing else the server might send can become markup.
 */
(function (D) {
  'use strict';

  const main = document.getElementById('wb-main');
  const statsBox = document.getElementById('wb-stats');
  const PAGE = 20;
  const TIMELINE_CAP = 2000;
  let boundaries = null;
  let stats = null;
  let renderToken = 0;

  // ---- plumbing

  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : 'HTTP ' + status);
      this.status = status;
      this.code = body && body.error;
    }
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (Array.isArray(v)) v.forEach(x => query.append(k, x));
      else if (v !== undefined && v !== null && v !== '') query.append(k, v);
    }
    const url = path + (query.toString() ? '?' + query : '');
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  /** Every page of a list, up to cap items. */
  async function all(path, params, cap) {
    const items = [];
    let total = 0;
    for (let offset = 0; offset < cap; offset += 500) {
      const page = await api(path, Object.assign({}, params, {offset, limit: Math.min(500, cap - offset)}));
      total = page.total;
      items.push(...page.items);
      if (items.length >= total || page.items.length === 0) break;
    }
    return {items, total};
  }

  function parseHash() {
    const hash = location.hash.replace(/^#\/?/, '');
    const q = hash.indexOf('?');
    const path = (q < 0 ? hash : hash.slice(0, q)).split('/').map(decodeURIComponent);
    const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    return {view: path[0] || 'search', id: path[1] || null, params};
  }

  function hashOf(view, id, params) {
    let h = '#/' + view + (id ? '/' + encodeURIComponent(id) : '');
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (Array.isArray(v)) v.forEach(x => p.append(k, x));
      else if (v !== undefined && v !== null && v !== '') p.append(k, v);
    }
    const s = p.toString();
    return s ? h + '?' + s : h;
  }

  function go(view, id, params) {
    location.hash = hashOf(view, id, params);
  }

  function link(text, view, id, params, className) {
    return D.el('a', {text, href: hashOf(view, id, params), className});
  }

  /** Rebuilds the server's escaped snippet from its text and <mark> elements only. */
  function markedText(html) {
    const parsed = new DOMParser().parseFromString('<body>' + (html || ''), 'text/html').body;
    const out = document.createDocumentFragment();
    (function walk(node, into) {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) into.append(document.createTextNode(child.textContent));
        else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK') {
          into.append(D.el('mark', {text: child.textContent}));
        } else if (child.nodeType === Node.ELEMENT_NODE) walk(child, into);
      }
    })(parsed, out);
    return out;
  }

  function view(title, subtitle, ...children) {
    const section = D.el('section', {className: 'wb-view'},
      D.el('div', {className: 'wb-view-head'}, D.el('h1', {text: title}),
        subtitle ? D.el('p', {className: 'dx-muted wb-sub', text: subtitle}) : null),
      ...children);
    main.replaceChildren(section);
    return section;
  }

  function failure(e) {
    const message = e instanceof ApiError
      ? (e.status === 404 ? 'Not found: ' : e.status === 400 ? 'Cannot use this request: ' : 'Error: ') + e.message
      : 'The workbench could not reach its server: ' + e.message;
    return D.el('div', {className: 'wb-error', attrs: {role: 'alert'}, text: message});
  }

  function loading() {
    return D.el('p', {className: 'dx-muted wb-loading', text: 'Loading…'});
  }

  function languageName(code) {
    return ({en: 'English', de: 'German', ru: 'Russian', fr: 'French', und: 'undetermined'})[code] || code;
  }

  function published(p) {
    if (!p || !p.value) return 'undated';
    return D.formatDate(p.value);
  }

  function dateOf(entry) {
    return entry.date && entry.date.value ? D.formatDate(entry.date.value) : 'undated';
  }

  function quadClass(cameo) {
    return 'wb-q' + D.quadOf(cameo || '');
  }

  // why an actor the text does not name is there (the event's "inferred")
  const INFERRED = {
    adversary: 'the adversary of the doer on that day, as the pack has it',
    parties: 'the two sides at war the report told of last, to whom the call was made'
  };

  function actorLinks(actors) {
    const out = [];
    (actors || []).forEach((a, i) => {
      if (i) out.push(', ');
      out.push(link(a.name || a.entity, 'actor', a.entity));
      // a target the text does not name: say so, and why
      if (a.inferred) out.push(D.el('span', {className: 'dx-muted', text: ' (inferred)',
        attrs: {title: 'not named in the text: ' + (INFERRED[a.inferred] || a.inferred)}}));
    });
    return out;
  }

  function pager(page, onPage) {
    const from = page.total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.items.length;
    return D.el('div', {className: 'wb-pager'},
      D.el('span', {className: 'dx-muted', text: D.number(from) + '–' + D.number(to) + ' of ' + D.number(page.total)}),
      D.el('button', {className: 'dx-button', text: 'Previous', type: 'button',
        attrs: page.offset === 0 ? {disabled: ''} : {}, on: {click: () => onPage(Math.max(0, page.offset - page.limit))}}),
      D.el('button', {className: 'dx-button', text: 'Next', type: 'button',
        attrs: to >= page.total ? {disabled: ''} : {}, on: {click: () => onPage(page.offset + page.limit)}}));
  }

  // ---- header

  async function loadStats() {
    try {
      stats = await api('/api/stats');
    } catch (e) {
      statsBox.replaceChildren(failure(e));
      return;
    }
    const c = stats.counts;
    const range = stats.first_published
      ? D.formatDate(stats.first_published) + ' – ' + D.formatDate(stats.last_published) : 'no dates';
    statsBox.replaceChildren(
      D.el('span', null, D.el('b', {text: D.number(c.documents || 0)}), ' documents'),
      D.el('span', null, D.el('b', {text: D.number(c.timeline || 0)}), ' timeline entries'),
      D.el('span', null, D.el('b', {text: D.number(c.stories || 0)}), ' stories'),
      D.el('span', {text: stats.languages.map(l => l.value.toUpperCase() + ' ' + D.number(l.count)).join(' · ')}),
      D.el('span', {text: range}),
      ...(stats.cross_document_stale ? [D.el('span', {className: 'wb-warn', text: 'stories and timeline out of date',
        title: 'An ingest was interrupted; the next ingest completes them.'})] : []));
  }

  // ---- search

  const FACETS = [['language', 'Language'], ['event', 'Event type'], ['actor', 'Actor'], ['month', 'Month'],
    ['outlet', 'Outlet']];

  async function searchView(route) {
    const p = route.params;
    const q = p.get('q') || '';
    const offset = +(p.get('offset') || 0);
    const filters = {};
    FACETS.forEach(([f]) => { filters[f] = p.getAll(f); });
    const input = D.el('input', {type: 'search', className: 'dx-input wb-query',
      attrs: {'aria-label': 'Search query', placeholder: 'Names in any spelling, words, "phrases", AND/OR/NOT, title:…',
        value: q, autocomplete: 'off'}});
    const form = D.el('form', {className: 'wb-search-form', attrs: {role: 'search'}, on: {submit: ev => {
      ev.preventDefault();
      go('search', null, Object.assign({}, filters, {q: input.value.trim()}));
    }}}, input, D.el('button', {className: 'dx-button wb-primary', type: 'submit', text: 'Search'}));
    const results = D.el('div', {className: 'wb-results'}, loading());
    const facets = D.el('aside', {className: 'wb-facets', attrs: {'aria-label': 'Facets'}});
    view('Search', 'Full text of every stored report, English and German; names are matched across spellings and '
      + 'languages.', form, D.el('div', {className: 'wb-split'}, facets, results));
    if (!q) input.focus();
    let r;
    try {
      r = await api('/api/search', Object.assign({}, filters, {q, offset, limit: PAGE}));
    } catch (e) {
      results.replaceChildren(failure(e));
      return;
    }
    const blocks = [];
    const expanded = Object.entries(r.expansions || {});
    if (expanded.length) {
      blocks.push(D.el('div', {className: 'wb-expansions'}, D.el('span', {className: 'dx-muted', text: 'Also searched: '}),
        expanded.map(([word, to]) => D.el('span', {className: 'wb-expansion'}, D.el('b', {text: word}), ' → ',
          to.join(', ')))));
    }
    const active = FACETS.flatMap(([f, label]) => filters[f].map(v => ({f, v, label})));
    if (active.length) {
      blocks.push(D.el('div', {className: 'dx-chips wb-active'}, active.map(a => D.el('button', {type: 'button',
        className: 'dx-chip wb-chip-on', title: 'Remove this filter', text: a.label + ': ' + a.v + ' ×',
        on: {click: () => {
          const next = Object.assign({}, filters, {q});
          next[a.f] = filters[a.f].filter(x => x !== a.v);
          go('search', null, next);
        }}}))));
    }
    blocks.push(D.el('p', {className: 'dx-muted wb-count', text: D.plural(r.total, 'document') + ' found'}));
    blocks.push(D.el('ol', {className: 'wb-hits', attrs: {start: String(r.offset + 1)}}, r.items.map(hit =>
      D.el('li', {className: 'wb-hit', dataset: {id: hit.id, language: hit.language}},
        D.el('a', {className: 'wb-hit-title', href: hashOf('doc', hit.id, {q})},
          hit.highlighted_title ? markedText(hit.highlighted_title)
            : D.el('span', {className: 'dx-untitled', text: 'Untitled report' + (hit.outlet ? ' from ' + hit.outlet : '')})),
        D.el('div', {className: 'wb-meta'},
          D.el('span', {className: 'dx-lang', text: (hit.language || 'und').toUpperCase()}),
          hit.outlet ? link(hit.outlet, 'search', null, {outlet: hit.outlet}) : null,
          D.el('span', {text: hit.published ? D.formatDate(hit.published) : 'undated'})),
        hit.snippets.map(s => D.el('p', {className: 'wb-snippet'}, markedText(s)))))));
    blocks.push(pager(r, o => go('search', null, Object.assign({}, filters, {q, offset: o}))));
    results.replaceChildren(...blocks);
    facets.replaceChildren(...FACETS.map(([f, label]) => {
      const values = (r.facets && r.facets[f]) || [];
      return D.el('div', {className: 'wb-facet', dataset: {facet: f}}, D.el('h3', {text: label}),
        values.length === 0 ? D.el('p', {className: 'dx-muted', text: '—'}) : D.el('ul', null, values.slice(0, 12).map(v => {
          const on = filters[f].includes(v.value);
          const next = Object.assign({}, filters, {q});
          next[f] = on ? filters[f].filter(x => x !== v.value) : filters[f].concat([v.value]);
          return D.el('li', null, D.el('a', {className: on ? 'wb-facet-on' : '', href: hashOf('search', null, next),
            title: v.value}, D.el('span', {text: f === 'language' ? languageName(v.value) : (v.label || v.value)}),
            D.el('span', {className: 'wb-n', text: D.number(v.count)})));
        })));
    }));
  }

  // ---- document

  /** The document's text with entities, dates, event sentences and triggers marked; offsets are code points. */
  function annotatedText(doc, mentions, timexes, events, at) {
    const chars = Array.from(doc.text || '');
    const spans = [];
    mentions.forEach(m => spans.push({start: m.start, end: m.end, kind: 'ent', data: m}));
    timexes.forEach(t => spans.push({start: t.start, end: t.end, kind: 'time', data: t}));
    events.forEach(e => {
      if (e.evidence) spans.push({start: e.evidence.start, end: e.evidence.end, kind: 'ev', data: e});
      if (e.trigger && e.trigger.start !== undefined) {
        spans.push({start: e.trigger.start, end: e.trigger.end, kind: 'trig', data: e});
      }
    });
    const cuts = new Set([0, chars.length]);
    spans.forEach(s => {
      s.start = Math.max(0, Math.min(chars.length, s.start));
      s.end = Math.max(s.start, Math.min(chars.length, s.end));
      cuts.add(s.start);
      cuts.add(s.end);
    });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const body = D.el('div', {className: 'wb-text'});
    let paragraph = D.el('p');
    body.append(paragraph);
    const evidenceEnds = new Map();
    events.forEach(e => {
      if (!e.evidence) return;
      if (!evidenceEnds.has(e.evidence.end)) evidenceEnds.set(e.evidence.end, []);
      evidenceEnds.get(e.evidence.end).push(e);
    });
    let target = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const covering = spans.filter(s => s.start <= a && s.end >= b && s.end > s.start);
      const text = chars.slice(a, b).join('');
      const parts = text.split(/\n\s*\n/);
      parts.forEach((part, k) => {
        if (k > 0) {
          paragraph = D.el('p');
          body.append(paragraph);
        }
        if (!part) return;
        let node = document.createTextNode(part);
        const ent = covering.find(s => s.kind === 'ent');
        const time = covering.find(s => s.kind === 'time');
        const trig = covering.find(s => s.kind === 'trig');
        const ev = covering.find(s => s.kind === 'ev');
        if (trig) node = D.el('b', {className: 'wb-trig', title: trig.data.cameo + ' ' + trig.data.label}, node);
        if (time) node = D.el('span', {className: 'wb-time', title: time.data.type + ' ' + (time.data.value || '')}, node);
        if (ent) node = D.el('a', {className: 'wb-ent wb-ent-' + (ent.data.type || '').toLowerCase(),
          href: hashOf('actor', ent.data.entity), title: (ent.data.name || ent.data.entity) + ' · ' + ent.data.type
            + (ent.data.country ? ' · ' + ent.data.country : '')}, node);
        if (ev) {
          const cls = 'wb-ev ' + quadClass(ev.data.cameo) + (at !== null && ev.data.evidence.start === at ? ' wb-at' : '');
          node = D.el('span', {className: cls, dataset: {start: String(ev.data.evidence.start)}}, node);
          if (at !== null && ev.data.evidence.start === at && !target) target = node;
        }
        paragraph.append(node);
      });
      (evidenceEnds.get(b) || []).forEach(e => {
        paragraph.append(e.timeline
          ? link(e.cameo + ' ' + e.label, 'timeline', e.timeline, null, 'wb-evlink ' + quadClass(e.cameo))
          : D.el('span', {className: 'wb-evlink wb-q0', text: e.cameo + ' ' + e.label}));
      });
    }
    return {body, target};
  }

  async function docView(route) {
    const section = view('Document', null, loading());
    let d;
    try {
      d = await api('/api/documents/' + encodeURIComponent(route.id));
    } catch (e) {
      section.replaceChildren(failure(e));
      return;
    }
    const doc = d.document;
    const at = route.params.has('at') ? +route.params.get('at') : null;
    const text = annotatedText(doc, d.mentions, d.timexes, d.events, at);
    const p = doc.published || {};
    const facts = D.el('dl', {className: 'wb-facts'},
      D.el('dt', {text: 'Outlet'}), D.el('dd', null, doc.outlet ? link(doc.outlet, 'search', null, {outlet: doc.outlet}) : '—'),
      D.el('dt', {text: 'Language'}), D.el('dd', {text: languageName(doc.language)}),
      D.el('dt', {text: 'Published'}), D.el('dd', {className: 'wb-published'}, published(p),
        D.el('span', {className: 'dx-muted', text: ' · from ' + (p.origin || 'none')})),
      p.evidence ? D.el('dt', {text: 'Date evidence'}) : null,
      p.evidence ? D.el('dd', {className: 'wb-quote-small', text: p.evidence}) : null,
      p.conflict ? D.el('dt', {text: 'Date conflict'}) : null,
      p.conflict ? D.el('dd', {className: 'wb-conflict', text: p.conflict}) : null,
      D.el('dt', {text: 'Source'}), D.el('dd', null, doc.url ? D.link(doc.url, doc.url) : D.el('span', {text: doc.input})),
      doc.story ? D.el('dt', {text: 'Story'}) : null,
      doc.story ? D.el('dd', null, link('Reports of this story', 'story', doc.story)) : null,
      doc.duplicate_of ? D.el('dt', {text: 'Copy of'}) : null,
      doc.duplicate_of ? D.el('dd', null, link(doc.duplicate_of, 'doc', doc.duplicate_of)) : null);
    const events = D.el('ol', {className: 'wb-doc-events'}, d.events.map(e => D.el('li', null,
      D.el('span', {className: 'dx-swatch ' + quadClass(e.cameo)}),
      e.timeline ? link(e.label || e.cameo, 'timeline', e.timeline) : D.el('span', {text: e.label || e.cameo}),
      D.el('span', {className: 'dx-muted', text: ' · ' + (e.date && e.date.value ? D.formatDate(e.date.value) : 'undated')
        + ' · ' + e.modality}),
      D.el('div', {className: 'wb-small'}, actorLinks(e.source), e.target && e.target.length ? ' → ' : '',
        actorLinks(e.target)),
      D.el('a', {className: 'wb-small', text: 'in the text', href: hashOf('doc', doc.id, {at: e.evidence.start})}))));
    const legend = D.el('p', {className: 'wb-legend dx-muted'},
      D.el('span', {className: 'wb-ent', text: 'entity'}), ' ', D.el('span', {className: 'wb-time', text: 'date'}), ' ',
      D.el('span', {className: 'wb-ev wb-q4', text: 'event sentence'}), ' ',
      D.el('b', {className: 'wb-trig', text: 'event words'}));
    section.replaceChildren(
      D.el('div', {className: 'wb-view-head'}, D.el('h1', {className: 'wb-doc-title' + (doc.title ? '' : ' dx-untitled'),
        text: doc.title || openingWords(doc.text)}),
        D.el('p', {className: 'dx-muted wb-sub', text: doc.id})),
      D.el('div', {className: 'wb-doc'},
        D.el('article', {className: 'wb-panel wb-doc-body'}, legend, text.body),
        D.el('aside', {className: 'wb-panel wb-doc-side'}, facts,
          D.el('h3', {text: D.plural(d.events.length, 'event')}), events,
          D.el('h3', {text: D.plural(d.mentions.length, 'entity mention', 'entity mentions')}),
          D.el('p', {className: 'wb-small'}, uniqueEntities(d.mentions)))));
    if (text.target) {
      text.target.scrollIntoView({block: 'center'});
      text.target.classList.add('dx-flash');
    }
  }

  /** A heading for a report without a headline: its first words. */
  function openingWords(text) {
    const words = (text || '').trim().split(/\s+/).slice(0, 12).join(' ');
    return words ? words + ' …' : '(untitled)';
  }

  function uniqueEntities(mentions) {
    const seen = new Map();
    mentions.forEach(m => seen.set(m.entity, (seen.get(m.entity) || {m, n: 0})));
    mentions.forEach(m => seen.get(m.entity).n++);
    const out = [];
    Array.from(seen.values()).sort((a, b) => b.n - a.n).forEach(({m, n}, i) => {
      if (i) out.push(' · ');
      out.push(link((m.name || m.entity) + (n > 1 ? ' ×' + n : ''), 'actor', m.entity));
    });
    return out;
  }

  // ---- timeline

  async function timelineView(route) {
    const p = route.params;
    const filters = {actor: p.get('actor') || '', root: p.get('root') || '', language: p.get('language') || '',
      from: p.get('from') || '', to: p.get('to') || ''};
    const controls = D.el('div', {className: 'dx-filters wb-controls'});
    const axis = D.el('div', {className: 'wb-panel wb-axis'});
    const list = D.el('div', {className: 'wb-entry-list'}, loading());
    const detail = D.el('aside', {className: 'wb-panel wb-detail', attrs: {'aria-live': 'polite'}},
      D.el('p', {className: 'dx-muted', text: 'Choose an event on the axis or in the list to see every source.'}));
    view('Timeline', 'Real-world events merged across reports and languages. Scroll to zoom, drag to pan.', controls,
      axis, D.el('div', {className: 'wb-split wb-split-detail'}, list, detail));
    controls.append(...await timelineControls(filters, next => go('timeline', null, next)));
    let data;
    try {
      data = await all('/api/timeline', filters, TIMELINE_CAP);
    } catch (e) {
      list.replaceChildren(failure(e));
      return;
    }
    const entries = data.items;
    const openEntry = id => go('timeline', id, filters);
    let timeline = null;
    if (entries.length) timeline = new D.Timeline(axis, {entries, onSelect: e => openEntry(e.id)});
    else axis.replaceChildren(D.el('p', {className: 'dx-muted', text: 'No timeline entry matches these filters.'}));
    list.replaceChildren(
      D.el('p', {className: 'dx-muted', text: D.plural(data.total, 'entry', 'entries')
        + (data.total > entries.length ? ', the first ' + D.number(entries.length) + ' shown' : '')}),
      D.el('ol', {className: 'wb-entries'}, entries.map(e => D.el('li', {className: 'wb-entry', dataset: {id: e.id}},
        D.el('a', {href: hashOf('timeline', e.id, filters), className: 'wb-entry-link'},
          D.el('span', {className: 'wb-entry-date', text: dateOf(e)}),
          D.el('span', {className: 'dx-swatch ' + quadClass(e.cameo)}),
          D.el('span', {className: 'wb-entry-label', text: e.label || e.cameo}),
          D.el('span', {className: 'wb-entry-actors dx-muted', text: D.actorLine(e)}),
          D.el('span', {className: 'wb-n', text: D.plural(e.docs.length, 'source')}))))));
    if (route.id) {
      if (timeline && entries.some(e => e.id === route.id)) timeline.select(route.id);
      const item = list.querySelector('.wb-entry[data-id="' + CSS.escape(route.id) + '"]');
      if (item) item.classList.add('wb-selected');
      await entryDetail(detail, route.id);
    }
  }

  async function timelineControls(filters, apply) {
    const actorSelect = D.el('select', {className: 'dx-select', attrs: {'aria-label': 'Actor'}},
      D.el('option', {text: 'Any actor', attrs: {value: ''}}));
    try {
      const actors = await api('/api/actors', {limit: 300});
      actors.items.filter(a => a.as_source + a.as_target + a.as_mediator > 0).forEach(a =>
        actorSelect.append(D.el('option', {text: a.name || a.entity, attrs: {value: a.entity}})));
    } catch (e) {
      // the list of actors is a convenience; the filter still works from the URL
    }
    if (filters.actor && !Array.from(actorSelect.options).some(o => o.value === filters.actor)) {
      actorSelect.append(D.el('option', {text: filters.actor, attrs: {value: filters.actor}}));
    }
    actorSelect.value = filters.actor;
    const rootSelect = D.el('select', {className: 'dx-select', attrs: {'aria-label': 'Event type'}},
      D.el('option', {text: 'Any event type', attrs: {value: ''}}),
      Object.entries(D.CAMEO_ROOTS).map(([code, label]) => D.el('option', {text: code + ' ' + label, attrs: {value: code}})));
    rootSelect.value = filters.root;
    const languageSelect = D.el('select', {className: 'dx-select', attrs: {'aria-label': 'Language'}},
      D.el('option', {text: 'Any language', attrs: {value: ''}}),
      ((stats && stats.languages) || []).map(l => D.el('option', {text: languageName(l.value), attrs: {value: l.value}})));
    languageSelect.value = filters.language;
    const from = D.el('input', {type: 'date', className: 'dx-input', attrs: {'aria-label': 'From', value: filters.from}});
    const to = D.el('input', {type: 'date', className: 'dx-input', attrs: {'aria-label': 'To', value: filters.to}});
    const read = () => ({actor: actorSelect.value, root: rootSelect.value, language: languageSelect.value,
      from: from.value, to: to.value});
    [actorSelect, rootSelect, languageSelect, from, to].forEach(c => c.addEventListener('change', () => apply(read())));
    return [actorSelect, rootSelect, languageSelect, D.el('span', {className: 'dx-muted', text: 'from'}), from,
      D.el('span', {className: 'dx-muted', text: 'to'}), to,
      D.el('button', {className: 'dx-button', type: 'button', text: 'Clear', on: {click: () => apply({})}}),
      D.el('a', {className: 'dx-button', text: 'CSV', title: 'Download these entries as CSV (ACLED-like columns)',
        href: '/api/export/timeline.csv?' + new URLSearchParams(Object.entries(filters).filter(([, v]) => v))})];
  }

  async function entryDetail(box, id) {
    box.replaceChildren(loading());
    let v;
    try {
      v = await api('/api/timeline/' + encodeURIComponent(id));
    } catch (e) {
      box.replaceChildren(failure(e));
      return;
    }
    const e = v.entry;
    const f = e.fatalities;
    box.replaceChildren(
      D.el('div', {className: 'wb-detail-head'},
        D.el('span', {className: 'dx-swatch ' + quadClass(e.cameo)}),
        D.el('h2', {text: e.label || e.cameo}),
        D.el('p', {className: 'dx-muted', text: e.cameo + ' · ' + dateOf(e) + (e.location ? ' · ' + e.location.name : '')
          + (f ? ' · ' + (f.min === f.max ? f.min : f.min + '–' + f.max) + ' killed' : '')})),
      D.el('dl', {className: 'wb-facts'},
        e.source.length ? D.el('dt', {text: 'Source'}) : null, e.source.length ? D.el('dd', null, actorLinks(e.source)) : null,
        e.target.length ? D.el('dt', {text: 'Target'}) : null, e.target.length ? D.el('dd', null, actorLinks(e.target)) : null,
        e.mediator.length ? D.el('dt', {text: 'Mediator'}) : null,
        e.mediator.length ? D.el('dd', null, actorLinks(e.mediator)) : null,
        e.conflicts.length ? D.el('dt', {text: 'Sources disagree'}) : null,
        e.conflicts.length ? D.el('dd', null, D.el('ul', {className: 'wb-conflict'}, e.conflicts.map(c => D.el('li', {text: c}))))
          : null),
      D.el('h3', {text: D.plural(v.mentions.length, 'report', 'reports') + ' of this event'}),
      D.el('ol', {className: 'wb-evidence'}, v.mentions.map(m => {
        const doc = m.document;
        return D.el('li', {className: 'wb-source'},
          D.el('blockquote', {className: 'dx-quote'}, evidenceQuote(m)),
          D.el('div', {className: 'wb-meta'},
            D.el('a', {className: 'wb-source-link', href: hashOf('doc', doc.id, {at: m.evidence.start}),
              text: doc.title || '(untitled)'}),
            D.el('span', {className: 'dx-lang', text: (doc.language || 'und').toUpperCase()}),
            D.el('span', {text: doc.outlet || ''}),
            D.el('span', {text: doc.published ? D.formatDate(doc.published) : 'undated'}),
            D.el('span', {className: 'dx-muted', text: m.modality}),
            doc.url ? D.link(doc.url, 'original ↗') : null));
      })));
  }

  /** The evidence sentence with the event's words in <mark>, built from text nodes. */
  function evidenceQuote(m) {
    const sentence = Array.from(m.evidence.text || '');
    const t = m.trigger;
    if (!t || t.start === undefined || t.start < m.evidence.start || t.end > m.evidence.end) {
      return document.createTextNode(m.evidence.text || '');
    }
    const a = t.start - m.evidence.start;
    const b = t.end - m.evidence.start;
    return D.el('span', null, sentence.slice(0, a).join(''), D.el('mark', {text: sentence.slice(a, b).join('')}),
      sentence.slice(b).join(''));
  }

  // ---- map

  async function mapView(route) {
    const p = route.params;
    const filters = {actor: p.get('actor') || '', root: p.get('root') || '', language: p.get('language') || '',
      from: p.get('from') || '', to: p.get('to') || ''};
    const controls = D.el('div', {className: 'dx-filters wb-controls'});
    const stage = D.el('div', {className: 'wb-panel wb-map'}, loading());
    view('Map', 'Timeline entries at places of the domain pack; circle area is the number of events there.', controls,
      stage);
    controls.append(...await timelineControls(filters, next => go('map', null, next)));
    controls.querySelector('a.dx-button').href = '/api/export/events.geojson?'
      + new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    controls.querySelector('a.dx-button').textContent = 'GeoJSON';
    let geo;
    try {
      if (!boundaries) boundaries = await (await fetch('/assets/caucasus-boundaries.json')).json();
      const response = await fetch('/api/export/events.geojson?'
        + new URLSearchParams(Object.entries(filters).filter(([, v]) => v)));
      geo = await response.json();
      if (!response.ok) throw new ApiError(response.status, geo);
    } catch (e) {
      stage.replaceChildren(failure(e));
      return;
    }
    const places = {};
    const entries = geo.features.map(f => {
      const entry = f.properties.entry;
      places[entry.location.entity] = {name: entry.location.name, country: entry.location.country,
        lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]};
      return entry;
    });
    stage.replaceChildren();
    new D.EventMap(stage, {boundaries, places, entries, highlight: ['ARM', 'AZE'],
      onEntry: id => go('timeline', id)});
  }

  // ---- actor graph

  async function graphView(route) {
    const p = route.params;
    const range = {from: p.get('from') || '', to: p.get('to') || '', root: p.get('root') || ''};
    const from = D.el('input', {type: 'date', className: 'dx-input', attrs: {'aria-label': 'From', value: range.from}});
    const to = D.el('input', {type: 'date', className: 'dx-input', attrs: {'aria-label': 'To', value: range.to}});
    const apply = () => go('graph', null, {from: from.value, to: to.value, root: range.root});
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    const presets = [];
    if (stats && stats.first_published) {
      const last = new Date(stats.last_published + 'T00:00:00Z');
      for (const [label, days] of [['last 30 days', 30], ['last 90 days', 90], ['last year', 365]]) {
        const start = new Date(last.getTime() - days * 86400000).toISOString().slice(0, 10);
        presets.push(D.el('button', {className: 'dx-button', type: 'button', text: label,
          on: {click: () => go('graph', null, {from: start, to: stats.last_published})}}));
      }
    }
    const stage = D.el('div', {className: 'wb-panel wb-graph'}, loading());
    const months = D.el('div', {className: 'wb-months'});
    view('Actors', 'Who acts on whom in the timeline entries of the chosen period. Line width: entries; colour: the '
      + 'kind of action most of them are.', D.el('div', {className: 'dx-filters wb-controls'},
        D.el('span', {className: 'dx-muted', text: 'Period'}), from, D.el('span', {className: 'dx-muted', text: 'to'}), to,
        ...presets, D.el('button', {className: 'dx-button', type: 'button', text: 'All time',
          on: {click: () => go('graph', null, {})}})), months, stage);
    let graph;
    let entries;
    try {
      graph = await api('/api/graph', range);
      entries = (await all('/api/timeline', range, 500)).items;
    } catch (e) {
      stage.replaceChildren(failure(e));
      return;
    }
    drawMonths(months, graph, range);
    if (!graph.nodes.length) {
      stage.replaceChildren(D.el('p', {className: 'dx-muted', text: 'No actor acts on another in this period.'}));
      return;
    }
    const byActor = new Map();
    entries.forEach(e => [].concat(e.source, e.target, e.mediator).forEach(a =>
      byActor.set(a.entity, (byActor.get(a.entity) || 0) + 1)));
    const nodes = graph.nodes.map(n => ({id: n.id, name: n.name, events: byActor.get(n.id) || n.weight}));
    const edges = graph.edges.map(e => ({source: e.source, target: e.target, kind: 'acts', count: e.weight,
      quads: e.quads, entries: entries.filter(t => t.source.some(a => a.entity === e.source)
        && t.target.some(a => a.entity === e.target)).map(t => t.id)}));
    stage.replaceChildren();
    new D.ActorGraph(stage, {graph: {nodes, edges}, entries, onEntry: id => go('timeline', id)});
    stage.append(D.el('p', {className: 'dx-muted wb-small', text: D.plural(graph.pairs, 'pair') + ' of actors'
      + (graph.pairs > graph.shown ? ', the ' + graph.shown + ' strongest drawn' : '')}));
  }

  /** A bar per month (entries of the drawn pairs); clicking one narrows the period to it. */
  function drawMonths(box, graph, range) {
    const counts = new Map();
    graph.edges.forEach(e => Object.entries(e.by_month || {}).forEach(([m, n]) => counts.set(m, (counts.get(m) || 0) + n)));
    const months = Array.from(counts.keys()).sort();
    if (months.length < 2) return;
    const max = Math.max(...counts.values());
    box.append(D.el('div', {className: 'wb-month-bars', attrs: {role: 'list', 'aria-label': 'Entries per month'}},
      months.map(m => {
        const bar = D.el('button', {type: 'button', className: 'wb-month', title: D.formatDate(m) + ': '
          + counts.get(m) + ' — show only this month', attrs: {role: 'listitem'}, on: {click: () => {
            const [y, mo] = m.split('-').map(Number);
            const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
            go('graph', null, {from: m + '-01', to: last, root: range.root});
          }}}, D.el('span', {className: 'wb-month-fill'}));
        bar.firstChild.style.height = Math.max(4, Math.round(40 * counts.get(m) / max)) + 'px';
        return bar;
      })));
  }

  // ---- stories

  async function storiesView(route) {
    const offset = +(route.params.get('offset') || 0);
    const language = route.params.get('language') || '';
    const body = D.el('div', {className: 'wb-panel'}, loading());
    view('Stories', 'Reports of one news event, grouped across languages, first report first.', body);
    let page;
    try {
      page = await api('/api/stories', {offset, limit: 50, language});
    } catch (e) {
      body.replaceChildren(failure(e));
      return;
    }
    body.replaceChildren(D.el('table', {className: 'dx-table wb-table'},
      D.el('thead', null, D.el('tr', null, ['Story', 'First report', 'Last report', 'Reports', 'Languages']
        .map(h => D.el('th', {text: h})))),
      D.el('tbody', null, page.items.map(s => D.el('tr', null,
        D.el('td', null, link(s.title || '(untitled)', 'story', s.id)),
        D.el('td', {text: s.first ? D.formatDate(s.first) : '—'}),
        D.el('td', {text: s.last ? D.formatDate(s.last) : '—'}),
        D.el('td', {text: String(s.docs.length)}),
        D.el('td', {text: s.languages.map(l => l.toUpperCase()).join(' ')}))))),
    pager(page, o => go('stories', null, {offset: o, language})));
  }

  async function storyView(route) {
    const section = view('Story', null, loading());
    let s;
    try {
      s = await api('/api/stories/' + encodeURIComponent(route.id));
    } catch (e) {
      section.replaceChildren(failure(e));
      return;
    }
    const story = s.story;
    section.replaceChildren(
      D.el('div', {className: 'wb-view-head'}, D.el('h1', {text: story.title || '(untitled story)'}),
        D.el('p', {className: 'dx-muted wb-sub', text: (story.first ? D.formatDate(story.first) : 'undated')
          + (story.last && story.last !== story.first ? ' – ' + D.formatDate(story.last) : '') + ' · '
          + D.plural(story.docs.length, 'report') + ' · ' + story.languages.map(languageName).join(', ')})),
      D.el('div', {className: 'wb-panel'}, D.el('table', {className: 'dx-table wb-table'},
        D.el('thead', null, D.el('tr', null, ['Report', 'Outlet', 'Language', 'Published', ''].map(h => D.el('th', {text: h})))),
        D.el('tbody', null, s.documents.items.map(d => D.el('tr', null,
          D.el('td', null, link(d.title || '(untitled)', 'doc', d.id)),
          D.el('td', {text: d.outlet || '—'}),
          D.el('td', {text: languageName(d.language)}),
          D.el('td', {text: published(d.published)}),
          D.el('td', {className: 'dx-muted', text: d.duplicate_of ? 'copy of an earlier report' : ''})))))),
      D.el('p', null, link('Events of these reports on the timeline', 'timeline', null,
        story.first ? {from: story.first.slice(0, 10).length === 10 ? story.first : '', to: ''} : {})));
  }

  // ---- actor

  async function actorView(route) {
    const offset = +(route.params.get('offset') || 0);
    const section = view('Actor', null, loading());
    let a;
    try {
      a = await api('/api/actors/' + encodeURIComponent(route.id), {offset, limit: 50});
    } catch (e) {
      section.replaceChildren(failure(e));
      return;
    }
    const actor = a.actor;
    section.replaceChildren(
      D.el('div', {className: 'wb-view-head'}, D.el('h1', {text: actor.name || actor.entity}),
        D.el('p', {className: 'dx-muted wb-sub', text: [actor.type, actor.country, D.plural(actor.mentions, 'mention')
          + ' in ' + D.plural(actor.documents, 'document'), 'source of ' + actor.as_source + ', target of '
          + actor.as_target + ', mediator of ' + actor.as_mediator + ' event mentions'].filter(Boolean).join(' · ')})),
      D.el('p', {className: 'wb-controls'}, link('On the timeline', 'timeline', null, {actor: actor.entity}, 'dx-button'),
        ' ', link('Search the reports', 'search', null, {actor: actor.entity}, 'dx-button'),
        ' ', link('On the map', 'map', null, {actor: actor.entity}, 'dx-button')),
      D.el('div', {className: 'wb-panel'}, D.el('ol', {className: 'wb-evidence'}, a.events.items.map(e =>
        D.el('li', {className: 'wb-source'},
          D.el('div', {className: 'wb-meta'}, D.el('span', {className: 'dx-swatch ' + quadClass(e.cameo)}),
            e.timeline ? link(e.label || e.cameo, 'timeline', e.timeline) : D.el('b', {text: e.label || e.cameo}),
            D.el('span', {text: e.date && e.date.value ? D.formatDate(e.date.value) : 'undated'}),
            D.el('span', {className: 'dx-muted', text: e.modality})),
          D.el('blockquote', {className: 'dx-quote'}, evidenceQuote(e)),
          D.el('a', {className: 'wb-small', text: 'in the document', href: hashOf('doc', e.doc, {at: e.evidence.start})})))),
      pager(a.events, o => go('actor', actor.entity, {offset: o}))));
  }

  // ---- router

  const VIEWS = {search: searchView, doc: docView, timeline: timelineView, map: mapView, graph: graphView,
    stories: storiesView, story: storyView, actor: actorView};
  const NAV = {doc: 'search', story: 'stories', actor: 'graph'};

  async function render() {
    const route = parseHash();
    const draw = VIEWS[route.view] || searchView;
    const token = ++renderToken;
    document.querySelectorAll('.wb-nav a').forEach(a =>
      a.classList.toggle('wb-current', a.dataset.view === (NAV[route.view] || route.view)));
    window.scrollTo(0, 0);
    try {
      await draw(route);
    } catch (e) {
      if (token === renderToken) main.replaceChildren(failure(e));
    }
    if (token === renderToken) document.body.dataset.ready = route.view;
  }

  window.addEventListener('hashchange', () => {
    delete document.body.dataset.ready;
    render();
  });
  loadStats().then(render);
})(window.Dossier);
