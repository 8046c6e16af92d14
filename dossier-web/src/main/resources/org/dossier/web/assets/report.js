/*
 * report.js: the report page, from the data report.html embeds. Needs dossier.js, timeline.js, entries.js,
 * graph.js and map.js.
 *
 *   Dossier.Report.mount(root, data, boundaries)
 *
 * data (written by org.dossier.report.Report; docs/REPORT.md):
 *   format: 1, pack: "caucasus",
 *   summary: {documents, languages: {en: n}, outlets, top_outlets: [{outlet, documents}], first, last, undated,
 *             date_origins: {header: n}, duplicates, mentions, entities, events, events_on_timeline, timeline,
 *             timeline_dated, stories, rejected},
 *   limits: {timeline | stories | documents | actors | rejected: {shown, total}, evidence_per_entry,
 *            evidence_chars, ids_per_entry, documents_per_story},
 *   timeline: [timeline entries, as timeline.jsonl, plus evidence, mentions_total, docs_total, conflicts_total],
 *   documents: {id: {id, title, untitled, url, outlet, language, published: {value, origin}, story, duplicate_of}},
 *   stories: [stories, as stories.jsonl, plus docs_total],
 *   actors: [{entity, name, type, country, mentions, documents, events, source, target, mediator}],
 *   graph: {nodes, edges, actors_total, edges_total} (see graph.js),
 *   places: {id: {name, country, lat, lon, kind}},
 *   rejected: [{input, reason}]
 * boundaries: the map's GeoJSON (see map.js), or null for no map.
 */
