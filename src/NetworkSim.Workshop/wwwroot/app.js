// Workshop mode: two designs of a network side by side on the same seed, stepped live on the silo.
// One session per tab (a random id); ticks arrive as server-sent events; nothing is loaded from the internet.
'use strict';

const session = crypto.randomUUID();
const api = `/api/sessions/${session}`;
const colours = { p: '#0072B2', k: '#E69F00', n: '#C8C8C8', brokered: '#009E73', home: '#CC79A7' };
const teams = { 'lone-teacher': 'a lone teacher', 'principal-and-teacher': 'a principal and a teacher', 'team-of-three': 'a team of three' };
const views = {};     // slot -> { cy, started, states, edges, curve, week, weeks, members, participants }
window.workshopViews = views; // read by the browser test
let scenarios = [];
let playing = false;
// Frame times (applying a frame and drawing it), read by the browser test and for the README's figures.
window.workshopStats = { frames: 0, totalMs: 0, maxMs: 0, applyMs: 0 };

const $ = (selector, root = document) => root.querySelector(selector);
const section = slot => $(`.design[data-slot="${slot}"]`);

// ---- controls -------------------------------------------------------------------------------------
// Text from the server or a scenario file (names, errors) is only ever set with textContent or as DOM nodes, never
// parsed as markup: a scenario named "<img onerror=...>" is shown as those characters.
function addControls(form) {
  form.replaceChildren($('#controls').content.cloneNode(true));
}

function fillControls(slot, s) {
  const form = $('.controls', section(slot));
  form.schools.value = s.schools;
  form.team.value = s.team ?? '';
  form.facilitator.checked = slot === 'a' ? false : s.facilitator || true;
  form.capacity.value = s.capacity;
  form.diversity.value = s.diversity;
  form.siteVisit.checked = s.siteVisit;
}

function design(slot) {
  const form = $('.controls', section(slot));
  const value = input => input.value.trim() === '' ? null : input.value.trim();
  return {
    scenario: $('#scenario').value, seed: value($('#seed')),
    schools: value(form.schools), team: form.team.value || null, facilitator: form.facilitator.checked,
    capacity: value(form.capacity), diversity: value(form.diversity), siteVisit: form.siteVisit.checked,
  };
}

function showErrors(slot, problem) {
  const list = $('.error', section(slot));
  const form = $('.controls', section(slot));
  for (const input of form.elements) input.removeAttribute('aria-invalid');
  if (!problem) { list.hidden = true; list.replaceChildren(); return; }
  const errors = problem.errors ?? { '': [problem.detail ?? problem.title] };
  list.replaceChildren();
  for (const [field, messages] of Object.entries(errors)) {
    if (form.elements[field]) form.elements[field].setAttribute('aria-invalid', 'true');
    if (field === 'seed') $('#seed').setAttribute('aria-invalid', 'true');
    for (const m of messages) {
      const item = document.createElement('li');
      item.textContent = `${field}: ${m}`;
      list.append(item);
    }
  }
  list.hidden = false;
}

