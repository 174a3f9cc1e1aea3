// The sidebar page as the add-on showed it, with google.script.run answered by the preview server (POST /api/run).
import { scriptRunCopy } from './script-run-rules';

/**
 * Runs in the sidebar before its own script: a google.script.run whose calls go to /api/run as JSON. Arguments obey
 * google.script.run's rules (script-run-rules.ts): a Date, a function, NaN… fails the call; the server checks the reply.
 */
const SHIM = `(function () {
  var scriptRunCopy = ${scriptRunCopy.toString()};
  function runner(success, failure, user) {
    return new Proxy({}, {
      get: function (target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(success, failure, u); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args;
          try {
            args = Array.prototype.slice.call(arguments).map(function (arg, index) {
              var copied = scriptRunCopy(arg, 'argument ' + (index + 1) + ' of ' + name);
              return copied === undefined ? null : copied;
            });
          } catch (error) {
            setTimeout(function () { if (failure) failure(error, user); }, 0);
            return;
          }
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
