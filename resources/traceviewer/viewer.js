// SPDX-License-Identifier: MIT
// Renders the JSON of the workbench's trace reader. Trace data is never parsed as HTML:
// every string goes in through textContent.
(() => {
  const params = new URLSearchParams(location.search);
  if (params.get('theme') === 'dark') document.documentElement.classList.add('dark');
  const traceUrl = params.get('trace');
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const ms = (v) => (v < 0 ? '—' : v < 1000 ? Math.round(v) + ' ms' : (v / 1000).toFixed(2) + ' s');
  let trace = null;
  let selected = -1;

  function frameUrl(entry) {
    const u = new URL(traceUrl, location.href);
    u.search = '?entry=' + encodeURIComponent(entry);
    return u.toString();
  }

  function frameFor(time) {
    let best = -1;
    trace.frames.forEach((f, i) => { if (f.time <= time) best = i; });
    return best < 0 && trace.frames.length ? 0 : best;
  }

  function around(list, a) {
    const end = a.end < 0 ? trace.duration_ms : a.end;
    return list.filter((x) => x.time >= a.start - 50 && x.time <= end + 50);
  }

  function table(rows) {
    const t = el('table');
    for (const r of rows) {
      const tr = el('tr');
      for (const c of r) tr.appendChild(el('td', c));
      t.appendChild(tr);
    }
    return t;
  }

  function select(i) {
    selected = i;
    const items = $('actions').children;
    for (let k = 0; k < items.length; ++k) items[k].classList.toggle('selected', k === i);
    if (items[i]) items[i].scrollIntoView({ block: 'nearest' });
    const a = trace.action_list[i];
    const d = $('details');
    d.replaceChildren();
    if (!a) return;
    $('details-title').textContent = a.title;
    d.appendChild(table([
      ['Selector / URL', a.selector || '—'],
      ['Start', ms(a.start)],
      ['Duration', a.end < 0 ? 'did not end' : ms(a.end - a.start)],
      ['Source', a.source || '—'],
    ]));
    if (a.error) {
      d.appendChild(el('h2', 'Error'));
      d.appendChild(el('pre', a.error.message, 'failed'));
    }
    if (a.liveview.length || a.waits_on_liveview) {
      d.appendChild(el('h2', 'LiveView'));
      const ul = el('ul');
      if (a.waits_on_liveview) ul.appendChild(el('li', 'waits on LiveView state (phx-*)'));
      for (const e of a.liveview) ul.appendChild(el('li', 'sent ' + e, 'lv'));
      d.appendChild(ul);
    }
    if (a.logs.length) {
      d.appendChild(el('h2', 'Log'));
      d.appendChild(el('pre', a.logs.join('\n')));
    }
    const con = around(trace.console, a);
    if (con.length) {
      d.appendChild(el('h2', 'Console'));
      d.appendChild(table(con.map((c) => [c.type, c.text])));
    }
    const net = around(trace.network, a);
    if (net.length) {
      d.appendChild(el('h2', 'Network'));
      d.appendChild(table(net.map((n) => [n.method, String(n.status), n.url])));
    }
    const f = frameFor(a.end < 0 ? trace.duration_ms : a.end);
    const imgs = $('strip').children;
    for (let k = 0; k < imgs.length; ++k) imgs[k].classList.toggle('current', Number(imgs[k].dataset.index) === f);
  }

  function render(t) {
    trace = t;
    document.title = t.title;
    $('title').textContent = t.title;
    const status = el('span', t.status, t.status);
    $('meta').replaceChildren(status, document.createTextNode(
      ` · ${t.actions} actions · ${ms(t.duration_ms)} · ${t.browser || 'browser unknown'} · Playwright ${t.playwright || '?'} (trace format ${t.version})`));
    $('liveview').textContent = t.liveview.summary;
    $('liveview').classList.toggle('has', t.liveview_events > 0);
    const strip = $('strip');
    const step = Math.max(1, Math.ceil(t.frames.length / 30));
    t.frames.forEach((f, i) => {
      if (i % step) return;
      const img = el('img');
      img.src = frameUrl(f.entry);
      img.alt = 'frame at ' + ms(f.time);
      img.dataset.index = i;
      img.addEventListener('click', () => {
        const idx = t.action_list.findIndex((a) => a.end >= f.time);
        if (idx >= 0) select(idx);
      });
      strip.appendChild(img);
    });
    const list = $('actions');
    t.action_list.forEach((a, i) => {
      const li = el('li');
      li.style.paddingLeft = 6 + a.depth * 14 + 'px';
      li.appendChild(el('span', a.title, a.error ? 'failed' : ''));
      li.appendChild(el('span', a.selector, 'sel'));
      if (a.liveview.length) li.appendChild(el('span', '⚡ ' + a.liveview.join(', '), 'lv'));
      li.appendChild(el('span', a.end < 0 ? '' : ms(a.end - a.start), 'dur'));
      li.addEventListener('click', () => select(i));
      list.appendChild(li);
    });
    list.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { select(Math.min(selected + 1, t.action_list.length - 1)); e.preventDefault(); }
      if (e.key === 'ArrowUp') { select(Math.max(selected - 1, 0)); e.preventDefault(); }
    });
    const firstFailed = t.action_list.findIndex((a) => a.error);
    select(firstFailed >= 0 ? firstFailed : 0);
    if (t.diagnostics.length) $('problems').replaceChildren(...t.diagnostics.map((p) => el('div', p)));
    document.body.dataset.ready = 'true';
  }

  if (!traceUrl) {
    $('title').textContent = 'No trace given';
    document.body.dataset.ready = 'error';
    return;
  }
  const jsonUrl = new URL(traceUrl, location.href);
  jsonUrl.search = '?format=json';
  fetch(jsonUrl).then((r) => {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.json();
  }).then(render).catch((e) => {
    $('title').textContent = 'The trace could not be loaded: ' + e.message;
    document.body.dataset.ready = 'error';
  });
})();
