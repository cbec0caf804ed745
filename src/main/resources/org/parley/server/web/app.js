// Parley's web UI: plain JavaScript and SVG over the REST API, so that it needs nothing from the network.
'use strict';

const main = document.getElementById('main');
const tip = document.getElementById('tip');
const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
const QUAD_COLOUR = {1: '#2e7d32', 2: '#66bb6a', 3: '#ef6c00', 4: '#c62828'};

// A token given once in the address (?token=...) is kept for the session and sent with every call.
const given = new URLSearchParams(location.search).get('token');
if (given) sessionStorage.setItem('parley-token', given);

async function api(path) {
  const headers = {};
  const token = sessionStorage.getItem('parley-token');
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const response = await fetch('/api/' + path, {headers});
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

function day(iso) {
  return iso ? iso.substring(0, 10) : 'undated';
}

function actorLink(a) {
  if (!a || !a.code) return '<span class="muted">—</span>';
  const name = a.name ? ` <span class="muted">${esc(a.name)}</span>` : '';
  return `<a class="code" href="#/actor/${encodeURIComponent(a.code)}">${esc(a.code)}</a>${name}`;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach(x => q.append(k, x));
    else if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  return q.toString();
}

function routeParams() {
  const hash = location.hash.slice(1) || '/';
  const [path, search] = hash.split('?');
  return {parts: path.split('/').filter(Boolean), params: new URLSearchParams(search || '')};
}

function go(path, params) {
  const q = query(params || {});
  location.hash = path + (q ? '?' + q : '');
}

async function render() {
  const {parts, params} = routeParams();
  const page = parts[0] || 'search';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.page === page));
  hideTip();
  try {
    if (page === 'search') await searchPage(params);
    else if (page === 'article') await articlePage(parts[1]);
    else if (page === 'events') await eventsPage(params);
    else if (page === 'timeline') await timelinePage(params);
    else if (page === 'network') await networkPage(params);
    else if (page === 'map') await mapPage(params);
    else if (page === 'actor') await actorPage(decodeURIComponent(parts[1] || ''));
    else main.innerHTML = '<p class="error">No such page.</p>';
  } catch (e) {
    main.innerHTML = `<p class="error">${esc(e.message)}</p>`;
  }
}

// ---- search

const FACET_NAMES = {actor: 'Actors', country: 'Countries', person: 'Persons', root: 'CAMEO root', quad: 'QuadClass',
  status: 'Status', theme: 'Themes', outlet: 'Outlets', genre: 'Genre', month: 'Month'};

async function searchPage(params) {
  const filters = {};
  for (const f of Object.keys(FACET_NAMES)) if (params.getAll(f).length) filters[f] = params.getAll(f);
  const page = +(params.get('page') || 1);
  const r = await api('search?' + query({q: params.get('q'), ...filters, since: params.get('since'),
    until: params.get('until'), page, size: 20, facets: true, sort: params.get('sort')}));
  const active = Object.entries(filters).flatMap(([f, vs]) => vs.map(v => `<span class="code">${esc(f)}:${esc(v)}</span>`)).join(' ');
  main.innerHTML = `
    <form class="filters" id="search-form">
      <label>Search articles<input name="q" placeholder='sanctions, "trade war", actor:RUSGOV' value="${esc(params.get('q') || '')}"></label>
      <label>Since<input name="since" type="date" value="${esc(params.get('since') || '')}"></label>
      <label>Until<input name="until" type="date" value="${esc(params.get('until') || '')}"></label>
      <label>Order<select name="sort"><option value="relevance">best match</option><option value="newest" ${params.get('sort') === 'newest' ? 'selected' : ''}>newest</option></select></label>
      <button type="submit">Search</button>
    </form>
    <div class="layout">
      <aside class="facets" id="facets">${facetsHtml(r.facets, params)}</aside>
      <section>
        <p class="muted" id="result-count">${r.total} article(s) ${active ? 'with ' + active : ''} ${active ? '<a href="#/search?' + query({q: params.get('q')}) + '">clear filters</a>' : ''}</p>
        <div id="hits">${r.hits.map(hitHtml).join('')}</div>
        ${pager(r, page, p => '#/search?' + withParam(params, 'page', p))}
      </section>
    </div>`;
  document.getElementById('search-form').addEventListener('submit', e => {
    e.preventDefault();
    const data = new FormData(e.target);
    go('/search', {...filters, q: data.get('q'), since: data.get('since'), until: data.get('until'), sort: data.get('sort')});
  });
}