async function call(method, path, body) {
  const response = await fetch(api + path, {
    method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  const json = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  return { ok: response.ok, json };
}

async function startBoth() {
  $('#seed').removeAttribute('aria-invalid');
  const results = await Promise.all(['a', 'b'].map(async slot => {
    const r = await call('PUT', `/runs/${slot}`, design(slot));
    showErrors(slot, r.ok ? null : r.json);
    return r.ok;
  }));
  enable(results.some(ok => ok));
}

function enable(on) {
  for (const id of ['play', 'step', 'reset', 'png']) $('#' + id).disabled = !on;
}

// ---- the network ----------------------------------------------------------------------------------
// Schools as clusters, laid out once per run: members on an inner ring, colleagues back home on an outer one.
function positions(graph) {
  const count = graph.schools.length;
  const bySchool = graph.schools.map(() => ({ members: [], home: [] }));
  graph.school.forEach((s, i) => (graph.member[i] ? bySchool[s].members : bySchool[s].home).push(i));
  const biggest = Math.max(...bySchool.map(b => b.members.length + b.home.length));
  const inner = 14 + 4 * Math.max(...bySchool.map(b => b.members.length));
  const outer = inner + 22 + 1.2 * biggest;
  const cell = 2 * outer + 40;
  const centres = [];
  if (count <= 16) {
    const radius = Math.max(cell, cell * count / (2 * Math.PI));
    for (let s = 0; s < count; s++) {
      const a = -Math.PI / 2 + 2 * Math.PI * s / count;
      centres.push([radius * Math.cos(a), radius * Math.sin(a)]);
    }
  } else {
    const columns = Math.ceil(Math.sqrt(count * 1.3));
    for (let s = 0; s < count; s++) centres.push([(s % columns) * cell, Math.floor(s / columns) * cell]);
  }
  const position = new Array(graph.school.length);
  bySchool.forEach((b, s) => {
    const [x, y] = centres[s];
    b.members.forEach((i, k) => {
      const a = 2 * Math.PI * k / b.members.length;
      position[i] = b.members.length === 1 ? { x, y } : { x: x + inner * Math.cos(a), y: y + inner * Math.sin(a) };
    });
    b.home.forEach((i, k) => {
      const a = 2 * Math.PI * (k + 0.5) / b.home.length;
      position[i] = { x: x + outer * Math.cos(a), y: y + outer * Math.sin(a) };
    });
  });
  return { position, centres, outer };
}

// Large views draw a chosen few of their ties: at 1,000 participants, drawing all ~12,000 of them in software costs
// about a second a frame. Each participant keeps its KEEP strongest ties inside its school; ties between schools are
// drawn as one line per pair of schools (each school's SCHOOL_KEEP strongest pairs); a participant whose state
// changed in the last RECENT weeks shows its RECENT_KEEP strongest ties, wherever they lead; a tie a facilitator
// brokered in the last BROKERED_WEEKS weeks is always drawn, highlighted. Small views draw every tie of 35 % or more.
const LARGE = 300, STRONG = 35, KEEP = 1, SCHOOL_KEEP = 3, RECENT = 3, RECENT_KEEP = 4, BROKERED_WEEKS = 8;
window.workshopDrawing = { LARGE, STRONG, KEEP, SCHOOL_KEEP, RECENT, RECENT_KEEP, BROKERED_WEEKS }; // read by the browser test

function buildView(started) {
  const slot = started.slot;
  views[slot]?.cy.destroy();
  const graph = started.graph;
  const large = graph.school.length > LARGE;
  const { position, centres, outer } = positions(graph);
  const nodes = graph.school.map((s, i) => ({
    group: 'nodes', data: { id: 'p' + i }, position: position[i],
    classes: (graph.member[i] ? 'member' : 'home') + ' n',
  }));
  if (graph.schools.length <= 24) {
    graph.schools.forEach((name, s) => nodes.push({
      group: 'nodes', data: { id: 's' + s, label: name }, position: { x: centres[s][0], y: centres[s][1] - outer - 18 }, classes: 'school',
    }));
  }
  if (large) {
    centres.forEach(([x, y], s) => nodes.push({ group: 'nodes', data: { id: 'c' + s }, position: { x, y }, classes: 'centre' }));
  }
  const cy = cytoscape({
    container: $('.network', section(slot)), elements: nodes, layout: { name: 'preset' },
    autoungrabify: true, boxSelectionEnabled: false, pixelRatio: 1, motionBlur: false, textureOnViewport: true, hideEdgesOnViewport: true,
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { width: 12, height: 12, shape: 'rectangle', 'background-color': colours.n, 'border-width': 0 } },
      { selector: 'node.member', style: { width: 24, height: 24, shape: 'ellipse', 'border-width': 2.5, 'border-color': '#222' } },
      { selector: 'node.p', style: { 'background-color': colours.p } },
      { selector: 'node.k', style: { 'background-color': colours.k } },
      { selector: 'node.school', style: { width: 1, height: 1, 'background-opacity': 0, label: 'data(label)', 'font-size': 26, 'font-weight': 'bold', color: '#222', 'text-valign': 'center' } },
      { selector: 'node.centre', style: { width: 1, height: 1, 'background-opacity': 0, events: 'no' } },
      { selector: 'edge', style: { 'curve-style': 'haystack', width: 1.2, 'line-color': '#333', opacity: 'mapData(trust, 35, 100, 0.12, 0.75)' } },
      { selector: 'edge.schools', style: { width: 'mapData(ties, 1, 8, 1.5, 6)', opacity: 'mapData(trust, 35, 100, 0.15, 0.6)', 'z-index': 1 } },
      { selector: 'edge.brokered', style: { width: 4, 'line-color': colours.brokered, opacity: 0.95, 'z-index': 5 } },
    ],
  });
  const view = views[slot] = {
    cy, started, large, states: ''.padEnd(graph.school.length, 'n'), changed: new Int32Array(graph.school.length).fill(-1e6),
    ties: new Map(), drawn: new Map(), schoolEdges: new Map(), curve: [],
    week: 0, weeks: started.frame.weeks, members: started.frame.members, participants: started.frame.participants,
  };
  applyFrame(view, started.frame, true);
  cy.fit(undefined, 12);
}

