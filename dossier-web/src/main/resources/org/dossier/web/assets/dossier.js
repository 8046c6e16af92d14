/*
 * dossier.js: the shared toolkit of Dossier's browser components (timeline.js, entries.js, graph.js, map.js,
 * report.js). Plain ES2020 without framework or build step: each file is an IIFE that adds to the global
 * `Dossier` namespace, so a page loads them in that order as files (web UI) or inline (report.html).
 *
 * Every text reaches the page through textContent or attribute values, never as markup, so article text
 * with tags in it shows as text.
 *
 *   Dossier.el(tag, props, ...children)   HTML element; props: {className, text, title, href, on: {click: fn},
 *                                         dataset: {...}, attrs: {...}}; children: nodes, strings, null
 *   Dossier.svg(tag, attrs, ...children)  SVG element with attributes
 *   Dossier.readJson(id)                  the parsed JSON in the script element (type application/json) with
 *                                         that id, or null
 *   Dossier.QUADS                         [{id: 1..4, key, label, short}] CAMEO quad classes, in order
 *   Dossier.quadOf(cameo)                 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
 *                                         3 verbal conflict (09-13), 4 material conflict (14-20), 0 otherwise
 *                                         (the same grouping as org.dossier.pack.Cameo#quadClass)
 *   Dossier.CAMEO_ROOTS                   {"01": "Make public statement", ...} the 20 CAMEO root labels
 *   Dossier.dateRange(value)              a TIMEX3 date value ("2020-10-09", "2020-10", "2020", "199",
 *                                         "2020-W41", "2020-SU", "2020-Q3") as {start, end} in ms UTC, end
 *                                         exclusive; null for a value with no place in time ("XXXX-WXX-5")
 *   Dossier.formatDate(value, [granularity])  "9 Oct 2020", "Oct 2020", "2020", "1990s", "undated"
 *   Dossier.formatDay(ms)                 "9 Oct 2020"
 *   Dossier.number(n)                     "12,345"
 *   Dossier.plural(n, word, [words])      "1 document", "3 documents"
 *   Dossier.safeUrl(url)                  the URL when it is http(s), else null (no javascript: links)
 *   Dossier.link(url, text)               an <a> opening the URL in a new tab, or a <span> without a safe URL
 *   Dossier.actorLine(entry)              "Armenia → Azerbaijan · mediator Russia"
 *   Dossier.Tooltip(container)            .show(clientX, clientY, nodes) / .hide(): one floating box
 *   Dossier.Table(container, options)     a sortable, filterable table, see below
 */