function withParam(params, name, value) {
  const copy = new URLSearchParams(params);
  copy.set(name, value);
  return copy.toString();
}

function facetsHtml(facets, params) {
  return Object.entries(facets || {}).map(([dim, counts]) => `
    <h3>${esc(FACET_NAMES[dim] || dim)}</h3>
    ${counts.map(c => {
      const next = new URLSearchParams(params);
      next.append(dim, c.value);
      next.delete('page');
      const label = dim === 'quad' ? `${c.value} ${QUAD[c.value] || ''}` : c.value;
      return `<a href="#/search?${next}" data-facet="${esc(dim)}">${esc(label)} <span class="count">${c.count}</span></a>`;
    }).join('')}`).join('');
}

function hitHtml(h) {
  const snippets = h.snippets.map(s => `<p>${marked(s)}</p>`).join('');
  return `<div class="hit">
    <a class="title" href="#/article/${h.id}"><b>${esc(h.title || '(untitled)')}</b></a>
    <div class="meta">${esc(day(h.published))}${h.outlet ? ' · ' + esc(h.outlet) : ''}</div>${snippets}</div>`;
}

/** A snippet with its highlighted words (offsets in the body) in <mark>. */
function marked(s) {
  let out = '', at = 0;
  for (const m of s.highlights) {
    const from = m.start - s.start, to = m.end - s.start;
    if (from < at || to > s.text.length) continue;
    out += esc(s.text.substring(at, from)) + '<mark>' + esc(s.text.substring(from, to)) + '</mark>';
    at = to;
  }
  return out + esc(s.text.substring(at));
}

function pager(r, page, link) {
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  if (pages === 1) return '';
  return `<div class="pager">${page > 1 ? `<a href="${link(page - 1)}">← previous</a>` : ''}
    <span class="muted">page ${page} of ${pages}</span>${page < pages ? `<a href="${link(page + 1)}">next →</a>` : ''}</div>`;
}

// ---- one article, annotated