function applyFrame(view, frame, first) {
  const t0 = performance.now();
  const cy = view.cy;
  const school = view.started.graph.school;
  const changedTrust = new Set();
  const states = frame.states;
  for (let j = 0; j < frame.ties.length; j += 5) {
    const ties = frame.ties, a = ties[j], b = ties[j + 1], key = a * 1048576 + b;
    const tie = view.ties.get(key);
    if (tie) { tie.trust = ties[j + 2]; changedTrust.add(key); }
    else view.ties.set(key, { key, a, b, trust: ties[j + 2], brokered: ties[j + 3] === 1, formed: ties[j + 4], cross: school[a] !== school[b] });
  }
  view.week = frame.week;
  cy.batch(() => {
    // Only nodes whose state changed get a new class: restyling all of them each week costs as much as drawing.
    for (let i = 0; i < states.length; i++) {
      if (states[i] !== view.states[i]) {
        const node = cy.getElementById('p' + i);
        node.removeClass(view.states[i]);
        node.addClass(states[i]);
        if (!first) view.changed[i] = frame.week;
      }
    }
    view.states = states;
    drawTies(view, changedTrust);
  });
  for (const point of frame.curve) view.curve[point.week] = point;
  view.finished = frame.finished;
  drawCurve(view);
  const slotSection = section(view.started.slot);
  $('.week', slotSection).textContent = `· week ${frame.week} of ${frame.weeks}${frame.finished ? ' (end)' : ''}`;
  const now = view.curve[frame.week];
  const home = view.participants - view.members;
  const bold = document.createElement('b');
  bold.textContent = now.practising;
  const csv = (file, label) => Object.assign(document.createElement('a'), { download: '', href: `${api}/runs/${view.started.slot}/${file}`, textContent: label });
  $('.counts', slotSection).replaceChildren(bold,
    ` of ${view.participants} practising: ${now.inNetwork} of ${view.members} in the network, ${now.backHome} of ${home} back home · data (CSV): `,
    csv('timeseries.csv', 'weeks'), ', ', csv('agents.csv', 'participants'));
  describeDifference();
  const applied = performance.now() - t0;
  requestAnimationFrame(() => {
    const ms = performance.now() - t0;
    if (!first) {
      const s = window.workshopStats;
      s.frames++; s.totalMs += ms; s.applyMs += applied; s.maxMs = Math.max(s.maxMs, ms);
    }
  });
}

