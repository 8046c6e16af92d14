/*
 * entries.js: the list of timeline entries and the filters over them. Needs dossier.js.
 *
 *   const filters = new Dossier.EntryFilters(container, {
 *     entries,                             // timeline entries (the shape of timeline.jsonl)
 *     onChange: (matching, matches) => {}  // the entries that pass, and the test itself (entry => boolean)
 *   });
 *   filters.setActor(entityId)  filters.reset()  filters.matches(entry)
 *
 *   Filters: free text (label, CAMEO code, actors, place), actor (in any role), event type (a quad class or
 *   a CAMEO root), and languages (an entry passes when a document in one of the chosen languages reports it).
 *
 *   const list = new Dossier.EntryList(container, {
 *     entries,                 // timeline entries, with the report's additions where present:
 *                              //   evidence: [{event, doc, modality, text, trigger: [start, end] | null}]
 *                              //     (trigger: code point offsets of the words that name the event in text)
 *                              //   mentions_total, docs_total, conflicts_total: counts beyond the listed IDs
 *     documents,               // {id: {title, untitled, url, outlet, language, published: {value, origin}, story}}
 *     onSelect: entry => {},   // an entry was opened
 *     onStory: storyId => {}   // optional: a document's story link was followed
 *   });
 *   list.setEntries(entries)   // show these (in date order, undated last)
 *   list.open(id)              // expand an entry and scroll to it
 */