async function articlePage(id) {
  const a = await api('articles/' + encodeURIComponent(id));
  const spans = [];
  a.events.forEach((e, i) => spans.push({start: e.evidence.start, end: e.evidence.end, cls: 'ev q' + e.quad_class, event: i}));
  a.actors.forEach(x => spans.push({start: x.start, end: x.end, cls: 'actor', title: `${x.code || '?'} ${x.name || ''}`}));
  a.timexes.forEach(t => spans.push({start: t.start, end: t.end, cls: 'timex', title: `${t.type} ${t.value || ''}`}));
  a.quotes.forEach(q => spans.push({start: q.start, end: q.end, cls: 'quote', title: 'quote: ' + (q.speaker ? q.speaker.name : 'unknown speaker')}));
  main.innerHTML = `
    <h1>${esc(a.title || '(untitled)')}</h1>
    <p class="muted">${esc(day(a.published))}${a.outlet ? ' · ' + esc(a.outlet) : ''} · ${esc(a.genre || '')}
      ${a.url ? ` · <a href="${esc(a.url)}" rel="noreferrer">source</a>` : ''}</p>
    <p class="legend"><span class="ev q1">event (coloured by QuadClass)</span><span class="actor">actor</span>
      <span class="timex">time expression</span><span class="quote">quote</span></p>
    <div class="article">
      <div class="body" id="body">${annotate(a.body, spans, a.events)}</div>
      <aside class="side">
        <h2>${a.events.length} event(s)</h2>
        ${a.events.map((e, i) => `<div class="card" data-event="${i}">
          <span class="code">${esc(e.code)}</span> ${actorLink(e.source)} → ${actorLink(e.target)}<br>
          <span class="q${e.quad_class}c">${esc(e.status)}</span> · ${esc(e.date_from || 'no date')}</div>`).join('')}
        <h2>${a.quotes.length} quote(s)</h2>
        ${a.quotes.map(q => `<div class="card">“${esc(q.text.length > 140 ? q.text.substring(0, 140) + '…' : q.text)}”
          <br><span class="muted">— ${esc(q.speaker ? q.speaker.name : 'unknown')}${q.speaker && q.speaker.code ? ' (' + esc(q.speaker.code) + ')' : ''}</span></div>`).join('')}
      </aside>
    </div>`;
  const body = document.getElementById('body');
  body.addEventListener('mouseover', e => {
    const el = e.target.closest('[data-events]');
    if (!el) return hideTip();
    const events = el.dataset.events.split(',').map(i => a.events[+i]);
    body.querySelectorAll('.hover').forEach(x => x.classList.remove('hover'));
    body.querySelectorAll(`[data-events="${el.dataset.events}"]`).forEach(x => x.classList.add('hover'));
    showTip(events.map(eventTip).join('<hr>'), e);
  });
  body.addEventListener('mouseleave', hideTip);
}

function eventTip(e) {
  const side = x => x ? `${x.code || '?'}${x.name ? ' (' + x.name + ')' : ''}` : '—';
  return `<b>${esc(e.code)}</b> ${esc(side(e.source))} → ${esc(side(e.target))}<br>
    status: ${esc(e.status)} · date: ${esc(e.date_from ? (e.date_from === e.date_to ? e.date_from : e.date_from + '…' + e.date_to) : 'unknown')}
    · QuadClass ${e.quad_class} · Goldstein ${e.goldstein}<br>
    ${e.place ? `place: ${esc(e.place.name)}${e.place.country ? ' (' + esc(e.place.country) + ')' : ''}${e.place.latitude != null ? ' ' + e.place.latitude + ', ' + e.place.longitude : ''}<br>` : ''}
    trigger: “${esc(e.trigger ? e.trigger.text : '')}” · evidence [${e.evidence.start}, ${e.evidence.end})`;
}

/** The body cut at every span boundary; each piece carries the classes of the spans that cover it. */
function annotate(body, spans, events) {
  const cuts = new Set([0, body.length]);
  spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].filter(p => p >= 0 && p <= body.length).sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const covering = spans.filter(s => s.start <= from && s.end >= to);
    const text = esc(body.substring(from, to));
    if (!covering.length) { out += text; continue; }
    const classes = [...new Set(covering.map(s => s.cls))].join(' ');
    const ev = covering.filter(s => s.event !== undefined).map(s => s.event);
    const titles = covering.filter(s => s.title).map(s => s.title).join('; ');
    out += `<span class="${classes}"${ev.length ? ` data-events="${ev.join(',')}"` : ''}${titles ? ` title="${esc(titles)}"` : ''}>${text}</span>`;
  }
  return out;
}

function showTip(html, e) {
  tip.innerHTML = html;
  tip.hidden = false;
  tip.style.left = Math.min(e.clientX + 14, window.innerWidth - 430) + 'px';
  tip.style.top = (e.clientY + 16) + 'px';
}

function hideTip() {
  tip.hidden = true;
}

// ---- events table