// Orders ties strongest first (ties of equal trust by key, so that the choice does not flicker between frames).
const stronger = (x, y) => y.trust - x.trust || x.key - y.key;

// Keeps list as the k strongest ties seen so far (k is small: insertion into a short sorted array).
function keepStrongest(lists, i, tie, k) {
  const list = lists[i] ??= [];
  if (list.length === k && stronger(tie, list[k - 1]) >= 0) return;
  let at = list.length === k ? k - 1 : list.length;
  while (at > 0 && stronger(tie, list[at - 1]) < 0) { list[at] = list[at - 1]; at--; }
  list[at] = tie;
}

// The ties to draw this week: person ties by key, and pairs of schools (large views) with their count and mean trust.
function tiesToDraw(view) {
  const want = new Map(), pairs = new Map();
  const week = view.week;
  const recentBroker = t => t.brokered && week - t.formed < BROKERED_WEEKS;
  if (!view.large) {
    for (const t of view.ties.values()) if (t.trust >= STRONG || recentBroker(t)) want.set(t.key, t);
    return { want, pairs };
  }
  const school = view.started.graph.school, changed = view.changed;
  const inSchool = [], recent = [];
  for (const t of view.ties.values()) {
    if (recentBroker(t)) want.set(t.key, t);
    if (t.trust < STRONG) continue;
    if (!t.cross) { keepStrongest(inSchool, t.a, t, KEEP); keepStrongest(inSchool, t.b, t, KEEP); }
    else {
      const s = Math.min(school[t.a], school[t.b]), r = Math.max(school[t.a], school[t.b]), key = s * 65536 + r;
      const pair = pairs.get(key) ?? { key, s, r, ties: 0, sum: 0 };
      pair.ties++; pair.sum += t.trust;
      pairs.set(key, pair);
    }
    if (week - changed[t.a] < RECENT) keepStrongest(recent, t.a, t, RECENT_KEEP);
    if (week - changed[t.b] < RECENT) keepStrongest(recent, t.b, t, RECENT_KEEP);
  }
  for (const lists of [inSchool, recent]) for (const list of lists) if (list) for (const t of list) want.set(t.key, t);
  const bySchool = [];
  for (const pair of pairs.values()) {
    pair.trust = Math.round(pair.sum / pair.ties);
    const ranked = { key: pair.key, trust: pair.sum };
    for (const s of [pair.s, pair.r]) keepStrongest(bySchool, s, ranked, SCHOOL_KEEP);
  }
  const chosen = new Map();
  for (const list of bySchool) if (list) for (const { key } of list) chosen.set(key, pairs.get(key));
  return { want, pairs: chosen };
}

// Adds and removes edges so that the drawing shows tiesToDraw; restyles only the edges whose trust or highlight changed.
function drawTies(view, changedTrust) {
  const cy = view.cy;
  const { want, pairs } = tiesToDraw(view);
  const highlight = t => t.brokered && view.week - t.formed < BROKERED_WEEKS;
  for (const [key, edge] of view.drawn) if (!want.has(key)) { edge.remove(); view.drawn.delete(key); }
  const added = [];
  for (const [key, t] of want) {
    const edge = view.drawn.get(key);
    if (!edge) {
      added.push({ group: 'edges', data: { id: `e${key}`, source: 'p' + t.a, target: 'p' + t.b, trust: t.trust }, classes: highlight(t) ? 'brokered' : '' });
      continue;
    }
    if (changedTrust.has(key)) edge.data('trust', t.trust);
    if (edge.hasClass('brokered') !== highlight(t)) edge.toggleClass('brokered', highlight(t));
  }
  cy.add(added).forEach(element => view.drawn.set(element.data('id').slice(1) * 1, element));
  for (const [key, edge] of view.schoolEdges) if (!pairs.has(key)) { edge.remove(); view.schoolEdges.delete(key); }
  const addedPairs = [];
  for (const [key, p] of pairs) {
    const edge = view.schoolEdges.get(key);
    if (!edge) addedPairs.push({ group: 'edges', data: { id: `x${key}`, source: 'c' + p.s, target: 'c' + p.r, trust: p.trust, ties: p.ties }, classes: 'schools' });
    else if (edge.data('trust') !== p.trust || edge.data('ties') !== p.ties) edge.data({ trust: p.trust, ties: p.ties });
  }
  cy.add(addedPairs).forEach(element => view.schoolEdges.set(element.data('id').slice(1) * 1, element));
}

