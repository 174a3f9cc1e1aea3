// The sidebar page as the add-on showed it, with google.script.run answered by the preview server (POST /api/run).

/** Runs in the sidebar before its own script: a google.script.run whose calls go to /api/run as JSON. */
const SHIM = `(function () {
  function runner(success, failure, user) {
    return new Proxy({}, {
      get: function (target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(success, failure, u); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (response) { return response.json(); })
            .then(function (reply) {
              if (reply && typeof reply.error === 'string') { if (failure) failure(new Error(reply.error), user); }
              else if (success) success(reply ? reply.value : null, user);
            }, function (error) {
              if (failure) failure(new Error('The preview server is not answering (' + error.message + ').'), user);
            });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { fetch('/api/sidebar/close', { method: 'POST' }); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () { if (window.parent) window.parent.focus(); } }
    }
  } };
})();`;

/** The page with the shim as the first script of <head>. */
export function withSidebarShim(html: string): string {
  const tag = `<script>${SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return tag + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