async function eventsPage(params) {
  const page = +(params.get('page') || 1);
  const filters = eventFilterValues(params);
  const r = await api('events?' + query({...filters, page, size: 50}));
  main.innerHTML = `
    <h1>Events</h1>
    ${eventFilters('event-form', filters)}
    <p class="muted" id="event-count">${r.total} event(s)</p>
    <table id="events"><thead><tr><th>date</th><th>source</th><th>code</th><th>target</th><th>status</th><th>Goldstein</th><th>evidence</th></tr></thead>
    <tbody>${r.items.map(e => `<tr>
      <td>${esc(e.date_from || day(e.article.published))}</td><td>${actorLink(e.source)}</td>
      <td class="code q${e.quad_class}c">${esc(e.code)}</td><td>${actorLink(e.target)}</td><td>${esc(e.status)}</td>
      <td>${e.goldstein}</td><td><a href="#/article/${e.article.id}">${esc(e.evidence.text.length > 120 ? e.evidence.text.substring(0, 120) + '…' : e.evidence.text)}</a></td></tr>`).join('')}</tbody></table>
    ${pager(r, page, p => '#/events?' + withParam(params, 'page', p))}`;
  document.getElementById('event-form').addEventListener('submit', e => {
    e.preventDefault();
    go('/events', Object.fromEntries(new FormData(e.target)));
  });
}

/** The event filters of the page's address. */
function eventFilterValues(params) {
  return {actor: params.get('actor'), root: params.get('root'), status: params.get('status'),
    quad: params.get('quad'), since: params.get('since'), until: params.get('until')};
}

/** The form of the event filters, shared by the event table and the map. */
function eventFilters(id, filters) {
  return `<form class="filters" id="${id}">
      <label>Actor<input name="actor" size="8" placeholder="RUS" value="${esc(filters.actor || '')}"></label>
      <label>Root code<input name="root" size="4" placeholder="04" value="${esc(filters.root || '')}"></label>
      <label>Status<select name="status"><option value="">any</option>
        ${['occurred', 'announced', 'planned', 'negated', 'hypothetical'].map(s => `<option ${filters.status === s ? 'selected' : ''}>${s}</option>`).join('')}</select></label>
      <label>QuadClass<select name="quad"><option value="">any</option>
        ${[1, 2, 3, 4].map(q => `<option value="${q}" ${filters.quad == q ? 'selected' : ''}>${q} ${QUAD[q]}</option>`).join('')}</select></label>
      <label>Since<input name="since" type="date" value="${esc(filters.since || '')}"></label>
      <label>Until<input name="until" type="date" value="${esc(filters.until || '')}"></label>
      <button type="submit">Filter</button>
    </form>`;
}

// ---- map

let world = null; // the country outlines, read once

/** Country outlines from the bundled TopoJSON: arcs decoded, rings joined, as lists of [lon, lat] rings. */
async function worldOutlines() {
  if (world) return world;
  const response = await fetch('/countries-110m.json');
  const topo = await response.json();
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = indexes => indexes.reduce((points, i) => {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    return points.concat(points.length ? a.slice(1) : a);
  }, []);
  world = topo.objects.countries.geometries.map(g => ({
    name: g.properties && g.properties.name,
    rings: g.type === 'Polygon' ? g.arcs.map(ring) : g.type === 'MultiPolygon' ? g.arcs.flat().map(ring) : []
  }));
  return world;
}