// ---- the curve ------------------------------------------------------------------------------------
function drawCurve(view) {
  const canvas = $('.curve', section(view.started.slot));
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 900, height = canvas.clientHeight || 260;
  if (canvas.width !== Math.round(width * ratio)) { canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio); }
  const g = canvas.getContext('2d');
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, width, height);
  const left = 70, right = 16, top = 14, bottom = 44;
  const w = width - left - right, h = height - top - bottom;
  g.font = '18px "DejaVu Sans", sans-serif';
  g.fillStyle = '#111';
  g.strokeStyle = '#999';
  g.lineWidth = 1;
  for (const p of [0, 50, 100]) {
    const y = top + h * (1 - p / 100);
    g.beginPath(); g.moveTo(left, y); g.lineTo(left + w, y); g.stroke();
    g.fillText(`${p} %`, 4, y + 6);
  }
  g.fillText(`week ${view.weeks}`, left + w - 110, height - 8);
  g.fillText('0', left, height - 8);
  const home = view.participants - view.members;
  const line = (value, colour, dash) => {
    g.strokeStyle = colour; g.lineWidth = 4; g.setLineDash(dash); g.beginPath();
    let startedLine = false;
    view.curve.forEach((point, week) => {
      if (!point) return;
      const x = left + w * week / view.weeks, y = top + h * (1 - value(point));
      if (startedLine) g.lineTo(x, y); else { g.moveTo(x, y); startedLine = true; }
    });
    g.stroke(); g.setLineDash([]);
  };
  line(p => view.members ? p.inNetwork / view.members : 0, colours.p, []);
  line(p => home ? p.backHome / home : 0, colours.home, [10, 6]);
}

// ---- the difference in words ----------------------------------------------------------------------
function describeDifference() {
  const a = views.a, b = views.b, out = $('#difference');
  if (!a || !b) return;
  const week = Math.min(a.week, b.week);
  const pa = a.curve[week]?.practising ?? 0, pb = b.curve[week]?.practising ?? 0;
  const da = a.started.design, db = b.started.design;
  const phrases = [];
  if (a.started.scenario !== b.started.scenario) phrases.push(`with ${b.started.name}`);
  if (da.facilitator !== db.facilitator) phrases.push(db.facilitator ? 'with a facilitator' : 'without a facilitator');
  else if (db.facilitator && da.capacity !== db.capacity) phrases.push(`with a facilitator serving up to ${db.capacity} schools (not ${da.capacity})`);
  if (da.team !== db.team && db.team) phrases.push(`with ${teams[db.team]} from each school`);
  if (da.siteVisit !== db.siteVisit) phrases.push(db.siteVisit ? 'with a site visit' : 'without a site visit');
  if (da.diversity !== db.diversity) phrases.push(`with diversity ${db.diversity} (not ${da.diversity})`);
  if (da.schools !== db.schools) phrases.push(`with ${db.schools} schools (not ${da.schools})`);
  if (phrases.length === 0) {
    out.textContent = `The same design on the same seed: ${pa} practising in both at week ${week}.`;
    return;
  }
  const said = phrases.join(' and ');
  const head = said[0].toUpperCase() + said.slice(1);
  const diff = pb - pa;
  out.textContent = diff === 0
    ? `${head}: the same number practising at week ${week} (${pb}).`
    : `${head}: ${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'} ${Math.abs(diff) === 1 ? 'person' : 'people'} practising at week ${week} (${pb} against ${pa}).`;
}

