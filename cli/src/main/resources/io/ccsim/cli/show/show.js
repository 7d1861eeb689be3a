// ccsim show: draws the snapshots the server streams (/events) and sends the controls (/control).
// No framework and no build step: plain DOM, one canvas per pane for the KPI chart.
'use strict';

const show = { snapshots: 0, last: null, history: {}, run: -1 };
window.ccsimShow = show;

const KPIS = [
  ['serviceLevel', 'service level', v => pct(v)],
  ['asaSeconds', 'ASA (s)', v => num(v, 1)],
  ['abandonRate', 'abandonment', v => pct(v)],
  ['offered', 'offered', v => num(v, 0)],
];

function esc(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function pct(v) { return v == null ? '—' : (100 * v).toFixed(1) + '%'; }
function num(v, digits) { return v == null ? '—' : v.toFixed(digits); }
function clock(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
  return h + ':' + String(m).padStart(2, '0') + ':' + String(r).padStart(2, '0');
}
function minutes(seconds) {
  return seconds < 90 ? Math.round(seconds) + ' s' : seconds < 5400 ? Math.round(seconds / 60) + ' min'
    : (seconds / 3600).toFixed(1) + ' h';
}

function phase(c) {
  if (c.ended) return 'done';
  if (!c.measuring) return 'warm-up';
  return c.now >= c.horizon ? 'drain' : 'measuring';
}

function pane(c) {
  const colors = c.channels.map(ch => ch.color);
  const done = c.final != null;
  let html = '<h2>' + esc(c.letter) + ' · ' + esc(c.name) + '</h2>'
    + '<div class="file">' + esc(c.file) + '</div>'
    + '<div class="now">' + clock(c.now) + '<span class="badge phase">' + phase(c) + '</span>'
    + ' · events <span class="events">' + c.events + '</span></div>';

  html += '<h3>Queues</h3>';
  for (const ch of c.channels) {
    let dots = '';
    for (const w of ch.queue) {
      dots += '<i class="dot' + (w.context ? ' context' : '') + '" style="background:' + ch.color
        + '" title="waiting ' + minutes(w.wait) + '"></i>';
    }
    if (ch.waiting > ch.queue.length) dots += '<span class="more">+' + (ch.waiting - ch.queue.length) + '</span>';
    html += '<div class="queue" data-channel="' + esc(ch.name) + '"><span class="label" style="color:' + ch.color + '">'
      + esc(ch.name) + '</span><span class="count waiting">' + ch.waiting + '</span><span class="dots">' + dots
      + '</span></div>';
  }

  html += '<h3>Agents</h3>';
  for (const g of c.groups) {
    const busy = g.agents.filter(a => a.items.length > 0).length;
    html += '<div class="group"><div class="title">' + esc(g.name) + ': ' + busy + ' of ' + g.agents.length
      + ' busy</div><div class="agents">';
    for (const a of g.agents) {
      let slots = '';
      for (const it of a.items) {
        const color = colors[it.channel];
        slots += '<i class="slot ' + it.state + '" style="background:' + color + ';--c:' + color + '" title="'
          + esc(c.channels[it.channel].name) + ' ' + it.state + (it.context ? ', context shared' : '') + '"></i>';
      }
      html += '<span class="agent ' + a.presence + '" title="' + a.presence + '">' + slots + '</span>';
    }
    html += '</div></div>';
  }

  html += '<h3>' + (done ? 'Final KPIs (as ccsim run, one replication)' : 'Running KPIs') + '</h3>';
  html += '<table class="kpis"><thead><tr><th>channel</th>' + KPIS.map(k => '<th>' + k[1] + '</th>').join('')
    + '</tr></thead><tbody>';
  for (const ch of c.channels) {
    const values = done ? c.final.channels[ch.name] : ch.kpis;
    html += '<tr><td style="color:' + ch.color + '">' + esc(ch.name) + '</td>';
    for (const [key, , format] of KPIS) {
      const v = values[key];
      html += '<td class="' + (done ? 'final' : 'running') + '" data-kpi="' + esc(ch.name + '.' + key)
        + '" data-value="' + (v == null ? '' : v) + '">' + format(v) + '</td>';
    }
    html += '</tr>';
  }
  for (const g of c.groups) {
    const v = done ? c.final.groups[g.name].occupancy : g.occupancy;
    html += '<tr><td>' + esc(g.name) + '</td><td colspan="' + KPIS.length + '" class="' + (done ? 'final' : 'running')
      + '" data-kpi="' + esc('groups.' + g.name + '.occupancy') + '" data-value="' + (v == null ? '' : v)
      + '">occupancy ' + pct(v) + '</td></tr>';
  }
  html += '</tbody></table>';
  if (!c.measuring) html += '<div class="counts">KPIs start at ' + clock(c.warmup) + ', after the warm-up.</div>';

  html += '<h3>Service level over time</h3><canvas class="chart" width="600" height="110"></canvas>';

  const n = c.counts;
  html += '<h3>Journeys</h3><div class="counts">follow-ups ' + n.followUps + ' (context shared: '
    + n.followUpsWithContext + ')</div><ul class="journeys">';
  for (const j of c.journeys) {
    html += '<li>' + clock(j.t) + ' ' + esc(j.from) + ' ' + esc(j.on) + ' → ' + esc(j.to) + ' in ' + minutes(j.after) + ' '
      + (j.context ? '<span class="shared">context shared</span>' : '<span class="scratch">from scratch</span>')
      + '</li>';
  }
  html += '</ul>';
  html += '<div class="counts">arrived <span class="arrived">' + n.arrived + '</span> · answered ' + n.answered
    + ' · abandoned ' + n.abandoned + ' · blocked ' + n.blocked + ' · handled ' + n.handled
    + ' · calls pausing work ' + n.interruptions + '</div>';
  return html;
}

function record(c, run) {
  const key = c.letter;
  if (!show.history[key] || show.run !== run) show.history[key] = [];
  const h = show.history[key];
  if (c.measuring && (h.length === 0 || c.now > h[h.length - 1].t)) {
    h.push({ t: c.now, sl: c.channels.map(ch => ch.kpis.serviceLevel) });
    if (h.length > 800) show.history[key] = h.filter((_, i) => i % 2 === 0 || i === h.length - 1);
  }
}

function chart(canvas, c) {
  const h = show.history[c.letter] || [];
  const g = canvas.getContext('2d');
  const W = canvas.width, H = canvas.height, left = 34, bottom = 14, top = 6;
  g.clearRect(0, 0, W, H);
  g.font = '10px sans-serif';
  g.fillStyle = '#666';
  g.strokeStyle = '#ddd';
  for (const y of [0, 0.5, 1]) {
    const py = top + (H - bottom - top) * (1 - y);
    g.beginPath(); g.moveTo(left, py); g.lineTo(W, py); g.stroke();
    g.fillText((y * 100) + '%', 2, py + 3);
  }
  const t0 = c.warmup, t1 = Math.max(c.horizon, c.now);
  g.fillText(clock(t0), left, H - 2);
  g.fillText(clock(t1), W - 44, H - 2);
  // The first channel (usually the highest priority) is drawn last, on top.
  c.channels.map((ch, i) => [ch, i]).reverse().forEach(([ch, i]) => {
    g.strokeStyle = ch.color;
    g.lineWidth = 1.5;
    g.beginPath();
    let started = false;
    for (const p of h) {
      const v = p.sl[i];
      if (v == null) continue;
      const x = left + (W - left) * (p.t - t0) / (t1 - t0), y = top + (H - bottom - top) * (1 - v);
      if (started) g.lineTo(x, y); else { g.moveTo(x, y); started = true; }
    }
    g.stroke();
  });
}

function draw(s) {
  show.snapshots++;
  show.last = s;
  document.getElementById('clock').textContent = clock(s.clock);
  const state = document.getElementById('state');
  state.textContent = s.state;
  state.className = 'badge ' + s.state;
  document.getElementById('speed').textContent = '×' + (s.speed >= 1 ? Math.round(s.speed) : s.speed.toFixed(3));
  document.getElementById('pause').textContent = s.state === 'paused' ? 'Resume' : 'Pause';
  for (const id of ['pause', 'step', 'slower', 'faster']) document.getElementById(id).disabled = s.state === 'done';
  const report = document.getElementById('report');
  report.hidden = !s.report;
  if (s.report) {
    report.href = s.report;
    report.textContent = s.centers.length > 1 ? 'Comparison report of this run' : 'Report of this run';
  }
  const error = document.getElementById('error');
  error.hidden = !s.reportError;
  error.textContent = s.reportError || '';
  const panes = document.getElementById('panes');
  s.centers.forEach((c, i) => {
    let el = panes.children[i];
    if (!el) {
      el = document.createElement('section');
      el.className = 'pane';
      el.id = 'pane-' + c.letter;
      panes.appendChild(el);
    }
    record(c, s.run);
    el.innerHTML = pane(c);
    el.dataset.now = c.now;
    el.dataset.events = c.events;
    el.dataset.arrived = c.counts.arrived;
    chart(el.querySelector('canvas'), c);
  });
  show.run = s.run;
}

function control(action) {
  return fetch('/control?action=' + action, { method: 'POST' });
}

document.getElementById('pause').addEventListener('click', () =>
  control(show.last && show.last.state === 'paused' ? 'resume' : 'pause'));
for (const action of ['step', 'slower', 'faster', 'restart']) {
  document.getElementById(action).addEventListener('click', () => control(action));
}

const events = new EventSource('/events');
events.onmessage = e => draw(JSON.parse(e.data));
events.onerror = () => {
  const state = document.getElementById('state');
  state.textContent = 'disconnected';
  state.className = 'badge';
};
