/*
 * Host loader for the explainer's embeds. Paste where the embed should appear:
 *   <div data-defector-route-src="https://SITE/embed/SLUG/" data-title="…"></div>
 *   <script async src="https://SITE/embed.js"></script>
 * It turns each such div into a lazy iframe and sizes it from the embed's height messages.
 * It only loads addresses on its own origin under /embed/<slug>/, and only trusts height
 * messages that come from its own iframes on that origin. It runs nothing a message asks.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var ownOrigin = new URL(script.src).origin;
  // The folder embed.js is served from.
  var basePath = new URL('.', script.src).pathname;
  var MESSAGE_TYPE = 'defector-route-explainer:height';
  // Written by the build from the page-kind table (src/address/page-kinds.ts).
  var EMBED_PATH = /^\/[A-Za-z0-9._~/-]*\/?embed\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;
  var frames = [];

  function safeEmbedUrl(raw) {
    try {
      var url = new URL(raw, script.src);
      if (url.origin !== ownOrigin) return null;
      if (url.pathname.indexOf(basePath) !== 0 || !EMBED_PATH.test(url.pathname)) return null;
      var keep = new URLSearchParams();
      ['theme', 'accent', 'hideTitle', 'step'].forEach(function (key) {
        var value = url.searchParams.get(key);
        if (value !== null && value.length <= 32) keep.set(key, value);
      });
      var query = keep.toString();
      return url.origin + url.pathname + (query ? '?' + query : '');
    } catch {
      return null;
    }
  }

  function mount(host) {
    if (host.getAttribute('data-defector-route-ready')) return;
    var src = safeEmbedUrl(host.getAttribute('data-defector-route-src') || '');
    if (!src) return;
    host.setAttribute('data-defector-route-ready', '1');
    var iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = (host.getAttribute('data-title') || 'Embedded section').slice(0, 200);
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'web-share; clipboard-write');
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText =
      'display:block;width:100%;max-width:100%;height:720px;border:0;overflow:hidden';
    host.textContent = '';
    host.appendChild(iframe);
    frames.push(iframe);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== ownOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      frames[i].style.height = Math.ceil(height) + 'px';
    }
  });

  var hosts = document.querySelectorAll('[data-defector-route-src]');
  for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
})();