// ---- play, step, reset, export ---------------------------------------------------------------------
async function savePng() {
  const width = 1920, height = 1080;
  const canvas = document.createElement('canvas');
  canvas.width = width; canvas.height = height;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, width, height);
  g.fillStyle = '#111'; g.font = 'bold 40px "DejaVu Sans", sans-serif';
  g.fillText($('#difference').textContent, 30, height - 40, width - 60);
  const load = src => new Promise(resolve => { const image = new Image(); image.onload = () => resolve(image); image.src = src; });
  for (const [k, slot] of ['a', 'b'].entries()) {
    const view = views[slot];
    if (!view) continue;
    const x = 30 + k * (width / 2);
    g.font = 'bold 34px "DejaVu Sans", sans-serif';
    g.fillText(`Design ${slot.toUpperCase()} · week ${view.week}`, x, 50);
    const network = await load(view.cy.png({ full: true, maxWidth: width / 2 - 60, maxHeight: 620, bg: '#fff' }));
    g.drawImage(network, x, 70);
    g.drawImage($('.curve', section(slot)), x, 720, width / 2 - 60, 260);
  }
  const link = document.createElement('a');
  link.download = `workshop-week-${Math.min(views.a?.week ?? 0, views.b?.week ?? 0)}.png`;
  link.href = canvas.toDataURL('image/png');
  link.click();
}

function setPlaying(on) {
  playing = on;
  $('#play').textContent = on ? 'Pause' : 'Play';
}

async function init() {
  for (const form of document.querySelectorAll('.controls')) addControls(form);
  const { json } = await fetch('/api/scenarios').then(async r => ({ json: await r.json() }));
  scenarios = json.scenarios.filter(s => !s.refused);
  $('#scenario').replaceChildren(...scenarios.map(s => new Option(s.name, s.id)));
  $('#scenario').value = json.defaultId;
  const chosen = () => scenarios.find(s => s.id === $('#scenario').value);
  const fill = () => { const s = chosen(); $('#seed').value = s.seed; fillControls('a', s); fillControls('b', s); };
  $('#scenario').addEventListener('change', fill);
  fill();

  const events = new EventSource(`${api}/events`);
  events.addEventListener('start', e => buildView(JSON.parse(e.data)));
  events.addEventListener('frame', e => { const f = JSON.parse(e.data); if (views[f.slot]) applyFrame(views[f.slot], f, false); });
  events.addEventListener('state', e => setPlaying(JSON.parse(e.data).playing));
  events.addEventListener('closed', e => { const { slot } = JSON.parse(e.data); views[slot]?.cy.destroy(); delete views[slot]; });

  $('#start').addEventListener('click', async () => { if (playing) await call('POST', '/pause'); await startBoth(); });
  $('#play').addEventListener('click', async () => {
    const r = playing ? await call('POST', '/pause') : await call('POST', '/play', { speed: +$('#speed').value });
    if (r.ok) setPlaying(r.json.playing);
  });
  $('#step').addEventListener('click', () => call('POST', '/step', { ticks: 1 }));
  $('#reset').addEventListener('click', async () => { await call('POST', '/pause'); for (const slot of Object.keys(views)) await call('POST', `/runs/${slot}/reset`); });
  $('#speed').addEventListener('input', () => {
    $('#speed-out').textContent = $('#speed').value;
    if (playing) call('POST', '/play', { speed: +$('#speed').value });
  });
  $('#png').addEventListener('click', savePng);
  // Keep this tab's paused runs while it is open; release them at once when it closes.
  setInterval(() => call('POST', '/heartbeat'), 20000);
  window.addEventListener('pagehide', () => navigator.sendBeacon(`${api}/close`));
}

init().catch(e => { const p = $('#page-error'); p.textContent = `The page could not start: ${e.message}`; p.hidden = false; });