(function (D) {
  'use strict';

  function allActors(entry) {
    return [].concat(entry.source || [], entry.target || [], entry.mediator || []);
  }

  function searchText(entry) {
    return [entry.label, entry.cameo, D.actorNames(allActors(entry)), entry.location ? entry.location.name : '',
      (entry.conflicts || []).join(' ')].join(' ').toLowerCase();
  }

  D.EntryFilters = class {
    constructor(container, options) {
      this.options = options;
      this.entries = options.entries || [];
      this.texts = new Map(this.entries.map(e => [e, searchText(e)]));
      const actors = new Map();
      const roots = new Map();
      const languages = new Map();
      for (const e of this.entries) {
        const seen = new Set();
        for (const a of allActors(e)) {
          if (!a.entity || seen.has(a.entity)) continue;
          seen.add(a.entity);
          const known = actors.get(a.entity) || {id: a.entity, name: a.name || a.entity, count: 0};
          known.count++;
          actors.set(a.entity, known);
        }
        const root = String(e.cameo || '').slice(0, 2);
        roots.set(root, (roots.get(root) || 0) + 1);
        for (const l of e.languages || []) languages.set(l, (languages.get(l) || 0) + 1);
      }
      this.search = D.el('input', {className: 'dx-input', type: 'search',
        attrs: {placeholder: 'Search events, actors, places', 'aria-label': 'Search the timeline'}});
      this.actor = D.el('select', {className: 'dx-select', attrs: {'aria-label': 'Actor'}},
        D.el('option', {text: 'All actors', attrs: {value: ''}}),
        Array.from(actors.values()).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
          .map(a => D.el('option', {text: a.name + ' (' + a.count + ')', attrs: {value: a.id}})));
      this.type = D.el('select', {className: 'dx-select', attrs: {'aria-label': 'Event type'}},
        D.el('option', {text: 'All event types', attrs: {value: ''}}),
        D.QUADS.map(q => {
          const inQuad = Array.from(roots.keys()).filter(r => D.quadOf(r) === q.id).sort();
          if (!inQuad.length) return null;
          return D.el('optgroup', {attrs: {label: q.label}},
            D.el('option', {text: 'All ' + q.label.toLowerCase(), attrs: {value: 'q' + q.id}}),
            inQuad.map(r => D.el('option', {text: r + ' ' + (D.CAMEO_ROOTS[r] || '') + ' (' + roots.get(r) + ')',
              attrs: {value: 'r' + r}})));
        }));
      this.languageBoxes = Array.from(languages.keys()).sort().map(l => {
        const box = D.el('input', {type: 'checkbox', attrs: {value: l}});
        box.checked = true;
        return box;
      });
      this.count = D.el('span', {className: 'dx-filter-count', attrs: {'aria-live': 'polite'}});
      const reset = D.el('button', {className: 'dx-button', type: 'button', text: 'Reset',
        on: {click: () => this.reset()}});
      container.appendChild(D.el('div', {className: 'dx-filters', attrs: {role: 'search'}},
        this.search, this.actor, this.type,
        this.languageBoxes.length > 1 ? D.el('span', {className: 'dx-chips', attrs: {role: 'group',
          'aria-label': 'Languages'}}, this.languageBoxes.map(b => D.el('label', {className: 'dx-chip'}, b,
          D.el('span', {text: b.value.toUpperCase() + ' ' + languages.get(b.value)})))) : null,
        reset, this.count));
      const changed = () => this.apply();
      this.search.addEventListener('input', changed);
      this.actor.addEventListener('change', changed);
      this.type.addEventListener('change', changed);
      this.languageBoxes.forEach(b => b.addEventListener('change', changed));
      this.apply(true);
    }

    matches(entry) {
      const q = this.search.value.trim().toLowerCase();
      if (q && !q.split(/\s+/).every(w => this.texts.get(entry).includes(w))) return false;
      const actor = this.actor.value;
      if (actor && !allActors(entry).some(a => a.entity === actor)) return false;
      const type = this.type.value;
      if (type.startsWith('q') && D.quadOf(entry.cameo) !== +type.slice(1)) return false;
      if (type.startsWith('r') && String(entry.cameo || '').slice(0, 2) !== type.slice(1)) return false;
      if (this.languageBoxes.length > 1) {
        const wanted = new Set(this.languageBoxes.filter(b => b.checked).map(b => b.value));
        if (!(entry.languages || []).some(l => wanted.has(l))) return false;
      }
      return true;
    }

    apply(quiet) {
      const matches = e => this.matches(e);
      const matching = this.entries.filter(matches);
      this.count.textContent = matching.length === this.entries.length
        ? D.plural(this.entries.length, 'entry', 'entries')
        : D.number(matching.length) + ' of ' + D.plural(this.entries.length, 'entry', 'entries');
      if (!quiet && this.options.onChange) this.options.onChange(matching, matches);
      return matching;
    }

    setActor(id) {
      this.actor.value = id;
      if (this.actor.value !== id) this.actor.value = '';
      this.apply();
    }

    reset() {
      this.search.value = '';
      this.actor.value = '';
      this.type.value = '';
      this.languageBoxes.forEach(b => { b.checked = true; });
      this.apply();
    }
  };

  function startOf(entry) {
    const r = D.dateRange(entry.date && entry.date.value);
    return r ? r.start : Infinity;
  }

  /** The evidence sentence, with the words that name the event marked. */
  function sentence(evidence) {
    const q = D.el('blockquote', {className: 'dx-quote'});
    const chars = Array.from(evidence.text || '');
    const t = evidence.trigger;
    if (Array.isArray(t) && t[0] >= 0 && t[1] <= chars.length && t[0] < t[1]) {
      q.append(chars.slice(0, t[0]).join(''), D.el('mark', {text: chars.slice(t[0], t[1]).join('')}),
        chars.slice(t[1]).join(''));
    } else {
      q.textContent = evidence.text || '';
    }
    return q;
  }

  D.EntryList = class {
    constructor(container, options) {
      this.options = options;
      this.documents = options.documents || {};
      this.page = 150;
      this.element = D.el('ol', {className: 'dx-entries'});
      this.empty = D.el('p', {className: 'dx-empty', text: 'No entry matches the filters.'});
      this.more = D.el('button', {className: 'dx-button dx-more', type: 'button', on: {click: () => {
        this.shown += this.page;
        this.render();
      }}});
      container.append(this.element, this.empty, this.more);
      this.setEntries(options.entries || []);
    }

    setEntries(entries) {
      this.entries = entries.slice().sort((a, b) => startOf(a) - startOf(b));
      this.shown = this.page;
      this.render();
    }

    render() {
      const open = new Set(Array.from(this.element.querySelectorAll('.dx-entry.dx-open')).map(li => li.dataset.id));
      this.element.replaceChildren();
      for (const entry of this.entries.slice(0, this.shown)) {
        const li = this.item(entry);
        this.element.appendChild(li);
        if (open.has(entry.id)) this.toggle(li, entry, true);
      }
      this.empty.hidden = this.entries.length > 0;
      const rest = this.entries.length - this.shown;
      this.more.hidden = rest <= 0;
      this.more.textContent = 'Show ' + D.number(Math.min(this.page, rest)) + ' more of ' + D.number(rest);
    }

    item(entry) {
      const quad = D.quadOf(entry.cameo);
      const sources = entry.docs_total || (entry.docs || []).length;
      const head = D.el('button', {className: 'dx-entry-head', type: 'button', attrs: {'aria-expanded': 'false'}},
        D.el('span', {className: 'dx-entry-date', text: D.formatDate(entry.date && entry.date.value)}),
        D.el('span', {className: 'dx-entry-kind'}, D.el('span', {className: 'dx-dot dx-q' + quad}),
          D.el('span', {className: 'dx-code', text: entry.cameo})),
        D.el('span', {className: 'dx-entry-main'},
          D.el('span', {className: 'dx-entry-label', text: entry.label}),
          D.el('span', {className: 'dx-entry-actors', text: D.actorLine(entry)})),
        D.el('span', {className: 'dx-entry-place', text: entry.location ? entry.location.name : ''}),
        D.el('span', {className: 'dx-entry-sources'},
          D.el('span', {text: D.plural(sources, 'source')}),
          (entry.languages || []).map(l => D.el('span', {className: 'dx-lang', text: l.toUpperCase()})),
          (entry.conflicts || []).length ? D.el('span', {className: 'dx-flag', text: 'disputed',
            title: 'The sources disagree'}) : null));
      const li = D.el('li', {className: 'dx-entry', dataset: {id: entry.id}}, head);
      head.addEventListener('click', () => {
        const opened = this.toggle(li, entry);
        if (opened && this.options.onSelect) this.options.onSelect(entry);
      });
      return li;
    }

    toggle(li, entry, open) {
      const body = li.querySelector('.dx-entry-body');
      const head = li.firstChild;
      if (body && open !== true) {
        body.remove();
        li.classList.remove('dx-open');
        head.setAttribute('aria-expanded', 'false');
        return false;
      }
      if (!body && open !== false) {
        li.appendChild(this.details(entry));
        li.classList.add('dx-open');
        head.setAttribute('aria-expanded', 'true');
        return true;
      }
      return !!body;
    }

    open(id) {
      const index = this.entries.findIndex(e => e.id === id);
      if (index < 0) return false;
      if (index >= this.shown) {
        this.shown = Math.ceil((index + 1) / this.page) * this.page;
        this.render();
      }
      const li = this.element.querySelector('.dx-entry[data-id="' + CSS.escape(id) + '"]');
      if (!li) return false;
      this.toggle(li, this.entries[index], true);
      li.classList.add('dx-flash');
      setTimeout(() => li.classList.remove('dx-flash'), 1600);
      li.scrollIntoView({block: 'nearest'});
      return true;
    }

    details(entry) {
      const facts = D.el('dl', {className: 'dx-facts'});
      const fact = (term, ...value) => {
        if (!value.length || value.every(v => v === null || v === '' || v === undefined)) return;
        facts.append(D.el('dt', {text: term}), D.el('dd', null, value));
      };
      const date = entry.date || {};
      fact('Date', D.formatDate(date.value), date.granularity && date.granularity !== 'day'
        ? D.el('span', {className: 'dx-muted', text: ' (to the ' + date.granularity + ')'}) : null);
      const quad = D.QUADS.find(q => q.id === D.quadOf(entry.cameo));
      fact('Event', entry.label, D.el('span', {className: 'dx-muted', text: ' · CAMEO ' + entry.cameo
        + (quad ? ' · ' + quad.label.toLowerCase() : '')}));
      const actors = list => (list || []).map(a => a.name + (a.code ? ' (' + a.code + ')' : '')).join(', ');
      fact('Source', actors(entry.source));
      fact('Target', actors(entry.target));
      fact('Mediator', actors(entry.mediator));
      fact('Place', entry.location ? entry.location.name + (entry.location.country ? ' (' + entry.location.country + ')' : '') : null);
      if (entry.fatalities) {
        const f = entry.fatalities;
        fact('Fatalities', f.min === f.max ? D.number(f.min) : D.number(f.min) + '–' + D.number(f.max),
          D.el('span', {className: 'dx-muted', text: f.min === f.max ? '' : ' (the sources differ)'}));
      }
      const sources = entry.docs_total || (entry.docs || []).length;
      const mentions = entry.mentions_total || (entry.mentions || []).length;
      fact('Reported', D.plural(sources, 'document') + ', ' + D.plural(mentions, 'mention') + ' · '
        + (entry.languages || []).map(l => l.toUpperCase()).join(', '));
      const body = D.el('div', {className: 'dx-entry-body'}, facts);
      const conflicts = entry.conflicts || [];
      if (conflicts.length) {
        const total = entry.conflicts_total || conflicts.length;
        body.appendChild(D.el('div', {className: 'dx-conflicts'},
          D.el('h4', {text: 'Where the sources disagree'}),
          D.el('ul', null, conflicts.map(c => D.el('li', {text: c}))),
          total > conflicts.length ? D.el('p', {className: 'dx-muted',
            text: D.number(total - conflicts.length) + ' more in timeline.jsonl'}) : null));
      }
      const evidence = entry.evidence || [];
      if (evidence.length) {
        body.appendChild(D.el('h4', {text: 'Evidence'}));
        body.appendChild(D.el('ol', {className: 'dx-evidence'}, evidence.map(ev => this.evidence(ev))));
        if (mentions > evidence.length) {
          body.appendChild(D.el('p', {className: 'dx-muted dx-note', text: 'Showing ' + evidence.length + ' of '
            + D.plural(mentions, 'mention') + ', one per document first; all are in events.jsonl ('
            + (entry.id || '') + ').'}));
        }
      }
      return body;
    }

    evidence(ev) {
      const doc = this.documents[ev.doc];
      const source = D.el('figcaption', {className: 'dx-source'});
      if (doc) {
        source.append(D.link(doc.url, doc.title || ev.doc, 'dx-doc-title' + (doc.untitled ? ' dx-untitled' : '')));
        const meta = [doc.outlet, doc.language ? doc.language.toUpperCase() : null,
          doc.published && doc.published.value ? D.formatDate(doc.published.value) + ' (' + doc.published.origin + ')'
            : 'publication date unknown'].filter(Boolean);
        source.append(D.el('span', {className: 'dx-muted', text: ' · ' + meta.join(' · ')}));
        if (doc.story && this.options.onStory) {
          source.append(' · ', D.el('button', {className: 'dx-linkish', type: 'button', text: 'story',
            on: {click: () => this.options.onStory(doc.story)}}));
        }
      } else {
        source.append(D.el('span', {className: 'dx-muted', text: 'document ' + ev.doc}));
      }
      if (ev.modality && ev.modality !== 'asserted') {
        source.append(' ', D.el('span', {className: 'dx-badge', text: ev.modality,
          title: ev.modality === 'reported' ? 'The report attributes this to someone' : ''}));
      }
      return D.el('li', null, D.el('figure', null, sentence(ev), source));
    }
  };
})(window.Dossier = window.Dossier || {});