(function (D) {
  'use strict';

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;

  function append(parent, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(parent, c);
      else parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return parent;
  }

  D.el = function (tag, props, ...children) {
    const e = document.createElement(tag);
    const p = props || {};
    if (p.className) e.className = p.className;
    if (p.text !== undefined && p.text !== null) e.textContent = String(p.text);
    if (p.title) e.title = p.title;
    if (p.href) e.href = p.href;
    if (p.id) e.id = p.id;
    if (p.type) e.type = p.type;
    if (p.dataset) for (const k of Object.keys(p.dataset)) e.dataset[k] = p.dataset[k];
    if (p.attrs) for (const k of Object.keys(p.attrs)) e.setAttribute(k, p.attrs[k]);
    if (p.on) for (const k of Object.keys(p.on)) e.addEventListener(k, p.on[k]);
    return append(e, children);
  };

  D.svg = function (tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    if (attrs) for (const k of Object.keys(attrs)) {
      if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    }
    return append(e, children);
  };

  D.readJson = function (id) {
    const e = document.getElementById(id);
    return e ? JSON.parse(e.textContent) : null;
  };

  D.QUADS = [
    {id: 1, key: 'verbal-cooperation', label: 'Verbal cooperation', short: 'Verbal coop.'},
    {id: 2, key: 'material-cooperation', label: 'Material cooperation', short: 'Material coop.'},
    {id: 3, key: 'verbal-conflict', label: 'Verbal conflict', short: 'Verbal conflict'},
    {id: 4, key: 'material-conflict', label: 'Material conflict', short: 'Material conflict'}
  ];

  D.quadOf = function (cameo) {
    const root = parseInt(String(cameo || '').slice(0, 2), 10);
    if (root >= 1 && root <= 5) return 1;
    if (root >= 6 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
    return 0;
  };

  D.CAMEO_ROOTS = {
    '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
    '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
    '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
    '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
    '19': 'Fight', '20': 'Use unconventional mass violence'
  };

  const SEASONS = {SP: [2, 3], SU: [5, 3], FA: [8, 3], AU: [8, 3], WI: [11, 3]};

  D.dateRange = function (value) {
    if (typeof value !== 'string') return null;
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
      const s = Date.UTC(+m[1], +m[2] - 1, +m[3]);
      return {start: s, end: s + DAY};
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
      return {start: Date.UTC(+m[1], +m[2] - 1, 1), end: Date.UTC(+m[1], +m[2], 1)};
    }
    if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
      // ISO week: the week with the year's first Thursday is week 1
      const jan4 = Date.UTC(+m[1], 0, 4);
      const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
      const s = monday + (+m[2] - 1) * 7 * DAY;
      return {start: s, end: s + 7 * DAY};
    }
    if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) {
      const [month, months] = SEASONS[m[2]];
      return {start: Date.UTC(+m[1], month, 1), end: Date.UTC(+m[1], month + months, 1)};
    }
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
      return {start: Date.UTC(+m[1], (+m[2] - 1) * 3, 1), end: Date.UTC(+m[1], +m[2] * 3, 1)};
    }
    if ((m = /^(\d{4})-H([12])$/.exec(value))) {
      return {start: Date.UTC(+m[1], (+m[2] - 1) * 6, 1), end: Date.UTC(+m[1], +m[2] * 6, 1)};
    }
    if ((m = /^(\d{4})$/.exec(value))) return {start: Date.UTC(+m[1], 0, 1), end: Date.UTC(+m[1] + 1, 0, 1)};
    if ((m = /^(\d{3})$/.exec(value))) return {start: Date.UTC(+m[1] * 10, 0, 1), end: Date.UTC(+m[1] * 10 + 10, 0, 1)};
    return null;
  };

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const SEASON_NAMES = {SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter'};
  D.MONTHS = MONTHS;

  D.formatDay = function (ms) {
    const d = new Date(ms);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  };

  D.formatDate = function (value) {
    if (typeof value !== 'string' || value === '') return 'undated';
    let m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return +m[3] + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1];
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return MONTHS[+m[2] - 1] + ' ' + m[1];
    if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return 'week ' + (+m[2]) + ', ' + m[1];
    if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return SEASON_NAMES[m[2]] + ' ' + m[1];
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return 'Q' + m[2] + ' ' + m[1];
    if (/^\d{4}$/.test(value)) return value;
    if (/^\d{3}$/.test(value)) return value + '0s';
    return value;
  };

  D.number = function (n) {
    return (typeof n === 'number' ? n : Number(n || 0)).toLocaleString('en-US');
  };

  D.plural = function (n, word, words) {
    return D.number(n) + ' ' + (n === 1 ? word : (words || word + 's'));
  };

  D.safeUrl = function (url) {
    if (typeof url !== 'string') return null;
    try {
      const u = new URL(url.trim());
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  };

  D.link = function (url, text, className) {
    const safe = D.safeUrl(url);
    if (!safe) return D.el('span', {className: className, text: text});
    return D.el('a', {className: className, text: text, href: safe, title: safe,
      attrs: {target: '_blank', rel: 'noopener noreferrer'}});
  };

  function names(list) {
    return (list || []).map(a => (a.name || a.entity) + (a.inferred ? ' (inferred)' : '')).join(', ');
  }

  D.actorNames = names;

  D.actorLine = function (entry) {
    const parts = [];
    const s = names(entry.source);
    const t = names(entry.target);
    if (s && t) parts.push(s + ' → ' + t);
    else if (s) parts.push(s);
    else if (t) parts.push('→ ' + t);
    if (entry.mediator && entry.mediator.length) parts.push('mediator ' + names(entry.mediator));
    return parts.join(' · ');
  };

  /** A floating box over a container (which must be positioned), placed near the pointer. */
  D.Tooltip = class {
    constructor(container) {
      this.container = container;
      this.box = D.el('div', {className: 'dx-tooltip', attrs: {role: 'tooltip'}});
      this.box.hidden = true;
      container.appendChild(this.box);
    }

    show(clientX, clientY, ...content) {
      this.box.replaceChildren();
      append(this.box, content);
      this.box.hidden = false;
      const frame = this.container.getBoundingClientRect();
      const w = this.box.offsetWidth;
      let x = clientX - frame.left + 14;
      if (x + w > frame.width - 4) x = Math.max(4, clientX - frame.left - w - 14);
      this.box.style.left = x + 'px';
      this.box.style.top = (clientY - frame.top + 14) + 'px';
    }

    hide() {
      this.box.hidden = true;
    }
  };

  /*
   * new Dossier.Table(container, {
   *   columns: [{key, label, value: row => sortable value, render: row => Node | string, numeric: bool,
 *              nowrap: bool}],
   *   rows, sort: {key, descending}, filter: 'placeholder text' (a search box over the rendered text),
   *   page: 200 (rows shown before a "show more" button), detail: row => Node (rows expand on click),
   *   rowId: row => string (for open()), caption: string
   * })
   *   .setRows(rows)  .open(id) (expands a row and scrolls to it)  .element
   */
  D.Table = class {
    constructor(container, options) {
      this.options = options;
      this.columns = options.columns;
      this.sort = options.sort || {key: this.columns[0].key, descending: false};
      this.pageSize = options.page || 200;
      this.query = '';
      this.shown = this.pageSize;
      this.element = D.el('div', {className: 'dx-table-wrap'});
      if (options.filter) {
        this.search = D.el('input', {className: 'dx-input dx-table-filter', type: 'search',
          attrs: {placeholder: options.filter, 'aria-label': options.filter}});
        this.search.addEventListener('input', () => {
          this.query = this.search.value.trim().toLowerCase();
          this.shown = this.pageSize;
          this.render();
        });
        this.count = D.el('span', {className: 'dx-muted dx-table-count'});
        this.element.appendChild(D.el('div', {className: 'dx-table-tools'}, this.search, this.count));
      }
      this.table = D.el('table', {className: 'dx-table'});
      if (options.caption) this.table.appendChild(D.el('caption', {text: options.caption}));
      this.head = D.el('thead');
      this.body = D.el('tbody');
      this.table.append(this.head, this.body);
      this.more = D.el('button', {className: 'dx-button dx-more', type: 'button', on: {click: () => {
        this.shown += this.pageSize;
        this.render();
      }}});
      this.element.append(D.el('div', {className: 'dx-table-scroll'}, this.table), this.more);
      container.appendChild(this.element);
      this.setRows(options.rows || []);
    }

    setRows(rows) {
      this.rows = rows;
      this.texts = new Map();
      this.render();
    }

    textOf(row) {
      let t = this.texts.get(row);
      if (t === undefined) {
        t = this.columns.map(c => {
          const v = c.value ? c.value(row) : row[c.key];
          return v === null || v === undefined ? '' : String(v);
        }).join(' ').toLowerCase();
        this.texts.set(row, t);
      }
      return t;
    }

    visibleRows() {
      const col = this.columns.find(c => c.key === this.sort.key) || this.columns[0];
      const value = col.value || (r => r[col.key]);
      const rows = this.query ? this.rows.filter(r => this.textOf(r).includes(this.query)) : this.rows.slice();
      const dir = this.sort.descending ? -1 : 1;
      rows.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        if (x === y) return 0;
        if (x === null || x === undefined || x === '') return 1;
        if (y === null || y === undefined || y === '') return -1;
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
      });
      return rows;
    }

    render() {
      this.head.replaceChildren(D.el('tr', null, this.columns.map(c => {
        const sorted = this.sort.key === c.key;
        const th = D.el('th', {className: (c.numeric ? 'dx-num ' : '') + (sorted ? 'dx-sorted' : ''),
          attrs: {scope: 'col', 'aria-sort': sorted ? (this.sort.descending ? 'descending' : 'ascending') : 'none'}},
        D.el('button', {className: 'dx-sort', type: 'button', text: c.label, on: {click: () => {
          this.sort = {key: c.key, descending: sorted ? !this.sort.descending : !!c.numeric};
          this.render();
        }}}, sorted ? D.el('span', {className: 'dx-sort-mark', text: this.sort.descending ? ' ▾' : ' ▴'}) : null));
        return th;
      })));
      const rows = this.visibleRows();
      this.body.replaceChildren();
      for (const row of rows.slice(0, this.shown)) this.body.appendChild(this.renderRow(row));
      if (this.count) {
        this.count.textContent = this.query ? D.number(rows.length) + ' of ' + D.number(this.rows.length)
          : D.number(this.rows.length) + (this.rows.length === 1 ? ' row' : ' rows');
      }
      this.more.hidden = rows.length <= this.shown;
      this.more.textContent = 'Show ' + D.number(Math.min(this.pageSize, rows.length - this.shown)) + ' more of '
        + D.number(rows.length - this.shown);
      this.visible = rows;
    }

    renderRow(row) {
      const tr = D.el('tr', null, this.columns.map(c => {
        const content = c.render ? c.render(row) : c.value ? c.value(row) : row[c.key];
        return D.el('td', {className: (c.numeric ? 'dx-num' : '') + (c.nowrap ? ' dx-nowrap' : '')},
          content === null || content === undefined ? '' : content);
      }));
      if (this.options.rowId) tr.dataset.id = this.options.rowId(row);
      if (this.options.detail) {
        tr.classList.add('dx-expandable');
        tr.tabIndex = 0;
        tr.setAttribute('aria-expanded', 'false');
        const toggle = (ev) => {
          if (ev.target.closest('a, button')) return;
          this.toggle(tr, row);
        };
        tr.addEventListener('click', toggle);
        tr.addEventListener('keydown', ev => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            this.toggle(tr, row);
          }
        });
      }
      return tr;
    }

    toggle(tr, row, open) {
      const next = tr.nextElementSibling;
      const isOpen = next && next.classList.contains('dx-detail-row');
      if (isOpen && open !== true) {
        next.remove();
        tr.setAttribute('aria-expanded', 'false');
      } else if (!isOpen && open !== false) {
        const td = D.el('td', {attrs: {colspan: String(this.columns.length)}}, this.options.detail(row));
        tr.after(D.el('tr', {className: 'dx-detail-row'}, td));
        tr.setAttribute('aria-expanded', 'true');
      }
    }

    open(id) {
      if (this.query) {
        this.query = '';
        if (this.search) this.search.value = '';
      }
      const rows = this.visibleRows();
      const index = rows.findIndex(r => this.options.rowId(r) === id);
      if (index < 0) return false;
      if (index >= this.shown) {
        this.shown = Math.ceil((index + 1) / this.pageSize) * this.pageSize;
      }
      this.render();
      const tr = Array.from(this.body.children).find(r => r.dataset.id === id);
      if (!tr) return false;
      if (this.options.detail) this.toggle(tr, rows[index], true);
      tr.classList.add('dx-flash');
      setTimeout(() => tr.classList.remove('dx-flash'), 1600);
      tr.scrollIntoView({block: 'center'});
      return true;
    }
  };
})(window.Dossier = window.Dossier || {});