async function mapPage(params) {
  const filters = eventFilterValues(params);
  const [outlines, r] = await Promise.all([worldOutlines(), api('places?' + query({...filters, size: 500}))]);
  main.innerHTML = `
    <h1>Map</h1>
    ${eventFilters('map-form', filters)}
    <p class="muted" id="place-count">${r.events} placed event(s) at ${r.total} place(s). Click a point for its events.</p>
    ${mapSvg(outlines, r.items)}
    <p class="legend">${[1, 2, 3, 4].map(q => `<span style="color:${QUAD_COLOUR[q]}">● ${QUAD[q]}</span>`).join('')}</p>
    <div id="place-events"></div>`;
  document.getElementById('map-form').addEventListener('submit', e => {
    e.preventDefault();
    go('/map', Object.fromEntries(new FormData(e.target)));
  });
  document.querySelectorAll('#map .place').forEach(point => point.addEventListener('click', () => {
    const p = r.items[+point.dataset.index];
    document.getElementById('place-events').innerHTML = `
      <h2 id="place-name">${esc(p.name)}${p.admin1 ? ', ' + esc(p.admin1) : ''} <span class="code">${esc(p.country || '')}</span></h2>
      <p class="muted">${p.events} event(s): ${[1, 2, 3, 4].map(q => `${p.quad[q]} ${QUAD[q]}`).join(', ')}; mean Goldstein ${p.goldstein}</p>
      <ul>${p.latest.map(x => `<li><a href="#/article/${x.article}">event ${x.event} in article ${x.article}</a></li>`).join('')}</ul>`;
  }));
}

/** An equirectangular world: country outlines, and a point per place sized by its events, coloured by their main QuadClass. */
function mapSvg(outlines, places, width = 1100, height = 550) {
  const x = lon => (lon + 180) / 360 * width, y = lat => (90 - lat) / 180 * height;
  // a ring that crosses the 180th meridian is cut there rather than drawn across the whole map
  const path = ring => ring.map(([lon, lat], i) => (i === 0 || Math.abs(lon - ring[i - 1][0]) > 180 ? 'M' : 'L')
    + x(lon).toFixed(1) + ',' + y(lat).toFixed(1)).join('') + 'Z';
  const countries = outlines.map(c => `<path class="country" d="${c.rings.map(path).join('')}"><title>${esc(c.name || '')}</title></path>`).join('');
  const points = places.map((p, i) => {
    const main = [1, 2, 3, 4].reduce((best, q) => p.quad[q] > p.quad[best] ? q : best, 1);
    const radius = 3 + 2 * Math.sqrt(p.events);
    return `<circle class="place" data-index="${i}" cx="${x(p.longitude).toFixed(1)}" cy="${y(p.latitude).toFixed(1)}" r="${radius.toFixed(1)}"
      fill="${QUAD_COLOUR[main]}"><title>${esc(p.name)} ${esc(p.country || '')}: ${p.events} event(s)</title></circle>`;
  }).join('');
  return `<svg id="map" viewBox="0 0 ${width} ${height}" width="100%">${countries}${points}</svg>`;
}

// ---- timeline

async function timelinePage(params) {
  const by = params.get('by') || 'month';
  const actor = params.get('actor') || '';
  const r = await api('stats?' + query({by, actor}));
  main.innerHTML = `
    <h1>Timeline</h1>
    <form class="filters" id="timeline-form">
      <label>Actor<input name="actor" size="8" placeholder="all" value="${esc(actor)}"></label>
      <label>Per<select name="by">${['day', 'week', 'month'].map(b => `<option ${b === by ? 'selected' : ''}>${b}</option>`).join('')}</select></label>
      <button type="submit">Show</button>
    </form>
    <div class="stats"><div><b>${r.events}</b>events</div><div><b>${r.goldstein}</b>mean Goldstein</div><div><b>${r.groups.length}</b>${esc(by)}s</div></div>
    ${timelineSvg(r.groups)}
    <p class="legend">${[1, 2, 3, 4].map(q => `<span style="color:${QUAD_COLOUR[q]}">■ ${QUAD[q]}</span>`).join('')}</p>`;
  document.getElementById('timeline-form').addEventListener('submit', e => {
    e.preventDefault();
    go('/timeline', Object.fromEntries(new FormData(e.target)));
  });
}