(function (D) {
  'use strict';

  function section(id, title, intro) {
    return D.el('section', {className: 'dx-section', id},
      D.el('h2', {text: title}), intro ? D.el('p', {className: 'dx-intro', text: intro}) : null);
  }

  function figure(label, value, detail) {
    return D.el('div', {className: 'dx-figure'},
      D.el('div', {className: 'dx-figure-label', text: label}),
      D.el('div', {className: 'dx-figure-value', text: value}),
      detail ? D.el('div', {className: 'dx-figure-detail', text: detail}) : null);
  }

  function range(first, last) {
    if (!first) return '—';
    return first === last ? D.formatDate(first) : D.formatDate(first) + ' – ' + D.formatDate(last);
  }

  function years(first, last) {
    if (!first) return '—';
    const a = first.slice(0, 4);
    const b = (last || first).slice(0, 4);
    return a === b ? a : a + '–' + b;
  }

  /** What the report left out, in words; empty when it shows everything. */
  function omissions(data) {
    const l = data.limits || {};
    const parts = [];
    const said = (key, what, how) => {
      const x = l[key];
      if (x && x.total > x.shown) parts.push(D.number(x.shown) + ' of ' + D.number(x.total) + ' ' + what + (how ? ' (' + how + ')' : ''));
    };
    said('timeline', 'timeline entries', 'those with the most sources');
    said('stories', 'stories', 'the largest');
    said('documents', 'documents', 'those the evidence and stories cite, then in input order');
    said('actors', 'actors', 'the most active');
    said('rejected', 'rejected inputs');
    return parts;
  }

  function header(data) {
    const s = data.summary;
    const languages = Object.entries(s.languages || {}).sort((a, b) => b[1] - a[1]);
    const top = (s.top_outlets || []).slice(0, 3).map(o => o.outlet).join(', ');
    const figures = D.el('div', {className: 'dx-figures'},
      figure('Documents', D.number(s.documents), s.duplicates ? D.plural(s.duplicates, 'agency copy', 'agency copies') : null),
      figure('Languages', languages.length ? languages.map(([l, n]) => l.toUpperCase() + ' ' + D.number(n)).join(' · ') : '—'),
      figure('Outlets', D.number(s.outlets), top || null),
      figure('Published', years(s.first, s.last), range(s.first, s.last) + (s.undated ? '; ' + D.number(s.undated) + ' undated' : '')),
      figure('Events', D.number(s.events), D.number(s.events_on_timeline) + ' reported as happened'),
      figure('Timeline entries', D.number(s.timeline), D.number(s.timeline - s.timeline_dated) + ' without a date'),
      figure('Stories', D.number(s.stories)),
      figure('Rejected inputs', D.number(s.rejected)));
    const left = omissions(data);
    const l = data.limits || {};
    return D.el('header', {className: 'dx-header'},
      D.el('div', {className: 'dx-header-top'},
        D.el('div', null,
          D.el('div', {className: 'dx-kicker', text: 'Dossier · analysis report'}),
          D.el('h1', {text: 'Chronology of ' + D.plural(s.documents, 'report')}),
          D.el('p', {className: 'dx-subtitle', text: 'Domain pack ' + data.pack + ' · news published '
            + range(s.first, s.last) + ' · every event linked to the sentences that state it'})),
        D.el('button', {className: 'dx-button dx-print', type: 'button', text: 'Print', on: {click: () => window.print()}})),
      figures,
      left.length ? D.el('p', {className: 'dx-notice'}, D.el('strong', {text: 'Selection. '}),
        'To keep this file small it embeds ' + left.join('; ') + '. Each entry shows up to '
        + l.evidence_per_entry + ' evidence sentences of at most ' + l.evidence_chars
        + ' characters. The complete analysis is in the JSON Lines files beside this report.') : null);
  }

  function nav(sections) {
    return D.el('nav', {className: 'dx-nav', attrs: {'aria-label': 'Sections'}},
      D.el('span', {className: 'dx-nav-brand', text: 'Dossier'}),
      sections.map(([id, label]) => D.el('a', {href: '#' + id, text: label})));
  }

  function storiesTable(container, data, sources) {
    const docs = data.documents || {};
    const table = new D.Table(container, {
      rows: data.stories || [],
      rowId: s => s.id,
      filter: 'Filter stories',
      sort: {key: 'docs', descending: true},
      columns: [
        {key: 'title', label: 'Story', value: s => s.title || '',
          render: s => D.el('span', {className: 'dx-story-title', text: s.title || s.id})},
        {key: 'first', label: 'Dates', nowrap: true, value: s => s.first || '', render: s => range(s.first, s.last)},
        {key: 'languages', label: 'Languages', value: s => (s.languages || []).join(' '),
          render: s => (s.languages || []).map(l => D.el('span', {className: 'dx-lang', text: l.toUpperCase()}))},
        {key: 'docs', label: 'Documents', numeric: true, value: s => s.docs_total || (s.docs || []).length}
      ],
      detail: s => {
        const total = s.docs_total || (s.docs || []).length;
        return D.el('div', {className: 'dx-story-docs'},
          D.el('ol', null, (s.docs || []).map(id => {
            const d = docs[id];
            if (!d) return D.el('li', {className: 'dx-muted', text: 'document ' + id + ' (not embedded)'});
            return D.el('li', null, D.link(d.url, d.title || id, 'dx-doc-title' + (d.untitled ? ' dx-untitled' : '')),
              D.el('span', {className: 'dx-muted', text: ' · ' + [d.outlet, (d.language || '').toUpperCase(),
                d.published && d.published.value ? D.formatDate(d.published.value) : 'undated'].filter(Boolean).join(' · ')}),
              d.duplicate_of ? D.el('span', {className: 'dx-badge', text: 'copy'}) : null,
              id === s.central ? D.el('span', {className: 'dx-badge dx-badge-quiet', text: 'central'}) : null,
              ' ', D.el('button', {className: 'dx-linkish', type: 'button', text: 'in sources',
                on: {click: () => sources.open(id)}}));
          })),
          total > (s.docs || []).length ? D.el('p', {className: 'dx-muted', text: D.number(total - s.docs.length)
            + ' more documents in stories.jsonl'}) : null);
      }
    });
    return table;
  }

  function sourcesTable(container, data, openStory) {
    const docs = Object.values(data.documents || {});
    return new D.Table(container, {
      rows: docs,
      rowId: d => d.id,
      filter: 'Filter sources by title, outlet, language, date',
      sort: {key: 'published', descending: false},
      columns: [
        {key: 'title', label: 'Title', value: d => d.title || '',
          render: d => D.link(d.url, d.title || d.id, 'dx-doc-title' + (d.untitled ? ' dx-untitled' : ''))},
        {key: 'outlet', label: 'Outlet', value: d => d.outlet || ''},
        {key: 'language', label: 'Lang.', value: d => d.language || '',
          render: d => D.el('span', {className: 'dx-lang', text: (d.language || '').toUpperCase()})},
        {key: 'published', label: 'Published', nowrap: true, value: d => (d.published && d.published.value) || '',
          render: d => d.published && d.published.value
            ? [D.formatDate(d.published.value), D.el('span', {className: 'dx-muted', text: ' ' + d.published.origin})]
            : D.el('span', {className: 'dx-muted', text: 'unknown'})},
        {key: 'story', label: 'Story', value: d => d.story || '',
          render: d => d.story ? D.el('button', {className: 'dx-linkish', type: 'button', text: d.story,
            on: {click: () => openStory(d.story)}}) : ''},
        {key: 'duplicate_of', label: 'Copy of', value: d => d.duplicate_of || '',
          render: d => d.duplicate_of ? D.el('span', {className: 'dx-muted', text: d.duplicate_of}) : ''}
      ]
    });
  }

  function actorsTable(container, data, onActor) {
    return new D.Table(container, {
      rows: data.actors || [],
      rowId: a => a.entity,
      filter: 'Filter actors',
      sort: {key: 'events', descending: true},
      columns: [
        {key: 'name', label: 'Name', render: a => a.events
          ? D.el('button', {className: 'dx-linkish', type: 'button', text: a.name, title: 'Show on the timeline',
            on: {click: () => onActor(a.entity)}}) : a.name},
        {key: 'type', label: 'Type', value: a => (a.type || '').toLowerCase()},
        {key: 'country', label: 'Country', value: a => a.country || ''},
        {key: 'mentions', label: 'Mentions', numeric: true},
        {key: 'documents', label: 'Documents', numeric: true},
        {key: 'events', label: 'Events', numeric: true},
        {key: 'source', label: 'As source', numeric: true},
        {key: 'target', label: 'As target', numeric: true},
        {key: 'mediator', label: 'As mediator', numeric: true}
      ]
    });
  }

  D.Report = {
    mount(root, data, boundaries) {
      if (!data || data.format !== 1) {
        root.appendChild(D.el('p', {className: 'dx-notice', text: 'This report holds no data this page can read.'}));
        return;
      }
      const entries = data.timeline || [];
      const places = data.places || {};
      const hasMap = !!(boundaries && entries.some(e => e.location && places[e.location.entity]));
      const sections = [['dx-timeline', 'Timeline']];
      if (hasMap) sections.push(['dx-map', 'Map']);
      sections.push(['dx-actors', 'Actors'], ['dx-stories', 'Stories'], ['dx-sources', 'Sources']);

      const page = D.el('div', {className: 'dx-page'});
      root.append(nav(sections), page);
      page.appendChild(header(data));

      const timeline = section('dx-timeline', 'Timeline', 'Real-world events merged from every report and language. '
        + 'Each mark is one event, in the lane of its CAMEO class; bars show dates known only to the month or year. '
        + 'Click a mark or a row for its evidence.');
      page.appendChild(timeline);
      const filterBox = D.el('div');
      const axisBox = D.el('div');
      const listBox = D.el('div', {className: 'dx-entry-list'});
      timeline.append(filterBox, axisBox, listBox);

      let map = null;
      let list = null;
      const axis = new D.Timeline(axisBox, {entries, onSelect: entry => list.open(entry.id)});
      const showEntry = id => {
        if (!list.open(id)) {
          filters.reset();
          list.open(id);
        }
        axis.select(id);
      };

      let storyTable = null;
      const openStory = id => {
        document.getElementById('dx-stories').scrollIntoView();
        storyTable.open(id);
      };
      list = new D.EntryList(listBox, {entries, documents: data.documents || {},
        onSelect: entry => axis.select(entry.id), onStory: openStory});
      const filters = new D.EntryFilters(filterBox, {entries, onChange: matching => {
        axis.setEntries(matching);
        list.setEntries(matching);
        if (map) map.setEntries(matching);
      }});

      if (hasMap) {
        const mapSection = section('dx-map', 'Map', 'Where the events happened, by the places the domain pack knows. '
          + 'The map follows the timeline filters.');
        page.appendChild(mapSection);
        const mapBox = D.el('div');
        mapSection.appendChild(mapBox);
        map = new D.EventMap(mapBox, {boundaries, places, entries, onEntry: showEntry});
      }

      const actors = section('dx-actors', 'Actors', 'Who acts on whom in the timeline: an arrow from source to target, '
        + 'a dashed line from a mediator to the parties. Click an actor\'s name in the table to filter the timeline.');
      page.appendChild(actors);
      const graphBox = D.el('div');
      actors.appendChild(graphBox);
      const g = data.graph || {nodes: [], edges: []};
      new D.ActorGraph(graphBox, {graph: g, entries, onEntry: showEntry});
      if (g.actors_total > (g.nodes || []).length) {
        actors.appendChild(D.el('p', {className: 'dx-muted dx-note', text: 'The graph shows the '
          + D.number(g.nodes.length) + ' most connected of ' + D.number(g.actors_total) + ' connected actors and '
          + D.number(g.edges.length) + ' of ' + D.number(g.edges_total) + ' connections.'}));
      }
      actors.appendChild(D.el('h3', {text: 'All actors'}));
      const actorBox = D.el('div');
      actors.appendChild(actorBox);
      actorsTable(actorBox, data, id => {
        filters.setActor(id);
        document.getElementById('dx-timeline').scrollIntoView();
      });

      const stories = section('dx-stories', 'Stories', 'Reports of one news event, grouped across languages. '
        + 'Click a story for its documents.');
      page.appendChild(stories);
      const storyBox = D.el('div');
      stories.appendChild(storyBox);

      const sources = section('dx-sources', 'Sources', 'Every document of the analysis that this report embeds, '
        + 'with the origin of its publication date.');
      page.appendChild(sources);
      const sourceBox = D.el('div');
      sources.appendChild(sourceBox);
      const sourceTable = sourcesTable(sourceBox, data, openStory);
      storyTable = storiesTable(storyBox, data, {open: id => {
        document.getElementById('dx-sources').scrollIntoView();
        sourceTable.open(id);
      }});

      const rejected = data.rejected || [];
      if (rejected.length) {
        sources.appendChild(D.el('h3', {text: 'Rejected inputs'}));
        const box = D.el('div');
        sources.appendChild(box);
        new D.Table(box, {rows: rejected, columns: [
          {key: 'input', label: 'Input', render: r => D.el('code', {text: r.input})},
          {key: 'reason', label: 'Reason'}]});
      }

      page.appendChild(D.el('footer', {className: 'dx-footer'},
        D.el('p', {text: 'Generated by Dossier from the files documents.jsonl, events.jsonl, timeline.jsonl, '
          + 'stories.jsonl, mentions.jsonl and rejected.jsonl. Everything is embedded in this file; it loads nothing '
          + 'from the network. Links open the articles at their publishers.'}),
        data.places && Object.keys(places).length && hasMap ? D.el('p', {text: 'Map: country boundaries from Natural Earth '
          + '(public domain), which draws them by de facto status.'}) : null));
    }
  };
})(window.Dossier = window.Dossier || {});