/** Stacked bars per period, one colour per QuadClass. */
function timelineSvg(groups, width = 1100, height = 320) {
  if (!groups.length) return '<p class="muted">No dated events.</p>';
  const left = 40, bottom = 60, max = Math.max(...groups.map(g => g.events));
  const step = (width - left - 10) / groups.length, bar = Math.max(2, Math.min(40, step * 0.8));
  const y = v => (height - bottom) * (1 - v / max) + 10;
  let bars = '';
  groups.forEach((g, i) => {
    let acc = 0;
    const x = left + i * step + (step - bar) / 2;
    for (const q of [1, 2, 3, 4]) {
      const n = g.quad[q];
      if (!n) continue;
      bars += `<rect class="bar" x="${x}" y="${y(acc + n)}" width="${bar}" height="${y(acc) - y(acc + n)}" fill="${QUAD_COLOUR[q]}"><title>${esc(g.key)}: ${n} ${QUAD[q]}</title></rect>`;
      acc += n;
    }
    if (groups.length <= 40 || i % Math.ceil(groups.length / 40) === 0) {
      bars += `<text x="${x + bar / 2}" y="${height - bottom + 24}" transform="rotate(45 ${x + bar / 2} ${height - bottom + 24})">${esc(g.key)}</text>`;
    }
  });
  const axis = `<line x1="${left}" y1="${y(0)}" x2="${width}" y2="${y(0)}" stroke="#999"/><text x="4" y="${y(max) + 4}">${max}</text><text x="4" y="${y(0)}">0</text>`;
  return `<svg id="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${axis}${bars}</svg>`;
}

// ---- network

async function networkPage(params) {
  const by = params.get('by') === 'pair' ? 'pair' : 'code-pair';
  const r = await api('stats?' + query({by}));
  main.innerHTML = `
    <h1>Actor network</h1>
    <p class="muted">Nodes are actors (${by === 'pair' ? 'countries' : 'actor codes'}), edges their events, coloured by the QuadClass most of them have;
      <a href="#/network?by=${by === 'pair' ? 'code-pair' : 'pair'}">show ${by === 'pair' ? 'actor codes' : 'countries'}</a>. Click a node for its dossier.</p>
    ${networkSvg(r.groups.filter(g => g.source && g.target && g.source !== g.target))}
    <p class="legend">${[1, 2, 3, 4].map(q => `<span style="color:${QUAD_COLOUR[q]}">— ${QUAD[q]}</span>`).join('')}</p>`;
  document.querySelectorAll('#network .node').forEach(n => n.addEventListener('click', () => go('/actor/' + n.dataset.code)));
}

/** A small force layout: nodes repel, edges pull, a few hundred steps; enough for a few hundred actors. */
function networkSvg(edges, width = 1100, height = 640) {
  if (!edges.length) return '<p class="muted">No events between two actors yet.</p>';
  const ids = [...new Set(edges.flatMap(e => [e.source, e.target]))];
  const weight = {};
  edges.forEach(e => { weight[e.source] = (weight[e.source] || 0) + e.events; weight[e.target] = (weight[e.target] || 0) + e.events; });
  const nodes = ids.map((id, i) => ({id, x: width / 2 + 200 * Math.cos(2 * Math.PI * i / ids.length),
    y: height / 2 + 200 * Math.sin(2 * Math.PI * i / ids.length), dx: 0, dy: 0}));
  const at = Object.fromEntries(nodes.map(n => [n.id, n]));
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (const a of nodes) {
      a.dx = (width / 2 - a.x) * 0.01; a.dy = (height / 2 - a.y) * 0.01;
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
        a.dx += dx * 4000 / d2 / Math.sqrt(d2); a.dy += dy * 4000 / d2 / Math.sqrt(d2);
      }
    }
    for (const e of edges) {
      const a = at[e.source], b = at[e.target], dx = b.x - a.x, dy = b.y - a.y;
      const pull = 0.02 * Math.log1p(e.events);
      a.dx += dx * pull; a.dy += dy * pull; b.dx -= dx * pull; b.dy -= dy * pull;
    }
    for (const n of nodes) {
      n.x = Math.min(width - 40, Math.max(40, n.x + Math.max(-20, Math.min(20, n.dx)) * heat));
      n.y = Math.min(height - 20, Math.max(20, n.y + Math.max(-20, Math.min(20, n.dy)) * heat));
    }
  }
  const lines = edges.map(e => {
    const a = at[e.source], b = at[e.target];
    const quad = [1, 2, 3, 4].reduce((best, q) => e.quad[q] > e.quad[best] ? q : best, 1);
    return `<line class="edge" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${QUAD_COLOUR[quad]}"
      stroke-width="${1 + Math.log1p(e.events)}" stroke-opacity="0.7"><title>${esc(e.source)} → ${esc(e.target)}: ${e.events} event(s), Goldstein ${e.goldstein}</title></line>`;
  }).join('');
  const circles = nodes.map(n => `<g class="node" data-code="${esc(n.id)}" transform="translate(${n.x},${n.y})">
    <circle r="${4 + 2 * Math.sqrt(weight[n.id])}" fill="#1f5fbf"><title>${esc(n.id)}: ${weight[n.id]} event(s)</title></circle>
    <text x="8" y="4">${esc(n.id)}</text></g>`).join('');
  return `<svg id="network" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${lines}${circles}</svg>`;
}

// ---- actor dossier

async function actorPage(code) {
  const d = await api('actors/' + encodeURIComponent(code));
  const names = d.names.filter(n => n.name).map(n => esc(n.name)).join(', ');
  main.innerHTML = `
    <h1 id="dossier">Actor <span class="code">${esc(d.code)}</span></h1>
    <p class="muted">${names || 'no name given'}</p>
    <div class="stats"><div><b>${d.as_source}</b>events as source</div><div><b>${d.as_target}</b>events as target</div>
      <div><b>${d.counterparts.length}</b>counterparts</div><div><b>${d.quotes.length}</b>quotes</div></div>
    <h2>Events per month</h2>
    <table><thead><tr><th>month</th><th>as source</th><th>mean Goldstein</th><th>as target</th><th>mean Goldstein</th></tr></thead>
    <tbody>${d.timeline.map(m => `<tr><td>${esc(m.month)}</td><td>${m.as_source}</td><td>${m.goldstein_as_source ?? ''}</td>
      <td>${m.as_target}</td><td>${m.goldstein_as_target ?? ''}</td></tr>`).join('')}</tbody></table>
    <h2>Counterparts</h2>
    <table><thead><tr><th>actor</th><th>events</th><th>mean Goldstein</th><th>by QuadClass</th></tr></thead>
    <tbody>${d.counterparts.map(c => `<tr><td>${actorLink({code: c.code})}</td><td>${c.events}</td><td>${c.goldstein}</td>
      <td>${[1, 2, 3, 4].map(q => `<span class="q${q}c">${c.quad[q]}</span>`).join(' / ')}</td></tr>`).join('')}</tbody></table>
    <h2>Quotes</h2>
    ${d.quotes.length ? d.quotes.map(q => `<div class="hit">“${esc(q.text)}”<div class="meta">— ${esc(q.speaker || '')}
      (<span class="code">${esc(q.speaker_code)}</span>), <a href="#/article/${q.article}">${esc(q.title)}</a>, ${esc(day(q.published))}</div></div>`).join('')
      : '<p class="muted">No quotes.</p>'}
    <h2>Latest events</h2>
    <table><tbody>${d.recent_events.map(e => `<tr><td>${esc(e.date_from || '')}</td><td>${actorLink(e.source)}</td>
      <td class="code q${e.quad_class}c">${esc(e.code)}</td><td>${actorLink(e.target)}</td><td>${esc(e.status)}</td>
      <td><a href="#/article/${e.article.id}">${esc(e.evidence.text.substring(0, 100))}…</a></td></tr>`).join('')}</tbody></table>`;
}

window.addEventListener('hashchange', render);
render();
